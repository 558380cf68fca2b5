package com.intervo.kernel.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.invoicing.InvoicingModule;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@TenantIntegrationTest
class CompanySettingsIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Bucharest");

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CompanyProfiles profiles;

    @Autowired
    Numbering numbering;

    @Autowired
    DocumentService documents;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    WorkspaceClock clock;

    TenantId tenant;

    @BeforeEach
    void setUp() {
        tenant = fixtures.newTenant();
        TenantContext.bind(tenant);
        fixtures.signIn(tenant, "admin");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private static CompanyDetails details(String iban) {
        return new CompanyDetails(
                "Termo Service Cluj SRL",
                "RO18547290",
                "J12/345/2015",
                "Str. Fabricii 12",
                "Cluj-Napoca",
                "Cluj",
                "400000",
                "ro",
                "0264 100 200",
                "office@termo.example.ro",
                null,
                "Banca Transilvania",
                iban);
    }

    @Test
    void theCompanyDataAppearsOnItsDocuments() throws Exception {
        profiles.save(details("RO49 AAAA 1B31 0075 9384 0000"));
        assertThat(profiles.details().iban()).isEqualTo("RO49AAAA1B31007593840000");
        assertThat(profiles.details().country()).isEqualTo("RO");
        byte[] pdf = documents.render(InvoicingModule.INVOICE, Locale.forLanguageTag("ro"), Map.of());
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text)
                .contains("Termo Service Cluj SRL")
                .contains("RO18547290")
                .contains("RO49AAAA1B31007593840000");
    }

    @Test
    void badValuesAreRefusedAndNothingChanges() {
        profiles.save(details(null));
        assertThatThrownBy(() -> profiles.save(details("RO49AAAA1B31007593840001")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("iban"));
        assertThatThrownBy(() -> profiles.save(new CompanyDetails(
                        "X", null, null, null, null, null, null, "Romania", null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("country"));
        assertThat(profiles.details().legalName()).isEqualTo("Termo Service Cluj SRL");
        assertThatThrownBy(() -> tenants.changeDefaults(tenant, "Termo", "ro", "Mars/Olympus", "RON"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
        tenants.changeDefaults(tenant, "Termo Service", "cs", "Europe/Prague", "CZK");
        assertThat(tenants.findActive(tenant.key()).orElseThrow().getCurrency()).isEqualTo("CZK");
    }

    /** The kept zone and currency follow a change at once, and each workspace keeps its own. */
    @Test
    void theWorkspacesZoneAndCurrencyFollowAChangeAndStayItsOwn() {
        TenantId other = fixtures.newTenant();
        tenants.changeDefaults(tenant, "Termo Service", "ro", "Europe/Bucharest", "RON");
        assertThat(clock.zone(tenant)).isEqualTo(ZoneId.of("Europe/Bucharest"));
        assertThat(clock.currency()).isEqualTo("RON");
        ZoneId otherZone = clock.zone(other);
        String otherCurrency = clock.currency(other);

        tenants.changeDefaults(tenant, "Termo Service", "cs", "Europe/Prague", "CZK");
        assertThat(clock.zone()).isEqualTo(ZoneId.of("Europe/Prague"));
        assertThat(clock.currency(tenant)).isEqualTo("CZK");
        assertThat(clock.zone(other)).isEqualTo(otherZone).isNotEqualTo(ZoneId.of("Europe/Prague"));
        assertThat(clock.currency(other)).isEqualTo(otherCurrency).isNotEqualTo("CZK");

        // a refused change leaves the kept values alone
        assertThatThrownBy(() -> tenants.changeDefaults(tenant, "Termo", "ro", "Mars/Olympus", "RON"))
                .isInstanceOf(DomainException.class);
        assertThat(clock.zone(tenant)).isEqualTo(ZoneId.of("Europe/Prague"));
    }

    @Test
    void onlyTheAdminChangesSettings() {
        fixtures.signIn(tenant, "dispatcher");
        assertThatThrownBy(() -> profiles.save(details(null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> numbering.configure(new SeriesSettings("INVOICE", "F-", 4, false, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenants.changeDefaults(tenant, "X", "en", "UTC", "EUR"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void numbersHaveNoGapsNoDuplicatesAndTenantsCountApart() throws Exception {
        int year = Year.now(ZONE).getValue();
        assertThat(numbering.next("SERVICE_SHEET", ZONE)).isEqualTo("FS-" + year + "-00001");
        assertThat(numbering.next("SERVICE_SHEET", ZONE)).isEqualTo("FS-" + year + "-00002");

        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            futures.add(pool.submit((Callable<Void>) () -> {
                taken.add(TenantContext.callAs(tenant, () -> numbering.next("SERVICE_SHEET", ZONE)));
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(taken).hasSize(40).doesNotHaveDuplicates();
        assertThat(taken.stream()
                        .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                        .sorted()
                        .toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(3, 42).boxed().toList());

        numbering.configure(new SeriesSettings("INVOICE", "TS-", 4, false, 100));
        assertThat(numbering.next("INVOICE", ZONE)).isEqualTo("TS-0100");
        assertThatThrownBy(() -> numbering.configure(new SeriesSettings("INVOICE", "<b>", 4, false, 1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("prefix"));

        TenantId other = fixtures.newTenant();
        TenantContext.bind(other);
        assertThat(numbering.next("SERVICE_SHEET", ZONE)).isEqualTo("FS-" + year + "-00001");
        assertThat(profiles.details().legalName()).isNull();
    }
}
