package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.ok;
import static com.intervo.dispatch.DispatchApi.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.StatementCounts;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * How many SQL statements the technician's and the desk's API calls cost: each call is held to a budget, and a list
 * costs the same whether it holds three tickets or twelve (no statement per row). The budgets count every statement
 * of the request's thread — the bearer token's look-up (two), the workspace's schema set and reset around each
 * transaction (two) and the idempotency record included — but the token's last-use time, written by the first call of
 * a minute. No call may take a connection only to set and reset the schema (a transaction around work that needed no
 * database).
 */
@TenantIntegrationTest
class StatementBudgetsIT {

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
        StatementCounts.clear();
    }

    @Test
    void theTechniciansAndTheDesksCallsStayWithinTheirBudgets() {
        List<JsonNode> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(open("Boiler " + i));
        }
        JsonNode t = tickets.getFirst();
        String id = t.get("summary").get("id").asString();
        String base = "/api/v1/dispatch/tickets/" + id;

        // the whole answer: the ticket locked and changed, the log line, the idempotency record, the details read
        t = ok(api.post(base + "/accept", technician, "{\"version\":" + version(t) + "}", "b-accept"));
        within("POST", base + "/accept", 19);
        // the summary only: the checklist, findings, parts and photos are not read
        JsonNode summary =
                ok(api.postMinimal(base + "/en-route", technician, "{\"version\":" + version(t) + "}", "b-route"));
        within("POST", base + "/en-route", 15);
        t = ok(api.post(
                base + "/arrived",
                technician,
                "{\"version\":" + summary.get("version") + ",\"latitude\":46.77,\"longitude\":23.59,\"accuracyM\":8}",
                "b-arrived"));
        within("POST", base + "/arrived", 19);
        t = ok(api.upload(
                base + "/photos",
                technician,
                "boiler.jpg",
                DispatchFixtures.jpeg(64, 48),
                Map.of("version", String.valueOf(version(t))),
                "b-photo"));
        t = ok(api.post(
                base + "/findings",
                technician,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"DEFECT\",\"text\":\"Electrod uzat\"}",
                "b-finding"));
        t = ok(api.post(
                base + "/parts",
                technician,
                "{\"lineId\":\"" + UUID.randomUUID() + "\",\"partId\":\"" + ws.partId()
                        + "\",\"quantity\":2,\"source\":\"VAN\"}",
                "b-part"));
        for (JsonNode item : t.get("checklist")) {
            t = ok(api.put(
                    base + "/checklist/" + item.get("id").asString(),
                    technician,
                    "{\"answer\":\"OK\"}",
                    "b-c-" + item.get("id").asString()));
        }

        // one ticket with a photo, a finding, a part and its checklist
        JsonNode detail = ok(api.get(base, technician));
        assertThat(detail.get("photos")).hasSize(1);
        assertThat(detail.get("parts")).hasSize(1);
        within("GET", base, 14);

        // the app's sync costs the same for three tickets and for twelve, and is planned for its cursor
        ok(api.get("/api/v1/dispatch/my/tickets?since=0", technician));
        StatementCounts.Request three = within("GET", "/api/v1/dispatch/my/tickets", 18);
        plannedForTheirValues(three, "where (t1_0.technician_id=? or t1_0.previous_technician_id=?)", 1);
        for (int i = 3; i < 12; i++) {
            open("Boiler " + i);
        }
        JsonNode all = ok(api.get("/api/v1/dispatch/my/tickets?since=0", technician));
        assertThat(all.get("tickets")).hasSize(12);
        StatementCounts.Request twelve = within("GET", "/api/v1/dispatch/my/tickets", 18);
        assertThat(twelve.work()).as(twelve.toString()).isEqualTo(three.work());
        ok(api.get("/api/v1/dispatch/my/tickets?since=" + all.get("cursor").asLong(), technician));
        plannedForTheirValues(
                within("GET", "/api/v1/dispatch/my/tickets", 9),
                "where (t1_0.technician_id=? or t1_0.previous_technician_id=?)",
                1);

        // twenty pings: one statement stores them and moves the last known position
        StringBuilder pings = new StringBuilder("{\"pings\":[");
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        for (int i = 0; i < 20; i++) {
            pings.append(i == 0 ? "" : ",")
                    .append("{\"recordedAt\":\"")
                    .append(at.plusSeconds(i * 10L))
                    .append("\",\"latitude\":46.7")
                    .append(i)
                    .append(",\"longitude\":23.59,\"accuracyM\":8,\"battery\":80}");
        }
        JsonNode stored = ok(api.post(
                "/api/v1/dispatch/locations", technician, pings.append("]}").toString(), "b-pings"));
        assertThat(stored.get("stored").asInt()).isEqualTo(20);
        within("POST", "/api/v1/dispatch/locations", 8);

        // the desk's list and the CRM's searches: a page costs the same whatever its length
        ok(api.get("/api/v1/dispatch/tickets?limit=50", dispatcher));
        StatementCounts.Request list = within("GET", "/api/v1/dispatch/tickets", 10);
        // a text search is planned for its text (see CustomPlans): the page and the total each ask for it first
        ok(api.get("/api/v1/crm/customers?limit=20&q=Popescu", dispatcher));
        plannedForTheirValues(
                within("GET", "/api/v1/crm/customers", 12), "from customer c where c.search_text like", 2);
        ok(api.get("/api/v1/crm/equipment?limit=20&q=SN", dispatcher));
        plannedForTheirValues(
                within("GET", "/api/v1/crm/equipment", 14), "from equipment e where e.search_text like", 2);
        for (int i = 0; i < 3; i++) {
            open("Another boiler " + i);
        }
        ok(api.get("/api/v1/dispatch/tickets?limit=50", dispatcher));
        assertThat(within("GET", "/api/v1/dispatch/tickets", 10).work()).isEqualTo(list.work());
    }

    private JsonNode open(String problem) {
        return ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"%s","priority":"NORMAL","technicianId":"%s"}""".formatted(
                        ws.customerId(), ws.equipmentId(), problem, ws.technicianId())));
    }

    /** The request's statements with this text, so many, each follow a switch to custom plans in its transaction. */
    private static void plannedForTheirValues(StatementCounts.Request r, String search, int expected) {
        boolean custom = false;
        int searches = 0;
        for (String sql : r.sql()) {
            if (sql.startsWith("select set_config('search_path'") || sql.equals("set local plan_cache_mode = auto")) {
                custom = false; // a new transaction, or cached plans given back
            } else if (sql.equals("set local plan_cache_mode = force_custom_plan")) {
                custom = true;
            } else if (sql.contains(search)) {
                searches++;
                assertThat(custom).as("planned for its text: " + sql + "\n" + r).isTrue();
            }
        }
        assertThat(searches).as(r.toString()).isEqualTo(expected);
    }

    /** The last such request ran at most {@code budget} statements (its SQL is printed when it ran more). */
    private static StatementCounts.Request within(String method, String path, int budget) {
        StatementCounts.Request r = StatementCounts.last(method, path);
        StatementCounts.clear(); // the next call of the same path cannot be mistaken for this one
        assertThat(r.work()).as(r.toString()).isLessThanOrEqualTo(budget);
        assertThat(r.idleConnections()).as(r.toString()).isZero();
        return r;
    }
}
