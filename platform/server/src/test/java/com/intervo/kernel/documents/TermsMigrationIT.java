package com.intervo.kernel.documents;

import static com.intervo.kernel.documents.DocumentsTestSupport.RO;
import static com.intervo.kernel.documents.DocumentsTestSupport.signIn;
import static com.intervo.kernel.documents.DocumentsTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.DispatchModule;
import com.intervo.invoicing.InvoicingModule;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantMigrator;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.WorkshopModule;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A workspace that set its terms before they were per kind: after the migration its protocols, quotes and invoices
 * print what it wrote, the work report prints its own default — also through a template the workspace customized.
 */
@TenantIntegrationTest
class TermsMigrationIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TenantMigrator migrator;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentTemplates templates;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentKinds kinds;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    @Test
    void theTermsAWorkspaceWroteStayOnItsWorkshopDocumentsAndTheWorkReportGetsItsOwn() {
        TenantId tenant = fixtures.newTenant();
        String schema = tenant.schema();
        // the workspace as it was: terms in document_settings, a customized work report printing {{terms}}
        jdbc.update("DROP TABLE " + schema + ".document_terms");
        jdbc.update("DELETE FROM " + schema + ".databasechangelog WHERE id = 'documents-002-terms-per-kind'");
        jdbc.update("INSERT INTO " + schema + ".document_settings (id, version, created_at, created_by, updated_at,"
                + " updated_by, terms_ro, terms_en) VALUES (gen_random_uuid(), 0, now(), 'x', now(), 'x',"
                + " 'Termenii firmei: garanție 6 luni', 'Our own terms: 6 months warranty')");
        jdbc.update("INSERT INTO " + schema + ".document_template (id, version, created_at, created_by, updated_at,"
                + " updated_by, kind, language, body) VALUES (gen_random_uuid(), 0, now(), 'x', now(), 'x',"
                + " 'WORK_REPORT', 'ro', '<html><body><p>Raportul nostru</p><p>{{terms}}</p></body></html>')");

        migrator.migrate(tenant);

        signIn(users, tenant, "admin");
        for (DocumentKind kind : new DocumentKind[] {
            WorkshopModule.INTAKE_PROTOCOL,
            WorkshopModule.HANDOVER_PROTOCOL,
            InvoicingModule.QUOTE,
            InvoicingModule.INVOICE
        }) {
            DocumentTemplates.TermsText terms = templates.terms(kind, RO);
            assertThat(terms.customized()).as(kind.name()).isTrue();
            assertThat(terms.text()).as(kind.name()).isEqualTo("Termenii firmei: garanție 6 luni");
            assertThat(templates.terms(kind, java.util.Locale.ENGLISH).text())
                    .isEqualTo("Our own terms: 6 months warranty");
            // languages without terms keep the default
            assertThat(templates.terms(kind, DocumentsTestSupport.CS).customized())
                    .isFalse();
        }
        assertThat(templates.terms(DispatchModule.WORK_REPORT, RO).customized()).isFalse();
        assertThat(text(documents.render(WorkshopModule.INTAKE_PROTOCOL, RO, Map.of())))
                .contains("Termenii firmei: garanție 6 luni");
        // the customized work report keeps working and prints the work report's terms, not the workshop's
        String report = text(documents.render(DispatchModule.WORK_REPORT, RO, Map.of()));
        assertThat(report)
                .contains("Raportul nostru")
                .contains(kinds.defaultTerms(DispatchModule.WORK_REPORT, RO).substring(0, 40))
                .doesNotContain("Termenii firmei");
    }
}
