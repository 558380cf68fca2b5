package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.Pdfs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/v1/workshop/sheets as integrations use it: create inline, read, list, log work, change status. */
@TenantIntegrationTest
class WorkshopApiIT {

    @Autowired
    TenantFixtures fixtures;

    @LocalServerPort
    int port;

    Http http;
    TenantId tenant;
    String dispatcher;
    String technician;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        dispatcher = fixtures.token(tenant, "dispatcher");
        technician = fixtures.token(tenant, "technician");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(1);
    }

    static final String INLINE = """
            {"customer":{"kind":"PERSON","name":"Mihai Stoica","email":"mihai@example.ro","phone":"0744 111 222",
             "language":"ro"},
             "equipment":{"serialNumber":"%s","name":"iPhone 13"},
             "problem":"Cracked screen","accessories":"case","visibleCondition":"scratches",
             "estimatedCost":420.50,"promisedDate":"2099-01-31"}""";

    @Test
    void createReadListLogWorkAndChangeStatus() throws Exception {
        HttpResponse<String> created =
                http.postJson("/api/v1/workshop/sheets", dispatcher, INLINE.formatted("IMEI-API-0001"), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        String id = field(created.body(), "id");
        assertThat(field(created.body(), "number")).startsWith("FS-");
        assertThat(field(created.body(), "trackingCode")).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(field(created.body(), "portalUrl")).contains("/track/");
        assertThat(field(created.body(), "status")).isEqualTo("received");

        assertThat(http.get("/api/v1/workshop/sheets/" + id, technician).body())
                .contains("Mihai Stoica")
                .contains("IMEI-API-0001")
                .contains("\"createdBy\":\"" + tenant.key() + "/dispatcher\"");
        assertThat(http.postJson("/api/v1/workshop/sheets/" + id + "/take", technician, "{}", null)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> entry = http.postJson(
                "/api/v1/workshop/sheets/" + id + "/entries",
                technician,
                "{\"kind\":\"WORK\",\"text\":\"Replaced the display\",\"minutes\":40,\"cost\":350}",
                null);
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
        assertThat(entry.body()).contains("\"authorName\":\"Fixture technician\"");
        String entryId = field(entry.body(), "id");
        HttpResponse<String> notMine = http.putJson(
                "/api/v1/workshop/sheets/" + id + "/entries/" + entryId,
                fixtures.token(tenant, "manager"),
                "{\"version\":0,\"text\":\"changed by someone else\"}");
        assertThat(notMine.statusCode()).isEqualTo(403);
        HttpResponse<String> corrected = http.putJson(
                "/api/v1/workshop/sheets/" + id + "/entries/" + entryId,
                technician,
                "{\"version\":0,\"text\":\"Replaced the display and the glass\",\"minutes\":50," + "\"cost\":380}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.body())
                .contains("and the glass")
                .contains("\"editedAt\":\"")
                .contains("\"createdBy\":\"" + tenant.key() + "/technician\"");
        assertThat(http.putJson(
                                "/api/v1/workshop/sheets/" + id + "/entries/" + entryId,
                                technician,
                                "{\"version\":0,\"text\":\"stale\"}")
                        .statusCode())
                .isEqualTo(409);
        HttpResponse<String> status =
                http.postJson("/api/v1/workshop/sheets/" + id + "/status", technician, "{\"status\":\"ready\"}", null);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(field(status.body(), "status")).isEqualTo("ready");

        assertThat(http.get("/api/v1/workshop/sheets?status=ready", dispatcher).body())
                .contains(id)
                .contains("\"total\":1");
        assertThat(http.get("/api/v1/workshop/sheets?status=in_work", dispatcher)
                        .body())
                .contains("\"total\":0");
        assertThat(http.get("/api/v1/workshop/sheets/" + id + "/history", dispatcher)
                        .body())
                .contains("\"to\":\"received\"")
                .contains("\"to\":\"in_work\"")
                .contains("\"to\":\"ready\"");
        HttpResponse<byte[]> pdf = http.getBytes("/api/v1/workshop/sheets/" + id + "/intake-protocol", dispatcher);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        // the customer speaks Romanian: so does the protocol
        assertThat(Pdfs.text(pdf.body()))
                .contains(
                        "Proces-verbal de preluare",
                        "Client Mihai Stoica",
                        "0744 111 222 · mihai@example.ro",
                        "Serie / ID unic IMEI-API-0001",
                        "Cracked screen",
                        "Accesorii case",
                        "Cost estimat: 420,50",
                        "31 ian. 2099");
        HttpResponse<String> handover = http.postJson(
                "/api/v1/workshop/sheets/" + id + "/handover", dispatcher, "{\"finalNotes\":\"All good\"}", null);
        assertThat(handover.statusCode()).isEqualTo(200);
        assertThat(handover.body()).contains("\"closed\":true");
        HttpResponse<byte[]> handoverPdf =
                http.getBytes("/api/v1/workshop/sheets/" + id + "/handover-protocol", dispatcher);
        assertThat(handoverPdf.statusCode()).isEqualTo(200);
        assertThat(Pdfs.text(handoverPdf.body()))
                .contains(
                        "Proces-verbal de predare",
                        "Client Mihai Stoica",
                        "IMEI-API-0001",
                        "Replaced the display and the glass 1 380,00 380,00",
                        "Total de plată 380,00",
                        "All good");
        // a closed sheet takes no more work
        assertThat(http.postJson(
                                "/api/v1/workshop/sheets/" + id + "/entries",
                                technician,
                                "{\"kind\":\"NOTE\",\"text\":\"x\"}",
                                null)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void badInputAnswers422WithTheFieldAndSavesNothing() throws Exception {
        String[][] cases = {
            {INLINE.formatted("SN-1").replace("\"Cracked screen\"", "\"\""), "problem"},
            {INLINE.formatted("SN-1").replace("420.50", "-3"), "estimatedCost"},
            {INLINE.formatted("SN-1").replace("2099-01-31", "2001-01-31"), "promisedDate"},
            {INLINE.formatted(""), "serialNumber"},
            {INLINE.formatted("SN-1").replace("mihai@example.ro", "not-an-email"), "email"},
            {"{\"problem\":\"x\",\"equipmentId\":\"" + java.util.UUID.randomUUID() + "\"}", "customerId"},
            {
                INLINE.formatted("SN-1").replace("\"promisedDate\"", "\"customFields\":{\"nope\":1},\"promisedDate\""),
                "nope"
            },
        };
        for (String[] c : cases) {
            HttpResponse<String> r = http.postJson("/api/v1/workshop/sheets", dispatcher, c[0], "ro");
            assertThat(r.statusCode()).as(c[0] + " " + r.body()).isEqualTo(422);
            assertThat(r.body()).as(c[0]).contains("\"fields\"").contains(c[1]);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/v1/workshop/sheets?closed=true", dispatcher).body())
                .contains("\"total\":0");
        assertThat(http.get("/api/v1/crm/customers", dispatcher).body()).doesNotContain("Mihai Stoica");

        String id = field(
                http.postJson("/api/v1/workshop/sheets", dispatcher, INLINE.formatted("SN-OK"), null)
                        .body(),
                "id");
        HttpResponse<String> entry = http.postJson(
                "/api/v1/workshop/sheets/" + id + "/entries",
                technician,
                "{\"kind\":\"WORK\",\"text\":\"\",\"minutes\":5}",
                "en");
        assertThat(entry.statusCode()).isEqualTo(422);
        assertThat(entry.body()).contains("\"text\"");
        assertThat(http.postJson(
                                "/api/v1/workshop/sheets/" + id + "/status",
                                technician,
                                "{\"status\":\"question\"}",
                                "en")
                        .body())
                .contains("\"note\"");
        assertThat(http.postJson(
                                "/api/v1/workshop/sheets/" + id + "/status",
                                technician,
                                "{\"status\":\"received\"}",
                                "en")
                        .statusCode())
                .isEqualTo(409);
        assertThat(http.get("/api/v1/workshop/sheets/" + id + "/entries", technician)
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void aSerialOfAnotherCustomerConflicts() throws Exception {
        assertThat(http.postJson("/api/v1/workshop/sheets", dispatcher, INLINE.formatted("SN-SAME"), null)
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> other = http.postJson(
                "/api/v1/workshop/sheets",
                dispatcher,
                INLINE.formatted("sn-same").replace("Mihai Stoica", "Other Person"),
                "en");
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.body()).contains("serialNumber").contains("another customer");
    }

    @Test
    void wrongRoleWrongTenantAndNoLicenseAreRefused() throws Exception {
        HttpResponse<String> byTechnician =
                http.postJson("/api/v1/workshop/sheets", technician, INLINE.formatted("SN-R"), null);
        assertThat(byTechnician.statusCode()).isEqualTo(403);
        String id = field(
                http.postJson("/api/v1/workshop/sheets", dispatcher, INLINE.formatted("SN-R"), null)
                        .body(),
                "id");

        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        String otherAdmin = fixtures.token(other, "admin");
        HttpResponse<String> read = http.get("/api/v1/workshop/sheets/" + id, otherAdmin);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Mihai");
        assertThat(http.postJson(
                                "/api/v1/workshop/sheets/" + id + "/status", otherAdmin, "{\"status\":\"ready\"}", null)
                        .statusCode())
                .isEqualTo(404);

        TenantId unlicensed = fixtures.newTenant(ModuleKey.DISPATCH);
        String admin = fixtures.token(unlicensed, "admin");
        for (String path : new String[] {
            "/api/v1/workshop/sheets",
            "/api/v1/workshop/sheets/" + id,
            "/api/v1/workshop/sheets/" + id + "/intake-protocol"
        }) {
            HttpResponse<String> refused = http.get(path, admin);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("module-not-licensed");
        }
        assertThat(http.postJson("/api/v1/workshop/sheets", admin, INLINE.formatted("SN-X"), null)
                        .statusCode())
                .isEqualTo(403);
        // Workshop Plus brings Simple along
        TenantId plus = fixtures.newTenant(ModuleKey.WORKSHOP_PLUS);
        assertThat(http.get("/api/v1/workshop/sheets", fixtures.token(plus, "admin"))
                        .statusCode())
                .isEqualTo(200);
    }
}
