package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customers and equipment API as integrations and the technician app use it. */
@TenantIntegrationTest
class CrmApiIT {

    @Autowired
    TenantFixtures fixtures;

    @LocalServerPort
    int port;

    Http http;
    TenantId tenant;
    String dispatcher;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        tenant = fixtures.newTenant();
        dispatcher = fixtures.token(tenant, "dispatcher");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(1);
    }

    private String createCustomer(String name, String phone, String email, String taxId) throws Exception {
        HttpResponse<String> r =
                http.postJson("/api/v1/crm/customers", dispatcher, """
                {"kind":"COMPANY","name":"%s","phone":"%s","email":"%s","taxId":"%s",
                 "contacts":[{"name":"Andreea Mureșan","role":"Administrator","phone":"0744 000 111"}],
                 "sites":[{"label":"Hotel","street":"Bd. Eroilor 10","city":"Brașov","country":"ro",
                           "latitude":45.64268,"longitude":25.588725}]}
                """.formatted(name, phone, email, taxId), "en");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).isPresent();
        return field(r.body(), "id");
    }

    @Test
    void createReadUpdateAndFindCustomers() throws Exception {
        String id = createCustomer("Hotel Carpați SRL", "0264 555 010", "office@carpati.example.ro", "RO12345678");
        HttpResponse<String> read = http.get("/api/v1/crm/customers/" + id, dispatcher);
        assertThat(read.body())
                .contains("Hotel Carpați SRL")
                .contains("Andreea Mureșan")
                .contains("\"country\":\"RO\"")
                .contains("\"createdBy\":\"" + tenant.key() + "/dispatcher\"");

        for (String q : new String[] {"carpați", "CARPAȚI", "0264555010", "555 010", "office@carpati", "RO1234"}) {
            assertThat(http.get("/api/v1/crm/customers?q=" + java.net.URLEncoder.encode(q, "UTF-8"), dispatcher)
                            .body())
                    .as("search %s", q)
                    .contains(id);
        }
        assertThat(http.get("/api/v1/crm/customers?q=nobody-like-this", dispatcher)
                        .body())
                .contains("\"total\":0");

        HttpResponse<String> updated = http.putJson("/api/v1/crm/customers/" + id, dispatcher, """
                {"version":0,"kind":"COMPANY","name":"Hotel Carpați Brașov SRL","sites":[]}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.body()).contains("\"version\":1").contains("Brașov SRL");

        HttpResponse<String> stale = http.putJson("/api/v1/crm/customers/" + id, dispatcher, """
                {"version":0,"kind":"COMPANY","name":"Lost update"}""");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(http.get("/api/v1/crm/customers/" + id, dispatcher).body()).doesNotContain("Lost update");
    }

    @Test
    void pagesStartAtAnyOffset() throws Exception {
        for (String name : new String[] {"Alfa", "Bravo", "Charlie", "Delta"}) {
            createCustomer(
                    name + " SRL", "0700 " + name.length() + "00 00" + name.charAt(0), name + "@x.example", name);
        }
        String page =
                http.get("/api/v1/crm/customers?offset=1&limit=2", dispatcher).body();
        assertThat(page)
                .contains("Bravo SRL")
                .contains("Charlie SRL")
                .doesNotContain("Alfa SRL")
                .doesNotContain("Delta SRL")
                .contains("\"total\":4");
    }

    @Test
    void wildcardsInASearchAreLiteral() throws Exception {
        String id = createCustomer("Reduceri 50% SRL", "0700 000 001", "a@b.example", "X1");
        createCustomer("Alt client", "0700 000 002", "c@d.example", "X2");
        String body = http.get("/api/v1/crm/customers?q=50%25", dispatcher).body();
        assertThat(body).contains(id).contains("\"total\":1");
        assertThat(http.get("/api/v1/crm/customers?q=_", dispatcher).body()).contains("\"total\":0");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingSaved() throws Exception {
        long before = Long.parseLong(
                field(http.get("/api/v1/crm/customers", dispatcher).body(), "total"));
        String[][] cases = {
            {"{\"kind\":\"PERSON\",\"name\":\"  \"}", "name"},
            {"{\"kind\":\"PERSON\",\"name\":\"Ana\",\"email\":\"not-an-email\"}", "email"},
            {"{\"name\":\"Ana\"}", "kind"},
            {"{\"kind\":\"PERSON\",\"name\":\"Ana\",\"language\":\"de\"}", "language"},
            {
                "{\"kind\":\"PERSON\",\"name\":\"Ana\",\"sites\":[{\"label\":\"x\",\"latitude\":95,\"longitude\":10}]}",
                "latitude"
            },
            {"{\"kind\":\"PERSON\",\"name\":\"Ana\",\"sites\":[{\"label\":\"x\",\"latitude\":45}]}", "longitude"},
            {"{\"kind\":\"PERSON\",\"name\":\"" + "x".repeat(301) + "\"}", "name"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = http.postJson("/api/v1/crm/customers", dispatcher, c[0], "ro");
            assertThat(r.statusCode()).as(c[0]).isEqualTo(422);
            assertThat(r.body()).as(c[0]).contains("\"fields\"").contains(c[1]).contains("Date invalide");
        }
        assertThat(http.postJson("/api/v1/crm/customers", dispatcher, "{\"kind\":\"ALIEN\",\"name\":\"x\"}", null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(Long.parseLong(
                        field(http.get("/api/v1/crm/customers", dispatcher).body(), "total")))
                .isEqualTo(before);
    }

    @Test
    void serialNumbersAreUniquePerTenantButNotAcrossTenants() throws Exception {
        String customer = createCustomer("Ion Popescu", "0722 123 456", "ion@example.ro", "");
        String body = "{\"customerId\":\"" + customer + "\",\"serialNumber\":\"VUW-306-0001\",\"name\":\"Centrala\"}";
        HttpResponse<String> first = http.postJson("/api/v1/crm/equipment", dispatcher, body, null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> duplicate =
                http.postJson("/api/v1/crm/equipment", dispatcher, body.replace("VUW-306-0001", "vuw-306-0001 "), "en");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(duplicate.body()).contains("serialNumber").contains("already registered");

        TenantId other = fixtures.newTenant();
        String otherToken = fixtures.token(other, "admin");
        String otherCustomer = field(
                http.postJson("/api/v1/crm/customers", otherToken, "{\"kind\":\"PERSON\",\"name\":\"Other\"}", null)
                        .body(),
                "id");
        assertThat(http.postJson(
                                "/api/v1/crm/equipment",
                                otherToken,
                                "{\"customerId\":\"" + otherCustomer + "\",\"serialNumber\":\"VUW-306-0001\"}",
                                null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(http.get("/api/v1/crm/equipment?serial=vuw-306-0001", dispatcher)
                        .body())
                .contains("Centrala");
    }

    @Test
    void anotherTenantSeesNothing() throws Exception {
        String id = createCustomer("Secret Client SRL", "0799 999 999", "secret@example.ro", "RO999");
        TenantId other = fixtures.newTenant();
        String otherToken = fixtures.token(other, "admin");
        HttpResponse<String> read = http.get("/api/v1/crm/customers/" + id, otherToken);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Secret");
        assertThat(http.get("/api/v1/crm/customers?q=secret", otherToken).body())
                .contains("\"total\":0");
        assertThat(http.putJson(
                                "/api/v1/crm/customers/" + id,
                                otherToken,
                                "{\"version\":0,\"kind\":\"PERSON\",\"name\":\"Hijack\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.postJson(
                                "/api/v1/crm/equipment",
                                otherToken,
                                "{\"customerId\":\"" + id + "\",\"serialNumber\":\"X-1\"}",
                                null)
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void aTechnicianMayRegisterButNotEditCustomers() throws Exception {
        String id = createCustomer("Client", "0700 123 123", "client@example.ro", "");
        String technician = fixtures.token(tenant, "technician");
        assertThat(http.putJson(
                                "/api/v1/crm/customers/" + id,
                                technician,
                                "{\"version\":0,\"kind\":\"PERSON\",\"name\":\"Changed\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.postJson(
                                "/api/v1/crm/equipment",
                                technician,
                                "{\"customerId\":\"" + id + "\",\"serialNumber\":\"FIELD-1\"}",
                                null)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void equipmentRulesNameTheField() throws Exception {
        String customer = createCustomer("Client", "0700 321 321", "c@example.ro", "");
        String[][] cases = {
            {"{\"customerId\":\"" + customer + "\",\"serialNumber\":\" \"}", "serialNumber"},
            {"{\"serialNumber\":\"A-1\"}", "customerId"},
            {
                "{\"customerId\":\"" + customer + "\",\"serialNumber\":\"A-2\",\"installDate\":\"2024-05-01\","
                        + "\"warrantyUntil\":\"2023-01-01\"}",
                "warrantyUntil"
            },
            {
                "{\"customerId\":\"" + customer + "\",\"serialNumber\":\"A-3\",\"siteId\":\""
                        + java.util.UUID.randomUUID() + "\"}",
                "siteId"
            },
            {
                "{\"customerId\":\"" + customer + "\",\"serialNumber\":\"A-4\",\"typeId\":\""
                        + java.util.UUID.randomUUID() + "\"}",
                "typeId"
            },
        };
        for (String[] c : cases) {
            HttpResponse<String> r = http.postJson("/api/v1/crm/equipment", dispatcher, c[0], null);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(422);
            assertThat(r.body()).as(c[0]).contains("\"" + c[1] + "\"");
        }
    }
}
