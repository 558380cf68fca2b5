package com.intervo.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's edge: bad input is a 4xx problem detail naming the field, never a redirect to the sign-in page. */
@TenantIntegrationTest
class ApiEdgeIT {

    @Autowired
    TenantFixtures fixtures;

    @LocalServerPort
    int port;

    Http http;
    TenantId tenant;
    String token;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE, ModuleKey.DISPATCH);
        token = fixtures.token(tenant, "admin");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("SQL")
                .doesNotContain("at com.");
    }

    @Test
    void aNulCharacterInTheUnauthenticatedTokenRequestIsA400NamingTheField() throws Exception {
        HttpResponse<String> response = http.postJson(
                "/api/v1/auth/token",
                null,
                "{\"workspace\":\"" + tenant.key() + "\",\"username\":\"ad\\u0000min\",\"password\":\"x\"}",
                "ro");
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"username\":\"Conține un caracter de control");
    }

    @Test
    void aNulCharacterInAnyTextFieldOrQueryParameterIsA400() throws Exception {
        HttpResponse<String> body =
                http.postJson("/api/v1/crm/customers", token, "{\"name\":\"Ion\\u0000Popescu\"}", "en");
        assertProblem(body, 400);
        assertThat(body.body()).contains("\"name\":\"Contains a control character");
        HttpResponse<String> query = http.get("/api/v1/workshop/sheets?q=a%00b", token);
        assertProblem(query, 400);
        assertThat(query.body()).contains("\"fields\":{\"q\":");
        HttpResponse<String> escape = http.get("/api/v1/crm/customers?q=%1B%5B31m", token);
        assertProblem(escape, 400);
    }

    @Test
    void extremeDatesAndDayCountsAreA400NamingTheParameter() throws Exception {
        UUID technician = UUID.randomUUID();
        HttpResponse<String> date =
                http.get("/api/v1/dispatch/technicians/" + technician + "/day?date=-999999999-01-01", token);
        assertProblem(date, 400);
        assertThat(date.body()).contains("\"date\":\"The date must be between");
        HttpResponse<String> days = http.get("/api/v1/workshop/sheets?minAgeDays=2147483647", token);
        assertProblem(days, 400);
        assertThat(days.body()).contains("\"minAgeDays\":");
        HttpResponse<String> desired = http.postJson(
                "/api/v1/dispatch/tickets",
                token,
                "{\"desiredDate\":\"+999999999-12-31\",\"customerId\":\"" + UUID.randomUUID() + "\",\"problem\":\"x\"}",
                "en");
        assertProblem(desired, 400);
        assertThat(desired.body()).contains("\"desiredDate\":\"The date must be between");
    }

    @Test
    void aHugeLatitudeIsA400() throws Exception {
        HttpResponse<String> response = http.postJson(
                "/api/v1/dispatch/tickets/" + UUID.randomUUID() + "/arrived",
                fixtures.token(tenant, "technician"),
                "{\"latitude\":1e308,\"version\":0,\"longitude\":26.1}",
                "en");
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"latitude\":\"The number is out of the accepted range.\"");
    }

    @Test
    void onlyJsonBodiesAreRead() throws Exception {
        HttpResponse<String> xml = http.send(http.request("/api/v1/auth/token", null)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<TokenRequest><workspace>" + tenant.key()
                        + "</workspace><username>admin</username><password>" + TenantFixtures.PASSWORD
                        + "</password></TokenRequest>")));
        assertProblem(xml, 415);
        HttpResponse<String> form = http.send(http.request("/api/v1/crm/customers", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=PERSON&name=Ion")));
        assertProblem(form, 415);
        HttpResponse<String> json = http.postJson(
                "/api/v1/auth/token",
                null,
                "{\"workspace\":\"" + tenant.key() + "\",\"username\":\"admin\",\"password\":\""
                        + TenantFixtures.PASSWORD + "\"}",
                "en");
        assertThat(json.statusCode()).isEqualTo(200);
    }

    @Test
    void errorsTheContainerAnswersOnApiPathsAreProblemDetailsToo() throws Exception {
        // an encoded NUL in the path is refused by the servlet container itself, before any handler
        HttpResponse<String> response = http.get("/api/v1/crm/customers/%00", token);
        assertThat(response.statusCode()).isBetween(400, 499);
        assertProblem(response, response.statusCode());
    }

    @Test
    void tokenRequestsAreThrottledPerAddress() throws Exception {
        InetAddress address = Http.ownLoopbackAddress();
        Http sprayer = new Http(port, address);
        int refused = 0;
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> response = sprayer.postJson(
                    "/api/v1/auth/token",
                    null,
                    "{\"workspace\":\"" + tenant.key() + "\",\"username\":\"sprayed" + i + "\",\"password\":\"guess\"}",
                    "en");
            assertThat(response.statusCode()).as("attempt " + i).isEqualTo(401);
        }
        HttpResponse<String> throttled = sprayer.postJson(
                "/api/v1/auth/token",
                null,
                "{\"workspace\":\"" + tenant.key() + "\",\"username\":\"admin\",\"password\":\""
                        + TenantFixtures.PASSWORD + "\"}",
                "cs");
        assertProblem(throttled, 429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Příliš mnoho pokusů o přihlášení");
        // another address is not affected
        HttpResponse<String> elsewhere = new Http(port, Http.ownLoopbackAddress())
                .postJson(
                        "/api/v1/auth/token",
                        null,
                        "{\"workspace\":\"" + tenant.key() + "\",\"username\":\"admin\",\"password\":\""
                                + TenantFixtures.PASSWORD + "\"}",
                        "en");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
    }
}
