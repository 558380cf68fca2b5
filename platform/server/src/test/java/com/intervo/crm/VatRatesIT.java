package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.Part;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Dated VAT rates: a document takes the rate of its own date; Romania's 19 % → 21 % on 1 August 2025. */
@TenantIntegrationTest
class VatRatesIT {

    static final LocalDate JULY_31 = LocalDate.of(2025, 7, 31);
    static final LocalDate AUGUST_1 = LocalDate.of(2025, 8, 1);

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    VatRateService vatRates;

    @Autowired
    CatalogService catalogs;

    @Autowired
    JdbcTemplate jdbc;

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

    private void romania() {
        vatRates.add("STANDARD", LocalDate.of(2017, 1, 1), new BigDecimal("19"));
        vatRates.add("standard", AUGUST_1, new BigDecimal("21"));
    }

    @Test
    void theRateOfADateIsTheLatestThatStartedByThen() {
        romania();
        assertThat(vatRates.rateAt("STANDARD", JULY_31))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("19"));
        assertThat(vatRates.rateAt("STANDARD", AUGUST_1))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("21"));
        assertThat(vatRates.rateAt("STANDARD", LocalDate.of(2030, 1, 1)))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("21"));
        assertThat(vatRates.rateAt("STANDARD", LocalDate.of(2016, 12, 31))).isEmpty();
        assertThat(vatRates.rateAt("REDUCED", AUGUST_1)).isEmpty();
        assertThat(vatRates.all())
                .extracting(VatRateService.Rate::validFrom)
                .containsExactly(LocalDate.of(2017, 1, 1), AUGUST_1);
    }

    @Test
    void aCatalogEntryWithACategoryIsPricedWithTheRateOfTheDocumentsDate() {
        romania();
        Part boiler = catalogs.savePart(
                null,
                new CatalogItem.Draft(
                        "VA-8",
                        "Vas de expansiune",
                        "buc",
                        new BigDecimal("180"),
                        new BigDecimal("290"),
                        "RON",
                        null,
                        "standard"));
        assertThat(boiler.getVatCategory()).isEqualTo("STANDARD");
        // the entry shows today's rate; a document of 31 July 2025 keeps 19 %
        assertThat(boiler.getVatRate()).isEqualByComparingTo("21");
        assertThat(vatRates.rateOn(boiler, JULY_31)).isEqualByComparingTo("19");
        assertThat(vatRates.rateOn(boiler, AUGUST_1)).isEqualByComparingTo("21");
        // without a category the entry's own rate applies on every date
        Part fixed = catalogs.savePart(
                null,
                new CatalogItem.Draft(
                        "GAR",
                        "Garnitură",
                        "buc",
                        new BigDecimal("1"),
                        new BigDecimal("2"),
                        "RON",
                        new BigDecimal("9")));
        assertThat(vatRates.rateOn(fixed, JULY_31)).isEqualByComparingTo("9");
        assertThat(vatRates.rateOn(fixed, AUGUST_1)).isEqualByComparingTo("9");
    }

    @Test
    void badRatesAndUnknownCategoriesAreRefusedAndChangeNothing() {
        romania();
        assertThatThrownBy(() -> vatRates.add("STANDARD", AUGUST_1, new BigDecimal("22")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> vatRates.add("standard rate!", AUGUST_1, new BigDecimal("5")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("vat-category");
        assertThatThrownBy(() -> vatRates.add("REDUCED", AUGUST_1, new BigDecimal("150")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> vatRates.add("REDUCED", null, new BigDecimal("11")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> vatRates.add("REDUCED", LocalDate.of(9999, 1, 1), new BigDecimal("11")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> catalogs.savePart(
                        null,
                        new CatalogItem.Draft(
                                "X-1", "X", "buc", BigDecimal.ONE, BigDecimal.ONE, "RON", null, "REDUCED")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("vat-category-unknown");
        assertThat(vatRates.all()).hasSize(2);
        assertThat(catalogs.parts()).isEmpty();
        // the database refuses a malformed category too
        assertThatThrownBy(() -> jdbc.update("INSERT INTO t_" + tenant.key() + ".vat_rate (id, version, created_at,"
                        + " created_by, updated_at, updated_by, category, valid_from, rate) VALUES (gen_random_uuid(), 0,"
                        + " now(), 'x', now(), 'x', 'bad category', DATE '2025-01-01', 5)"))
                .hasMessageContaining("vat_rate_category_ck");
    }

    @Test
    void onlyAdminsAndCatalogEditorsAddRatesAndEachWorkspaceHasItsOwn() {
        romania();
        fixtures.signIn(tenant, "technician");
        assertThatThrownBy(() -> vatRates.add("ZERO", AUGUST_1, BigDecimal.ZERO))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(vatRates.rateAt("STANDARD", AUGUST_1)).isPresent();

        TenantId other = fixtures.newTenant();
        TenantContext.bind(other);
        fixtures.signIn(other, "admin");
        assertThat(vatRates.all()).isEmpty();
        assertThat(vatRates.rateAt("STANDARD", AUGUST_1)).isEmpty();
    }

    @Test
    void theDemoWorkspaceHasRomaniasRatesByDate() {
        TenantId demo = new TenantId("demo");
        TenantContext.bind(demo);
        fixtures.signIn(demo, "admin");
        assertThat(vatRates.rateAt("STANDARD", JULY_31))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("19"));
        assertThat(vatRates.rateAt("STANDARD", AUGUST_1))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("21"));
        Part gasket = catalogs.parts().stream()
                .filter(p -> p.getCode().equals("GAR-34"))
                .findFirst()
                .orElseThrow();
        assertThat(vatRates.rateOn(gasket, LocalDate.of(2026, 1, 15))).isEqualByComparingTo("21");
        assertThat(vatRates.rateOn(gasket, JULY_31)).isEqualByComparingTo("19");
    }
}
