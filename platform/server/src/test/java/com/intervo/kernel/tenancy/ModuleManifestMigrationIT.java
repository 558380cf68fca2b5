package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.dispatch.DispatchModule;
import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.documents.DocumentTemplates;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.WorkshopModule;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringResourceAccessor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workspace created by the release before the modules brought their own changelogs, kinds of document, entities
 * and statuses: the current tenant changelog migrates it without losing or duplicating anything, and it works as
 * before. The previous release's changelog is kept in the test resources (db/changelog/previous-release).
 */
@TenantIntegrationTest
class ModuleManifestMigrationIT {

    static final String PREVIOUS_RELEASE = "db/changelog/previous-release/tenant-master.xml";
    static final String STATUS_ROWS = "select workflow, status_key, labels::text as labels, colour, category,"
            + " is_final, is_initial, sort_order, active from %s.workflow_status order by workflow, sort_order";

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TenantMigrator migrator;

    @Autowired
    DataSource dataSource;

    @Autowired
    ResourceLoader resourceLoader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentTemplates templates;

    @Autowired
    DocumentService documents;

    @Autowired
    CustomFieldService customFields;

    @Autowired
    WorkflowStatuses statuses;

    @AfterEach
    void clear() {
        fixtures.signOut();
        TenantContext.clear();
    }

