package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.json;
import static com.intervo.dispatch.DispatchApi.ok;
import static com.intervo.dispatch.DispatchApi.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code Prefer: return=minimal} on a ticket change: the answer is the changed summary (today's clients, which do
 * not ask, keep the details), a retry must ask the same way, and a stale version's 409 carries the summary too.
 */
@TenantIntegrationTest
class MinimalAnswersIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @LocalServerPort
    int port;

    DispatchApi api;
    DispatchFixtures.Workspace ws;
    String dispatcher;
    String technician;

    @BeforeEach
    void setUp() {
        api = new DispatchApi(port);
        ws = dispatch.workspace();
        dispatcher = fixtures.token(ws.tenant(), "dispatcher");
        technician = fixtures.token(ws.tenant(), "technician");
    }

    @Test
    void aChangeAskedMinimalAnswersWithTheSummaryAndIsRetriedTheSameWay() {
        JsonNode opened = ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Nu pornește","technicianId":"%s"}""".formatted(
                        ws.customerId(), ws.equipmentId(), ws.technicianId())));
        String path =
                "/api/v1/dispatch/tickets/" + opened.get("summary").get("id").asString();
        String body = "{\"version\":" + version(opened) + "}";

        HttpResponse<String> accepted = api.postMinimal(path + "/accept", technician, body, "m-accept");
        JsonNode summary = ok(accepted);
        assertThat(accepted.headers().firstValue("Preference-Applied")).hasValue("return=minimal");
        assertThat(summary.get("stage").asString()).isEqualTo("ACCEPTED");
        assertThat(summary.get("version").asLong()).isEqualTo(version(opened) + 1);
        assertThat(summary.get("customerName").asString()).isEqualTo("Ion Popescu");
        assertThat(summary.has("checklist")).isFalse();
        assertThat(summary.has("summary")).isFalse();

        // the retry asks the same way and gets the same answer; the same key without the preference is refused
        HttpResponse<String> again = api.postMinimal(path + "/accept", technician, body, "m-accept");
        assertThat(again.body()).isEqualTo(accepted.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(api.post(path + "/accept", technician, body, "m-accept").statusCode())
                .isEqualTo(422);

        // a client that does not ask keeps the details
        JsonNode details = ok(api.post(
                path + "/en-route",
                technician,
                "{\"version\":" + summary.get("version").asLong() + "}",
                "m-route"));
        assertThat(details.get("summary").get("stage").asString()).isEqualTo("EN_ROUTE");
        assertThat(details.get("checklist")).hasSize(3);

        // a stale version: 409, the current summary under "ticket"
        HttpResponse<String> stale = api.postMinimal(
                path + "/arrived",
                technician,
                "{\"version\":" + summary.get("version").asLong() + ",\"latitude\":46.77,\"longitude\":23.59}",
                "m-stale");
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode current = json(stale).get("ticket");
        assertThat(current.get("stage").asString()).isEqualTo("EN_ROUTE");
        assertThat(current.get("version").asLong()).isEqualTo(version(details));
        assertThat(current.has("checklist")).isFalse();
    }

    @Test
    void theApiDocumentDescribesThePreference() {
        JsonNode docs = json(api.get("/v3/api-docs", null));
        JsonNode accept = docs.at("/paths/~1api~1v1~1dispatch~1tickets~1{id}~1accept/post");
        assertThat(accept.get("parameters").findValuesAsString("name")).contains("Prefer");
        assertThat(accept.at("/responses/200/content/application~1json/schema/oneOf")
                        .toString())
                .contains("#/components/schemas/TicketDetails")
                .contains("#/components/schemas/TicketSummary");
        // a read is not a change: no preference there
        JsonNode read = docs.at("/paths/~1api~1v1~1dispatch~1tickets~1{id}/get");
        assertThat(read.path("parameters").findValuesAsString("name")).doesNotContain("Prefer");
    }
}
