package com.intervo.dispatch.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.dispatch.DispatchFixturesAccess;
import com.intervo.dispatch.DispatchSettings;
import com.intervo.dispatch.ReportSending;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The location interval of a workspace's phones: 60 s until the admin sets 15–900 s, what the technician's phone
 * reads from {@code GET /my/settings}; out of range refused by the service (a translated problem detail, nothing
 * changed) and by the database; per workspace; admins only.
 */
@TenantIntegrationTest
class TechnicianSettingsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DispatchFixturesAccess dispatch;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theAdminSetsTheIntervalTheTechnicianPhoneReadsItPerWorkspace() throws Exception {
        DispatchFixturesAccess.Workspace ws = dispatch.workspace();
        DispatchFixturesAccess.Workspace other = dispatch.workspace();
        String technician = fixtures.token(ws.tenant(), "technician");
        String admin = fixtures.token(ws.tenant(), "admin");

        // the default, before any admin chose
        JsonNode mine = ok(http.get("/api/v1/dispatch/my/settings", technician));
        assertThat(mine.get("locationIntervalSeconds").asInt()).isEqualTo(60);
        assertThat(mine.get("pingBatchSize").asInt()).isEqualTo(20);
        assertThat(mine.size()).isEqualTo(2);
        JsonNode current = ok(http.get("/api/v1/dispatch/settings", admin));
        assertThat(current.get("locationIntervalSeconds").asInt()).isEqualTo(60);
        assertThat(current.get("reportSending").asString()).isEqualTo("AFTER_APPROVAL");

        // the admin makes it 30 s: the phone reads 30, the report setting is kept
        JsonNode changed = ok(put(admin, "{\"locationIntervalSeconds\":30}", "en"));
        assertThat(changed.get("locationIntervalSeconds").asInt()).isEqualTo(30);
        assertThat(changed.get("reportSending").asString()).isEqualTo("AFTER_APPROVAL");
        assertThat(ok(http.get("/api/v1/dispatch/my/settings", technician))
                        .get("locationIntervalSeconds")
                        .asInt())
                .isEqualTo(30);
        assertThat(jdbc.queryForObject(
                        "select location_interval_seconds from " + ws.tenant().schema() + ".dispatch_settings",
                        Integer.class))
                .isEqualTo(30);

        // the bounds themselves are allowed
        assertThat(ok(put(admin, "{\"locationIntervalSeconds\":15}", "en"))
                        .get("locationIntervalSeconds")
                        .asInt())
                .isEqualTo(15);
        assertThat(ok(put(admin, "{\"locationIntervalSeconds\":900}", "en"))
                        .get("locationIntervalSeconds")
                        .asInt())
                .isEqualTo(900);
        ok(put(admin, "{\"locationIntervalSeconds\":30}", "en"));

