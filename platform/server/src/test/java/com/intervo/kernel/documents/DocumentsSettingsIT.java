package com.intervo.kernel.documents;

import static com.intervo.kernel.documents.DocumentsTestSupport.CS;
import static com.intervo.kernel.documents.DocumentsTestSupport.RO;
import static com.intervo.kernel.documents.DocumentsTestSupport.image;
import static com.intervo.kernel.documents.DocumentsTestSupport.images;
import static com.intervo.kernel.documents.DocumentsTestSupport.signIn;
import static com.intervo.kernel.documents.DocumentsTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.invoicing.InvoicingModule;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Logo checks by content and size, tenant isolation of templates, logo and terms, and who may change them. */
@TenantIntegrationTest
class DocumentsSettingsIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentTemplates templates;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPngOrJpegLogoIsStoredAndPrintedOnEveryDocument() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        byte[] before = documents.render(InvoicingModule.QUOTE, RO, Map.of());
        templates.saveLogo(image("png", 300, 100));
        assertThat(templates.logo())
                .get()
                .extracting(DocumentTemplates.Logo::mediaType)
                .isEqualTo("image/png");
        byte[] after = documents.render(InvoicingModule.QUOTE, RO, Map.of());
        assertThat(images(after)).isEqualTo(images(before) + 1);

        templates.saveLogo(image("jpeg", 200, 200));
        assertThat(templates.logo())
                .get()
                .extracting(DocumentTemplates.Logo::mediaType)
                .isEqualTo("image/jpeg");
        templates.removeLogo();
        assertThat(templates.logo()).isEmpty();
    }

    @Test
    void aLogoIsJudgedByItsContentAndSizeAndARefusalChangesNothing() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "admin");
        byte[] good = image("png", 120, 40);
        templates.saveLogo(good);

        // a text file named logo.png: the name and declared type never reach the check, only the bytes
        byte[] text = "just some text, renamed to logo.png".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> templates.saveLogo(text), "documents.error.logo-type");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> templates.saveLogo(svg), "documents.error.logo-type");
        // PNG magic followed by garbage is not an image
        byte[] fakePng = Arrays.copyOf(good, 64);
        Arrays.fill(fakePng, 8, 64, (byte) 7);
        assertRefused(() -> templates.saveLogo(fakePng), "documents.error.logo-type");
        byte[] tooBig = Arrays.copyOf(good, DocumentTemplates.MAX_LOGO_BYTES + 1);
        assertRefused(() -> templates.saveLogo(tooBig), "documents.error.logo-too-big");
        assertRefused(
                () -> templates.saveLogo(image("png", DocumentTemplates.MAX_LOGO_PIXELS + 1, 2)),
                "documents.error.logo-dimensions");
        assertRefused(() -> templates.saveLogo(new byte[0]), "documents.error.logo-empty");

        assertThat(templates.logo())
                .get()
                .extracting(DocumentTemplates.Logo::bytes)
                .isEqualTo(good);
    }

    @Test
    void theDatabaseRefusesWhatValidationWouldRefuse() {
        // the kinds come from the modules, so the database checks a kind's form; the kernel checks it is registered
        TenantId tenant = fixtures.newTenant();
        String schema = "t_" + tenant.key();
        assertThatThrownBy(() -> jdbc.update("INSERT INTO " + schema + ".document_template (id, version, created_at,"
                        + " created_by, updated_at, updated_by, kind, language, body) VALUES (gen_random_uuid(), 0, now(),"
                        + " 'x', now(), 'x', 'spam kind', 'en', 'b')"))
                .hasMessageContaining("document_template_kind_ck");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO " + schema + ".document_settings (id, version, created_at,"
                        + " created_by, updated_at, updated_by, logo) VALUES (gen_random_uuid(), 0, now(), 'x', now(), 'x',"
                        + " '\\x89'::bytea)"))
                .hasMessageContaining("document_settings_logo_ck");
    }

    @Test
    void tenantsNeverSeeEachOthersTemplatesLogosOrTerms() {
        TenantId a = fixtures.newTenant();
        TenantId b = fixtures.newTenant();
        signIn(users, a, "admin");
        templates.save(
                InvoicingModule.INVOICE, CS, "<html><body><p>Faktura firmy A {{customer.name}}</p></body></html>");
        templates.saveLogo(image("png", 50, 50));
        templates.saveTerms(InvoicingModule.INVOICE, CS, "Podmínky firmy A");
        assertThat(text(documents.render(InvoicingModule.INVOICE, CS, Map.of())))
                .contains("Faktura firmy A");

        signIn(users, b, "admin");
        assertThat(templates.template(InvoicingModule.INVOICE, CS).customized()).isFalse();
        assertThat(templates.logo()).isEmpty();
        assertThat(templates.terms(InvoicingModule.INVOICE, CS).customized()).isFalse();
        String textOfB = text(documents.render(InvoicingModule.INVOICE, CS, Map.of()));
        assertThat(textOfB).doesNotContain("firmy A").contains("Faktura");
        // a job of tenant B (no user) sees the same
        SecurityContextHolder.clearContext();
        assertThat(TenantContext.callAs(
                        b, () -> templates.template(InvoicingModule.INVOICE, CS).customized()))
                .isFalse();
    }

    @Test
    void onlyAnAdminChangesDocumentsAndNoTenantMeansNoData() {
        TenantId tenant = fixtures.newTenant();
        signIn(users, tenant, "technician");
        String body = "<html><body><p>x</p></body></html>";
        assertThatThrownBy(() -> templates.save(InvoicingModule.QUOTE, RO, body))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.reset(InvoicingModule.QUOTE, RO)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.saveLogo(image("png", 10, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.saveTerms(InvoicingModule.QUOTE, RO, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.preview(InvoicingModule.QUOTE, RO, body))
                .isInstanceOf(AccessDeniedException.class);
        // a technician prints documents
        assertThat(text(documents.render(InvoicingModule.QUOTE, RO, Map.of()))).contains("Ofertă");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> documents.render(InvoicingModule.QUOTE, RO, Map.of()))
                .isInstanceOf(TenantContext.NoTenantBoundException.class);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
