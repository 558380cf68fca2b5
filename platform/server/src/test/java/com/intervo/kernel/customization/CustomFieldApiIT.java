package com.intervo.kernel.customization;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A record API refuses bad custom field values with 422 naming each field, translated. */
@TenantIntegrationTest
class CustomFieldApiIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CustomFieldService service;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aMissingRequiredFieldAnswers422NamingTheField() throws Exception {
        TenantId tenant = fixtures.newTenant();
        UUID boiler = UUID.randomUUID();
        CustomFieldsIT.equipmentType(jdbc, tenant, boiler, "Gas boiler");
        TenantContext.runAs(
                tenant, () -> CustomizationSamples.gasBoilerFields(boiler).forEach(service::create));
        String token = fixtures.token(tenant, "dispatcher");
        Http http = new Http(port);
        String path = "/api/v1/customization-fixture/EQUIPMENT?equipmentTypeId=" + boiler;

        HttpResponse<String> ok = http.postJson(
                path,
                token,
                "{\"iscir_registration_no\":\"RX-1\",\"iscir_due_date\":\"2027-03-31\",\"contract_no\":\"C-9\"}",
                "en");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body())
                        .get("customFields")
                        .get("iscir_due_date")
                        .asString())
                .isEqualTo("2027-03-31");

        HttpResponse<String> missing = http.postJson(path, token, "{\"iscir_due_date\":\"31.03.2027\"}", "ro");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(missing.body());
        assertThat(problem.get("type").asString()).endsWith("/custom-field-invalid");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        JsonNode fields = problem.get("fields");
        assertThat(fields.get("iscir_registration_no").asString())
                .isEqualTo("Nr. înregistrare ISCIR este obligatoriu.");
        assertThat(fields.get("iscir_due_date").asString())
                .contains("Scadență ISCIR")
                .contains("dată");
        assertThat(problem.get("detail").asString()).contains("Nr. înregistrare ISCIR");

        HttpResponse<String> unknown = http.postJson(
                path,
                token,
                "{\"iscir_registration_no\":\"RX-1\",\"iscir_due_date\":\"2027-03-31\",\"colour\":\"red\"}",
                "en");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unknown.body()).get("fields").get("colour").asString())
                .isEqualTo("There is no field colour here.");

        // the same field definitions do not exist in another workspace: there, its fields are unknown
        TenantId other = fixtures.newTenant();
        HttpResponse<String> elsewhere =
                http.postJson(path, fixtures.token(other, "admin"), "{\"iscir_registration_no\":\"RX-1\"}", "en");
        assertThat(elsewhere.statusCode()).isEqualTo(422);
    }

    @Test
    void refusedStatusChangesAnswer422AndOnlyAdminsMayChange() throws Exception {
        TenantId tenant = fixtures.newTenant();
        Http http = new Http(port);
        String path = "/api/v1/customization-fixture/statuses/FIXTURE_FLOW";
        String body = "{\"key\":\"halt\",\"labels\":{\"en\":\"Halt\"},\"colour\":\"#aabbcc\","
                + "\"category\":\"WAITING\",\"finalStatus\":true,\"initial\":false}";
        HttpResponse<String> refused = http.postJson(path, fixtures.token(tenant, "admin"), body, "cs");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("type").asString()).endsWith("/customization-refused");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Konečný může být jen stav kategorie Hotovo nebo Zrušeno.");
        HttpResponse<String> technician =
                http.postJson(path, fixtures.token(tenant, "technician"), body.replace("true", "false"), "en");
        assertThat(technician.statusCode()).isEqualTo(403);
        HttpResponse<String> admin =
                http.postJson(path, fixtures.token(tenant, "admin"), body.replace("true", "false"), "en");
        assertThat(admin.statusCode()).isEqualTo(200);
    }
}