        // another workspace keeps its own
        assertThat(ok(http.get("/api/v1/dispatch/my/settings", fixtures.token(other.tenant(), "technician")))
                        .get("locationIntervalSeconds")
                        .asInt())
                .isEqualTo(60);
        assertThat(dispatch.as(other.tenant(), "admin", settings::locationIntervalSeconds))
                .isEqualTo(60);
    }

    @Test
    void outOfRangeIsRefusedTranslatedAndChangesNothing() throws Exception {
        DispatchFixturesAccess.Workspace ws = dispatch.workspace();
        String admin = fixtures.token(ws.tenant(), "admin");
        ok(put(admin, "{\"locationIntervalSeconds\":30}", "en"));

        HttpResponse<String> tooShort = put(admin, "{\"locationIntervalSeconds\":14}", "en");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(JSON.readTree(tooShort.body()).get("detail").asString())
                .isEqualTo("The location interval is between 15 and 900 seconds.");
        assertThat(tooShort.body()).contains("locationIntervalSeconds");

        String[][] translated = {
            {"ro", "Intervalul de localizare este între 15 și 900 secunde."},
            {"ru", "Интервал определения местоположения — от 15 до 900 секунд."},
            {"cs", "Interval zaznamenávání polohy je 15 až 900 sekund."}
        };
        for (String[] language : translated) {
            HttpResponse<String> tooLong = put(admin, "{\"locationIntervalSeconds\":901}", language[0]);
            assertThat(tooLong.statusCode()).isEqualTo(422);
            assertThat(JSON.readTree(tooLong.body()).get("detail").asString()).isEqualTo(language[1]);
        }
        assertThat(put(admin, "{\"locationIntervalSeconds\":0}", "en").statusCode())
                .isEqualTo(422);
        assertThat(put(admin, "{\"locationIntervalSeconds\":-60}", "en").statusCode())
                .isEqualTo(422);
        // all or nothing: the valid part of a refused change is not applied either
        assertThat(put(admin, "{\"reportSending\":\"AT_FINISH\",\"locationIntervalSeconds\":5}", "en")
                        .statusCode())
                .isEqualTo(422);
        JsonNode after = ok(http.get("/api/v1/dispatch/settings", admin));
        assertThat(after.get("locationIntervalSeconds").asInt()).isEqualTo(30);
        assertThat(after.get("reportSending").asString()).isEqualTo("AFTER_APPROVAL");

        // the service itself, as the settings screen calls it
        assertThatThrownBy(() -> dispatch.as(ws.tenant(), "admin", () -> {
                    settings.setLocationIntervalSeconds(10);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dispatch.error.location-interval"));
        assertThat(dispatch.as(ws.tenant(), "admin", settings::locationIntervalSeconds))
                .isEqualTo(30);

        // the database holds the bounds too
        String table = ws.tenant().schema() + ".dispatch_settings";
        for (int bad : new int[] {14, 901, 0}) {
            assertThatThrownBy(() -> jdbc.update("update " + table + " set location_interval_seconds = ?", bad))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("dispatch_settings_location_interval_ck");
        }
        assertThatThrownBy(() -> jdbc.update("update " + table + " set location_interval_seconds = null"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select location_interval_seconds from " + table, Integer.class))
                .isEqualTo(30);
        // a row written without the column (as before this release) gets the default
        TenantId fresh = dispatch.workspace().tenant();
        jdbc.update("insert into " + fresh.schema() + ".dispatch_settings (id, version, created_at, created_by,"
                + " updated_at, updated_by, report_sending) values (gen_random_uuid(), 0, now(), 'x', now(), 'x',"
                + " 'AT_FINISH')");
        assertThat(dispatch.as(fresh, "technician", settings::technicianSettings)
                        .locationIntervalSeconds())
                .isEqualTo(60);
        assertThat(dispatch.as(fresh, "admin", settings::reportSending)).isEqualTo(ReportSending.AT_FINISH);
    }

    @Test
    void onlyAdminsChangeItOnlyTechniciansAndAdminsReadThePhoneSettingsAndOnlyWithTheLicense() throws Exception {
        DispatchFixturesAccess.Workspace ws = dispatch.workspace();
        for (String user : new String[] {"technician", "dispatcher", "manager"}) {
            String token = fixtures.token(ws.tenant(), user);
            assertThat(put(token, "{\"locationIntervalSeconds\":30}", "en").statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(http.get("/api/v1/dispatch/settings", token).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(http.get("/api/v1/dispatch/my/settings", fixtures.token(ws.tenant(), "dispatcher"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/dispatch/my/settings", fixtures.token(ws.tenant(), "admin"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/dispatch/my/settings", null).statusCode()).isEqualTo(401);
        assertThat(dispatch.as(ws.tenant(), "admin", settings::locationIntervalSeconds))
                .isEqualTo(60);

        TenantId unlicensed = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        HttpResponse<String> refused =
                http.get("/api/v1/dispatch/my/settings", fixtures.token(unlicensed, "technician"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("module-not-licensed");
        assertThat(put(fixtures.token(unlicensed, "admin"), "{\"locationIntervalSeconds\":30}", "en")
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> put(String token, String json, String language) throws Exception {
        return http.send(http.request("/api/v1/dispatch/settings", token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
