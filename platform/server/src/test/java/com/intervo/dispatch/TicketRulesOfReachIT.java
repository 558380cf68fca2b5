package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.json;
import static com.intervo.dispatch.DispatchApi.ok;
import static com.intervo.dispatch.DispatchApi.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a technician may reach by id: an unassigned ticket only when his queue shows it (his zones, or any when he
 * covers none); and a ticket's part lines and findings only by ids that are new or its own, within a cap.
 */
@TenantIntegrationTest
class TicketRulesOfReachIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    Zones zones;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    private static String id(JsonNode ticket) {
        return ticket.get("summary").get("id").asString();
    }

    private JsonNode openUnassigned(UUID zoneId) {
        return ok(api.post(
                "/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Nu încălzește apa","zoneId":"%s"}""".formatted(ws.customerId(), ws.equipmentId(), zoneId)));
    }

    private JsonNode onSite() {
        JsonNode t = ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Pierde presiune","technicianId":"%s"}""".formatted(
                        ws.customerId(), ws.equipmentId(), ws.technicianId())));
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/accept", technician, "{\"version\":" + version(t) + "}"));
        return ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"latitude\":46.77,\"longitude\":23.59}"));
    }

    @Test
    void aTechnicianReadsAndTakesOnlyUnassignedTicketsOfHisQueue() {
        UUID brasov = dispatch.as(ws.tenant(), "admin", () -> zones.create("Brașov", Zone.Kind.CITY))
                .getId();
        JsonNode elsewhere = openUnassigned(brasov);
        JsonNode mine = openUnassigned(ws.zoneId());

        // the queue shows only his zone's ticket...
        String queue = api.get("/api/v1/dispatch/my/queue", technician).body();
        assertThat(queue).contains(id(mine)).doesNotContain(id(elsewhere));
        // ...and by id he reaches no more than the queue shows
        HttpResponse<String> read = api.get("/api/v1/dispatch/tickets/" + id(elsewhere), technician);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(json(read).get("type").asString()).endsWith("dispatch.error.not-in-your-zones");
        HttpResponse<String> take = api.post(
                "/api/v1/dispatch/tickets/" + id(elsewhere) + "/take",
                technician,
                "{\"version\":" + version(elsewhere) + "}");
        assertThat(take.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/dispatch/tickets/" + id(elsewhere) + "/actions", technician)
                        .statusCode())
                .isEqualTo(403);
        JsonNode unchanged = ok(api.get("/api/v1/dispatch/tickets/" + id(elsewhere), dispatcher));
        assertThat(unchanged.get("summary").get("stage").asString()).isEqualTo("NEW");

        // his own zone's ticket he reads and takes
        ok(api.get("/api/v1/dispatch/tickets/" + id(mine), technician));
        JsonNode taken = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(mine) + "/take", technician, "{\"version\":" + version(mine) + "}"));
        assertThat(taken.get("summary").get("stage").asString()).isEqualTo("ACCEPTED");

        // a technician who covers no zone sees every unassigned ticket in his queue, and may take it
        String second = fixtures.token(ws.tenant(), "technician2");
        assertThat(api.get("/api/v1/dispatch/my/queue", second).body()).contains(id(elsewhere));
        ok(api.post(
                "/api/v1/dispatch/tickets/" + id(elsewhere) + "/take",
                second,
                "{\"version\":" + version(elsewhere) + "}"));
    }

    @Test
    void anotherTicketsPartLineOrFindingIdIsRefusedAndItsLineStaysWhereItIs() {
        JsonNode first = onSite();
        JsonNode second = onSite();
        UUID line = UUID.randomUUID();
        UUID finding = UUID.randomUUID();
        ok(api.post("/api/v1/dispatch/tickets/" + id(first) + "/parts", technician, """
                {"lineId":"%s","partId":"%s","quantity":2}""".formatted(line, ws.partId())));
        ok(api.post("/api/v1/dispatch/tickets/" + id(first) + "/findings", technician, """
                {"id":"%s","kind":"DEFECT","text":"Racord corodat"}""".formatted(finding)));

        HttpResponse<String> part = api.post(
                "/api/v1/dispatch/tickets/" + id(second) + "/parts", technician, """
                {"lineId":"%s","partId":"%s","quantity":5}""".formatted(line, ws.partId()));
        assertThat(part.statusCode()).as(part.body()).isEqualTo(422);
        assertThat(json(part).get("fields").has("lineId")).isTrue();
        HttpResponse<String> found =
                api.post("/api/v1/dispatch/tickets/" + id(second) + "/findings", technician, """
                {"id":"%s","kind":"FINDING","text":"Altceva"}""".formatted(finding));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(422);
        assertThat(json(found).get("fields").has("id")).isTrue();

        JsonNode firstNow = ok(api.get("/api/v1/dispatch/tickets/" + id(first), technician));
        assertThat(firstNow.get("parts")).hasSize(1);
        assertThat(firstNow.get("parts").get(0).get("quantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(firstNow.get("findings")).hasSize(1);
        assertThat(firstNow.get("findings").get(0).get("text").asString()).isEqualTo("Racord corodat");
        JsonNode secondNow = ok(api.get("/api/v1/dispatch/tickets/" + id(second), technician));
        assertThat(secondNow.get("parts")).isEmpty();
        assertThat(secondNow.get("findings")).isEmpty();

        // the database refuses to move a line to another ticket too
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                        "update " + ws.tenant().schema() + ".ticket_part set ticket_id = ?::uuid where id = ?",
                        id(second),
                        line))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        // a retry of the first ticket's own line is still answered as before, changing nothing
        ok(api.post("/api/v1/dispatch/tickets/" + id(first) + "/parts", technician, """
                {"lineId":"%s","partId":"%s","quantity":2}""".formatted(line, ws.partId())));
        assertThat(ok(api.get("/api/v1/dispatch/tickets/" + id(first), technician))
                        .get("parts"))
                .hasSize(1);
    }

    @Test
    void aTicketHoldsAtMostTwoHundredFindings() {
        JsonNode t = onSite();
        for (int i = 0; i < TicketInput.MAX_LINES; i++) {
            ok(api.post(
                    "/api/v1/dispatch/tickets/" + id(t) + "/findings",
                    technician,
                    "{\"kind\":\"FINDING\",\"text\":\"Constatare " + i + "\"}"));
        }
        HttpResponse<String> tooMany = api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/findings",
                technician,
                "{\"kind\":\"FINDING\",\"text\":\"Una în plus\"}");
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(422);
        assertThat(json(tooMany).get("fields").has("findings")).isTrue();
        assertThat(ok(api.get("/api/v1/dispatch/tickets/" + id(t), technician)).get("findings"))
                .hasSize(TicketInput.MAX_LINES);
    }
}