    /** The workspace's schema as the previous release built it. */
    private void buildWithPreviousRelease(TenantId tenant) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + tenant.schema() + " CASCADE");
                statement.execute("CREATE SCHEMA " + tenant.schema());
            }
            connection.setSchema(tenant.schema());
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try {
                database.setDefaultSchemaName(tenant.schema());
                database.setLiquibaseSchemaName(tenant.schema());
                Scope.child(
                        Map.of(
                                Scope.Attr.resourceAccessor.name(),
                                new SpringResourceAccessor(resourceLoader),
                                "liquibase.analytics.enabled",
                                false),
                        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, PREVIOUS_RELEASE)
                                .execute());
            } finally {
                Scope.getCurrentScope()
                        .getSingleton(ChangeLogHistoryServiceFactory.class)
                        .resetDatabase(database);
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.setSchema(TenantSchemas.NO_TENANT);
            }
        }
    }

    private List<Map<String, Object>> statusRows(TenantId tenant) {
        return jdbc.queryForList(STATUS_ROWS.formatted(tenant.schema()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aWorkspaceOfThePreviousReleaseKeepsItsStatusesTemplatesAndFieldsAndTakesTheModulesNewTables()
            throws Exception {
        TenantId tenant = fixtures.newTenant();
        String schema = tenant.schema();
        buildWithPreviousRelease(tenant);
        List<Map<String, Object>> previousDefaults = statusRows(tenant);
        assertThat(previousDefaults).hasSize(15);
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + schema + ".databasechangelog"
                                + " where id = 'customization-003-default-statuses'",
                        Long.class))
                .isOne();

        // what its admin did: a relabelled and a deactivated status, one of their own, a template, a field
        jdbc.update("update " + schema + ".workflow_status set labels = '{\"en\":\"Call the customer\"}'"
                + " where workflow = 'SERVICE_SHEET' and status_key = 'question'");
        jdbc.update("update " + schema + ".workflow_status set active = false"
                + " where workflow = 'TICKET' and status_key = 'postponed'");
        jdbc.update("insert into " + schema + ".workflow_status (id, version, created_at, created_by, updated_at,"
                + " updated_by, workflow, status_key, labels, colour, category, sort_order)"
                + " values (gen_random_uuid(), 0, now(), 'x', now(), 'x', 'SERVICE_SHEET', 'at_supplier',"
                + " '{\"en\":\"At the supplier\"}', '#123456', 'WAITING', 7)");
        jdbc.update("insert into " + schema + ".document_template (id, version, created_at, created_by, updated_at,"
                + " updated_by, kind, language, body) values (gen_random_uuid(), 0, now(), 'x', now(), 'x',"
                + " 'INTAKE_PROTOCOL', 'ro', '<html><body><p>Fișa noastră {{customer.name}}</p></body></html>')");
        jdbc.update("insert into " + schema + ".custom_field (id, version, created_at, created_by, updated_at,"
                + " updated_by, entity, field_key, field_type, labels) values (gen_random_uuid(), 0, now(), 'x',"
                + " now(), 'x', 'SERVICE_SHEET', 'warranty_card', 'TEXT', '{\"en\":\"Warranty card\"}')");
        // the previous release's tables knew only its five kinds of document
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + ".document_terms (id, version, created_at,"
                        + " created_by, updated_at, updated_by, kind, language, text) values (gen_random_uuid(), 0, now(),"
                        + " 'x', now(), 'x', 'GOODS_RECEIPT', 'en', 'x')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        List<Map<String, Object>> before = statusRows(tenant);

        migrator.migrate(tenant);

        // nothing re-seeded, nothing lost; a module of this release adds its own statuses next to them
        List<Map<String, Object>> after = statusRows(tenant);
        java.util.Set<String> plusStages =
                java.util.Set.of("evaluation", "quote_sent", "in_repair", "return_unrepaired", "no_parts");
        assertThat(after.stream()
                        .filter(r -> !plusStages.contains((String) r.get("status_key")))
                        .toList())
                .isEqualTo(before.stream()
                        .filter(r -> !plusStages.contains((String) r.get("status_key")))
                        .toList());
        assertThat(after.stream().map(r -> (String) r.get("status_key"))).containsAll(plusStages);
        assertThat(jdbc.queryForList(
                        "select id from " + schema + ".databasechangelog where id in"
                                + " ('workshop-003-default-statuses', 'dispatch-004-default-statuses',"
                                + " 'documents-003-kinds-from-modules', 'customization-005-entities-from-modules',"
                                + " 'stock-001-warehouse')",
                        String.class))
                .containsExactlyInAnyOrder(
                        "workshop-003-default-statuses",
                        "dispatch-004-default-statuses",
                        "documents-003-kinds-from-modules",
                        "customization-005-entities-from-modules",
                        "stock-001-warehouse");
        jdbc.update("insert into " + schema + ".document_terms (id, version, created_at, created_by, updated_at,"
                + " updated_by, kind, language, text) values (gen_random_uuid(), 0, now(), 'x', now(), 'x',"
                + " 'GOODS_RECEIPT', 'en', 'Checked on arrival')");

        TenantContext.runAs(tenant, () -> {
            assertThat(statuses.listAll(WorkshopModule.SHEET_WORKFLOW))
                    .extracting(s -> s.key())
                    .containsExactly(
                            "received",
                            "in_work",
                            "question",
                            "waiting_parts",
                            "ready",
                            "unrepairable",
                            "handed_over",
                            "at_supplier",
                            "evaluation",
                            "quote_sent",
                            "in_repair",
                            "return_unrepaired",
                            "no_parts");
            assertThat(statuses.find(WorkshopModule.SHEET_WORKFLOW, "question")
                            .orElseThrow()
                            .labels())
                    .isEqualTo(Map.of("en", "Call the customer"));
            assertThat(statuses.find(DispatchModule.TICKET_WORKFLOW, "postponed")
                            .orElseThrow()
                            .active())
                    .isFalse();
            assertThat(statuses.workflows()).startsWith(WorkshopModule.SHEET_WORKFLOW, DispatchModule.TICKET_WORKFLOW);
            assertThat(templates
                            .template(WorkshopModule.INTAKE_PROTOCOL, Locale.forLanguageTag("ro"))
                            .customized())
                    .isTrue();
            assertThat(customFields.definitions(WorkshopModule.SERVICE_SHEET, null))
                    .extracting(CustomFieldDefinition::key)
                    .containsExactly("warranty_card");
        });
        String printed = text(TenantContext.callAs(
                tenant,
                () -> documents.render(
                        WorkshopModule.INTAKE_PROTOCOL,
                        Locale.forLanguageTag("ro"),
                        Map.of("customer", Map.of("name", "Ștefan Țăranu")))));
        assertThat(printed).contains("Fișa noastră Ștefan Țăranu");

        // a new workspace starts with exactly the statuses the previous release gave one, now seeded by the modules,
        // and the stages of Workshop Plus, new in this release
        TenantId fresh = fixtures.newTenant();
        assertThat(statusRows(fresh).stream()
                        .filter(r -> !plusStages.contains((String) r.get("status_key")))
                        .toList())
                .isEqualTo(previousDefaults);
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + fresh.schema() + ".databasechangelog"
                                + " where id = 'customization-003-default-statuses'",
                        Long.class))
                .isZero();
    }
}
