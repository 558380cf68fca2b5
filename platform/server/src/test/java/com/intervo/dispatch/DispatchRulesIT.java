package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.json;
import static com.intervo.dispatch.DispatchApi.ok;
import static com.intervo.dispatch.DispatchApi.stage;
import static com.intervo.dispatch.DispatchApi.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The rules around the journey: declining, postponing, retries, stale versions, who may do what, bad input. */
@TenantIntegrationTest
class DispatchRulesIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    com.intervo.kernel.tenancy.TenantDirectory tenants;

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

    private JsonNode openAssigned() {
        return ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Pierde presiune","technicianId":"%s"}""".formatted(
                        ws.customerId(), ws.equipmentId(), ws.technicianId())));
    }

    private static String id(JsonNode ticket) {
        return ticket.get("summary").get("id").asString();
    }

    private JsonNode onSite() {
        JsonNode t = openAssigned();
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/accept", technician, "{\"version\":" + version(t) + "}"));
        return ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"latitude\":46.77,\"longitude\":23.59}"));
    }

    @Test
    void aDeclinedTicketGoesBackToTheQueueWithItsReason() {
        JsonNode t = openAssigned();
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/accept", technician, "{\"version\":" + version(t) + "}"));
        // declining needs a reason; also after accepting
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id(t) + "/decline",
                                technician,
                                "{\"version\":" + version(t) + "}")
                        .statusCode())
                .isEqualTo(422);
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/decline",
                technician,
                "{\"version\":" + version(t) + ",\"reason\":\"Nu am piesa necesară\"}"));
        assertThat(stage(t)).isEqualTo("NEW");
        assertThat(t.get("summary").get("technicianId").isNull()).isTrue();
        JsonNode queue = ok(api.get("/api/v1/dispatch/tickets?stage=NEW", dispatcher));
        JsonNode row = null;
        for (JsonNode r : queue) {
            if (r.get("id").asString().equals(id(t))) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("declineReason").asString()).isEqualTo("Nu am piesa necesară");
        // the technician's sync drops it
        JsonNode sync = ok(api.get("/api/v1/dispatch/my/tickets?since=1", technician));
        assertThat(sync.get("removed").toString()).contains(id(t));
        assertThat(sync.get("openIds").toString()).doesNotContain(id(t));
    }

    @Test
    void postponeAndBackToWorkReturnToTheStageItLeft() {
        JsonNode t = openAssigned();
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/accept", technician, "{\"version\":" + version(t) + "}"));
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/en-route", technician, "{\"version\":" + version(t) + "}"));
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/postpone",
                technician,
                "{\"version\":" + version(t) + ",\"reason\":\"Clientul nu este acasă\"}"));
        assertThat(stage(t)).isEqualTo("POSTPONED");
        assertThat(t.get("summary").get("stageBeforePostpone").asString()).isEqualTo("EN_ROUTE");
        assertThat(t.get("summary").get("postponeReason").asString()).isEqualTo("Clientul nu este acasă");
        // nothing but "back to work" moves a postponed ticket on
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id(t) + "/arrived",
                                technician,
                                "{\"version\":" + version(t) + ",\"latitude\":46.77,\"longitude\":23.59}")
                        .statusCode())
                .isEqualTo(409);
        // the dispatcher may send it back to work too
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/back-to-work", dispatcher, "{\"version\":" + version(t) + "}"));
        assertThat(stage(t)).isEqualTo("EN_ROUTE");
        assertThat(t.get("summary").get("stageBeforePostpone").isNull()).isTrue();
        JsonNode log = ok(api.get("/api/v1/dispatch/tickets/" + id(t) + "/actions", dispatcher));
        assertThat(log.findValuesAsString("action")).containsSubsequence("POSTPONED", "BACK_TO_WORK");
    }

    @Test
    void aRetriedCallIsAppliedOnceAndAnsweredTheSame() throws Exception {
        JsonNode t = onSite();
        String body = "{\"lineId\":null,\"partId\":\"" + ws.partId() + "\",\"quantity\":1}";
        HttpResponse<String> first =
                api.post("/api/v1/dispatch/tickets/" + id(t) + "/parts", technician, body, "retry-1");
        HttpResponse<String> again =
                api.post("/api/v1/dispatch/tickets/" + id(t) + "/parts", technician, body, "retry-1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        assertThat(json(api.get("/api/v1/dispatch/tickets/" + id(t), technician))
                        .get("parts"))
                .hasSize(1);

        // the same key for another request is refused; another user may use the same key
        HttpResponse<String> other = api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/parts",
                technician,
                body.replace("\"quantity\":1", "\"quantity\":3"),
                "retry-1");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key");
        String pingAt = Instant.now()
                .minus(3, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        HttpResponse<String> theirs = api.post(
                "/api/v1/dispatch/locations",
                fixtures.token(ws.tenant(), "technician2"),
                "{\"pings\":[{\"recordedAt\":\"" + pingAt + "\",\"latitude\":46.7,\"longitude\":23.5}]}",
                "retry-1");
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).hasValue("false");
        assertThat(json(theirs).get("stored").asInt()).isEqualTo(1);

        // concurrent retries of a photo upload: one photo
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            byte[] photo = DispatchFixtures.jpeg(640, 480);
            Callable<HttpResponse<String>> upload = () -> api.upload(
                    "/api/v1/dispatch/tickets/" + id(t) + "/photos",
                    technician,
                    "p.jpg",
                    photo,
                    Map.of(),
                    "photo-once");
            var futures = pool.invokeAll(java.util.List.of(upload, upload, upload));
            for (Future<HttpResponse<String>> f : futures) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(json(api.get("/api/v1/dispatch/tickets/" + id(t), technician))
                        .get("photos"))
                .hasSize(1);

        // a location batch resent is stored once
        String ping = Instant.now()
                .minus(2, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        String pings = "{\"pings\":[{\"recordedAt\":\"" + ping + "\",\"latitude\":46.7,\"longitude\":23.5}]}";
        assertThat(json(api.post("/api/v1/dispatch/locations", technician, pings))
                        .get("stored")
                        .asInt())
                .isEqualTo(1);
        assertThat(json(api.post("/api/v1/dispatch/locations", technician, pings))
                        .get("stored")
                        .asInt())
                .isEqualTo(0);
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentTicket() {
        JsonNode t = openAssigned();
        long seen = version(t);
        // the dispatcher reassigns in the meantime
        ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/assign",
                dispatcher,
                "{\"technicianId\":\"" + ws.otherTechnicianId() + "\",\"version\":" + seen + "}"));
        ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/assign",
                dispatcher,
                "{\"technicianId\":\"" + ws.technicianId() + "\"}"));
        HttpResponse<String> stale =
                api.post("/api/v1/dispatch/tickets/" + id(t) + "/accept", technician, "{\"version\":" + seen + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json(stale);
        assertThat(problem.get("currentVersion").asLong()).isGreaterThan(seen);
        assertThat(problem.get("ticket").get("summary").get("id").asString()).isEqualTo(id(t));
        assertThat(problem.get("ticket").get("summary").get("stage").asString()).isEqualTo("ASSIGNED");
        // a stage change without a version is refused
        assertThat(api.post("/api/v1/dispatch/tickets/" + id(t) + "/accept", technician, "{}")
                        .statusCode())
                .isEqualTo(422);
        // with the current version it goes through
        ok(api.post(
                "/api/v1/dispatch/tickets/" + id(t) + "/accept",
                technician,
                "{\"version\":" + problem.get("currentVersion").asLong() + "}"));
    }

    @Test
    void onlyTheAssignedTechnicianActsAndOnlyInTheirWorkspace() {
        JsonNode t = openAssigned();
        String other = fixtures.token(ws.tenant(), "technician2");
        HttpResponse<String> refused =
                api.post("/api/v1/dispatch/tickets/" + id(t) + "/accept", other, "{\"version\":" + version(t) + "}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/dispatch/tickets/" + id(t), other).statusCode())
                .isEqualTo(403);
        // a technician does not open or assign tickets; a dispatcher does not accept them
        assertThat(api.post(
                                "/api/v1/dispatch/tickets",
                                technician,
                                "{\"customerId\":\"" + ws.customerId() + "\",\"problem\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id(t) + "/accept",
                                dispatcher,
                                "{\"version\":" + version(t) + "}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/dispatch/tickets", technician).statusCode()).isEqualTo(403);

        // another workspace sees nothing of it
        DispatchFixtures.Workspace elsewhere = dispatch.workspace();
        String foreign = fixtures.token(elsewhere.tenant(), "technician");
        assertThat(api.get("/api/v1/dispatch/tickets/" + id(t), foreign).statusCode())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id(t) + "/accept",
                                foreign,
                                "{\"version\":" + version(t) + "}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/dispatch/tickets",
                                fixtures.token(elsewhere.tenant(), "dispatcher"),
                                "{\"customerId\":\"" + ws.customerId() + "\",\"problem\":\"x\"}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(stage(json(api.get("/api/v1/dispatch/tickets/" + id(t), technician))))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void aWorkspaceWithoutDispatchIsRefused() {
        TenantId unlicensed = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        for (String path : new String[] {"/api/v1/dispatch/my/tickets", "/api/v1/dispatch/tickets"}) {
            HttpResponse<String> r = api.get(path, fixtures.token(unlicensed, "admin"));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("module-not-licensed");
        }
        assertThat(api.post("/api/v1/dispatch/devices", fixtures.token(unlicensed, "technician"), "{\"token\":\"abc\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/dispatch/my/tickets", null).statusCode()).isEqualTo(401);
    }

    @Test
    void badUploadsAndBadInputChangeNothing() {
        JsonNode t = onSite();
        String path = "/api/v1/dispatch/tickets/" + id(t);
        HttpResponse<String> script = api.upload(
                path + "/photos", technician, "photo.jpg", "<script>alert(1)</script>".getBytes(), Map.of(), null);
        assertThat(script.statusCode()).isEqualTo(422);
        byte[] jpeg = DispatchFixtures.jpeg(200, 200);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThat(api.upload(path + "/photos", technician, "half.jpg", truncated, Map.of(), null)
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.upload(path + "/photos", technician, "empty.jpg", new byte[0], Map.of(), null)
                        .statusCode())
                .isIn(400, 422);
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        try {
            HttpResponse<String> tooBig = api.upload(path + "/photos", technician, "big.jpg", big, Map.of(), null);
            assertThat(tooBig.statusCode()).as(tooBig.body()).isIn(413, 422);
        } catch (IllegalStateException refusedEarly) {
            // the server answered 413 and closed the connection before reading the whole body
            assertThat(refusedEarly).hasRootCauseInstanceOf(java.io.IOException.class);
        }
        // a signature is a PNG
        assertThat(api.upload(path + "/signature", technician, "s.jpg", jpeg, Map.of("signerName", "Ion"), null)
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.upload(
                                path + "/signature",
                                technician,
                                "s.png",
                                DispatchFixtures.png(100, 40),
                                Map.of("signerName", " "),
                                null)
                        .statusCode())
                .isEqualTo(422);
        // arrival without GPS, bad coordinates, unknown part, zero quantity, pings from the future
        JsonNode fresh = openAssigned();
        fresh = ok(api.post(
                "/api/v1/dispatch/tickets/" + id(fresh) + "/accept",
                technician,
                "{\"version\":" + version(fresh) + "}"));
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id(fresh) + "/arrived",
                                technician,
                                "{\"version\":" + version(fresh) + "}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id(fresh) + "/arrived",
                                technician,
                                "{\"version\":" + version(fresh) + ",\"latitude\":95,\"longitude\":23}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.post(path + "/parts", technician, "{\"partId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.post(path + "/parts", technician, "{\"partId\":\"" + ws.partId() + "\",\"quantity\":0}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.post(
                                "/api/v1/dispatch/locations",
                                technician,
                                "{\"pings\":[{\"recordedAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS)
                                        + "\",\"latitude\":46,\"longitude\":23}]}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/dispatch/tickets/" + id(fresh) + "/accept", technician, "{\"version\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);

        JsonNode after = json(api.get(path, technician));
        assertThat(after.get("photos")).isEmpty();
        assertThat(after.get("parts")).isEmpty();
        assertThat(after.get("signerName").isNull()).isTrue();
        assertThat(stage(json(api.get("/api/v1/dispatch/tickets/" + id(fresh), technician))))
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aTechniciansDayShowsVisitsAndFreeSlots() {
        java.time.ZoneId zone = java.time.ZoneId.of(
                tenants.findActive(ws.tenant().key()).orElseThrow().getTimeZone());
        java.time.LocalDate day = java.time.LocalDate.now(zone).plusDays(1);
        String at = day.atTime(10, 0).atZone(zone).toInstant().toString();
        ok(api.post(
                "/api/v1/dispatch/tickets",
                dispatcher,
                ("{\"customerId\":\"%s\",\"problem\":\"Vizită programată\","
                                + "\"technicianId\":\"%s\",\"scheduledAt\":\"%s\",\"plannedMinutes\":90}")
                        .formatted(ws.customerId(), ws.technicianId(), at)));
        ok(api.post(
                "/api/v1/dispatch/tickets",
                dispatcher,
                ("{\"customerId\":\"%s\",\"problem\":\"Oricând\"," + "\"technicianId\":\"%s\",\"desiredDate\":\"%s\"}")
                        .formatted(ws.customerId(), ws.technicianId(), day)));
        JsonNode plan =
                ok(api.get("/api/v1/dispatch/technicians/" + ws.technicianId() + "/day?date=" + day, dispatcher));
        assertThat(plan.get("visits")).hasSize(1);
        assertThat(plan.get("visits").get(0).get("from").asString()).isEqualTo("10:00:00");
        assertThat(plan.get("visits").get(0).get("to").asString()).isEqualTo("11:30:00");
        assertThat(plan.get("unscheduled")).hasSize(1);
        assertThat(plan.get("free").toString())
                .contains("\"from\":\"08:00:00\",\"to\":\"10:00:00\"")
                .contains("\"from\":\"11:30:00\",\"to\":\"17:00:00\"");
        assertThat(ok(api.get("/api/v1/dispatch/my/day?date=" + day, technician))
                        .get("visits"))
                .hasSize(1);
        assertThat(api.get(
                                "/api/v1/dispatch/technicians/" + ws.technicianId() + "/day",
                                fixtures.token(ws.tenant(), "technician2"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void dueInspectionsAreListedAndOpenedWithOneClick() {
        // the fixture boiler was installed two years ago and its type has a checklist: its inspection is overdue
        String equipment = ws.equipmentId().toString();
        assertThat(ok(api.get("/api/v1/dispatch/inspections-due?days=0", dispatcher))
                        .toString())
                .contains(equipment);
        assertThat(api.get("/api/v1/dispatch/inspections-due", technician).statusCode())
                .isEqualTo(403);
        JsonNode t = ok(api.post("/api/v1/dispatch/inspections-due/" + equipment + "/ticket", dispatcher, "", "i-1"));
        assertThat(t.get("summary").get("kind").asString()).isEqualTo("INSPECTION");
        assertThat(t.get("summary").get("stage").asString()).isEqualTo("NEW");
        assertThat(t.get("summary").get("priority").asString()).isEqualTo("HIGH");
        assertThat(t.get("checklist")).hasSize(3);
        assertThat(ok(api.get("/api/v1/dispatch/inspections-due?days=366", dispatcher))
                        .toString())
                .doesNotContain(equipment);
        assertThat(api.post("/api/v1/dispatch/inspections-due/" + equipment + "/ticket", dispatcher, "")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void theTechnicianApiIsDocumentedInOpenApi() {
        HttpResponse<String> docs = api.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains(
                        "/api/v1/dispatch/devices",
                        "/api/v1/dispatch/my/tickets",
                        "/api/v1/dispatch/tickets/{id}/accept",
                        "/api/v1/dispatch/tickets/{id}/arrived",
                        "/api/v1/dispatch/tickets/{id}/photos",
                        "/api/v1/dispatch/tickets/{id}/signature",
                        "/api/v1/dispatch/locations",
                        "Idempotency-Key",
                        "TicketDetails",
                        "SyncPage");
    }
}
