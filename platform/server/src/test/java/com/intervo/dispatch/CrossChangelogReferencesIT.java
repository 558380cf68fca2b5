package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.kernel.customization.CustomFieldDraft;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomFieldType;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.CustomizationException;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantMigrator;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Ids that point into another module's changelog have foreign keys too: a custom field's equipment type, a ticket's
 * checklist point, an action's and an idempotent answer's user. The migration clears orphans of existing workspaces
 * first; editing a checklist still works (tickets keep their own copy).
 */
@TenantIntegrationTest
class CrossChangelogReferencesIT {

    static final List<String> FOREIGN_KEYS = List.of(
            "custom_field_equipment_type_fk",
            "ticket_checklist_item_point_fk",
            "ticket_action_user_fk",
            "idempotent_request_user_fk");

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    CustomFieldService customFields;

    @Autowired
    CatalogService catalogs;

    @Autowired
    TenantMigrator migrator;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private List<String> foreignKeys(TenantId tenant) {
        return jdbc.queryForList("""
                select c.conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                where n.nspname = ? and c.contype = 'f'""", String.class, tenant.schema());
    }

    private static CustomFieldDraft field(UUID typeId, String key) {
        return new CustomFieldDraft(
                CustomizableEntity.EQUIPMENT,
                typeId,
                key,
                CustomFieldType.TEXT,
                false,
                Map.of("en", "Label " + key),
                Map.of(),
                List.of());
    }

    @Test
    void aCustomFieldOfAnEquipmentTypeThatDoesNotExistIsRefused() {
        DispatchFixtures.Workspace ws = dispatch.workspace();
        assertThat(foreignKeys(ws.tenant())).containsAll(FOREIGN_KEYS);
        assertThatThrownBy(() ->
                        dispatch.as(ws.tenant(), "admin", () -> customFields.create(field(UUID.randomUUID(), "ghost"))))
                .isInstanceOfSatisfying(
                        CustomizationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("customization.error.equipment-type-not-found"));
        UUID boilerType =
                jdbc.queryForObject("select id from " + ws.tenant().schema() + ".equipment_type limit 1", UUID.class);
        assertThat(dispatch.as(ws.tenant(), "admin", () -> customFields.create(field(boilerType, "iscir")))
                        .equipmentTypeId())
                .isEqualTo(boilerType);
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + ws.tenant().schema() + ".custom_field where field_key = 'ghost'",
                        Long.class))
                .isZero();
        // the database refuses a dangling action user as well
        assertThatThrownBy(() -> jdbc.update(
                        "insert into " + ws.tenant().schema() + ".idempotent_request "
                                + "(user_id, idem_key, request_hash, status_code, response_body, created_at) "
                                + "values (?, 'k', repeat('0', 64), 200, '', now())",
                        UUID.randomUUID()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void editingAChecklistLeavesTicketsTheirCopyAndOnlyUnlinksThePoints() {
        DispatchFixtures.Workspace ws = dispatch.workspace();
        DispatchApi api = new DispatchApi(port);
        String dispatcher = fixtures.token(ws.tenant(), "dispatcher");
        JsonNode ticket =
                ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Revizie anuală"}""".formatted(ws.customerId(), ws.equipmentId())));
        assertThat(ticket.get("checklist")).hasSize(3);

        dispatch.as(
                ws.tenant(),
                "admin",
                () -> catalogs.saveChecklist(
                        ws.checklistId(),
                        "Revizie centrală",
                        List.of(new ChecklistPoint.Draft("Punct nou", true, List.of(), List.of()))));

        JsonNode after = ok(api.get(
                "/api/v1/dispatch/tickets/" + ticket.get("summary").get("id").asString(), dispatcher));
        assertThat(after.get("checklist")).hasSize(3);
        assertThat(after.get("checklist").get(0).get("text").asString()).isEqualTo("Etanșeitate gaz");
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + ws.tenant().schema()
                                + ".ticket_checklist_item where point_id is not null",
                        Long.class))
                .isZero();
    }

    @Test
    void theMigrationClearsOrphansOfAnExistingWorkspaceBeforeAddingTheKeys() {
        TenantId tenant = fixtures.newTenant();
        String s = tenant.schema();
        // the workspace as it was before these changesets, with orphans in it
        jdbc.execute("alter table " + s + ".custom_field drop constraint custom_field_equipment_type_fk");
        jdbc.execute("alter table " + s + ".ticket_checklist_item drop constraint ticket_checklist_item_point_fk");
        jdbc.execute("drop index " + s + ".ticket_checklist_item_point_ix");
        jdbc.execute("alter table " + s + ".ticket_action drop constraint ticket_action_user_fk");
        jdbc.execute("alter table " + s + ".idempotent_request drop constraint idempotent_request_user_fk");
        jdbc.update("delete from " + s + ".databasechangelog where id in "
                + "('crm-003-custom-field-equipment-type-fk', 'dispatch-003-references')");
        jdbc.update(
                "insert into " + s + ".custom_field (id, version, created_at, created_by, updated_at, updated_by, "
                        + "entity, equipment_type_id, field_key, field_type, labels) values (?, 0, now(), 'x', now(), 'x', "
                        + "'EQUIPMENT', ?, 'orphan', 'TEXT', '{\"en\":\"Orphan\"}'::jsonb)",
                UUID.randomUUID(),
                UUID.randomUUID());
        jdbc.update(
                "insert into " + s + ".custom_field (id, version, created_at, created_by, updated_at, updated_by, "
                        + "entity, field_key, field_type, labels) values (?, 0, now(), 'x', now(), 'x', "
                        + "'EQUIPMENT', 'everywhere', 'TEXT', '{\"en\":\"Every equipment\"}'::jsonb)",
                UUID.randomUUID());
        jdbc.update(
                "insert into " + s + ".idempotent_request (user_id, idem_key, request_hash, status_code, "
                        + "response_body, created_at) values (?, 'k', repeat('0', 64), 200, '', now())",
                UUID.randomUUID());

        migrator.migrate(tenant);

        assertThat(foreignKeys(tenant)).containsAll(FOREIGN_KEYS);
        assertThat(jdbc.queryForList("select field_key from " + s + ".custom_field", String.class))
                .containsExactly("everywhere");
        assertThat(jdbc.queryForObject("select count(*) from " + s + ".idempotent_request", Long.class))
                .isZero();
    }
}
