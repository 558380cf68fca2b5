package com.intervo.dispatch.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.dispatch.DispatchFixturesAccess;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketDraft;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.live.TechnicianSignals;
import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/dispatch/events}: a technician's phone hears of its own tickets only — assigned, taken away,
 * cancelled, changed by somebody else, each once — through PostgreSQL NOTIFY at commit (never on rollback); never
 * another technician's, never another workspace's, nothing of the technician's own actions. Pings, the bounded lifetime, the ends on deactivation, revocation and a vanished client; the
 * refusals (no token, wrong role, no license).
 */
@TenantIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TechnicianEventsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    DispatchFixturesAccess dispatch;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TechnicianSignals signals;

    @Autowired
    TechnicianEventStreams streams;

    @Autowired
    TicketDesk desk;

    @Autowired
    UserDirectory users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TransactionTemplate tx;

    @LocalServerPort
    int port;

    Http http;
    final List<EventStream> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        await().atMost(WAIT).until(signals::isListening);
    }

    @AfterEach
    void closeStreams() {
        opened.forEach(EventStream::close);
        // a closed client is noticed at the next write: ping until this node holds no stream of these tests
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            streams.sweep(Instant.now());
            return streams.count() == 0;
        });
    }

    @Test
    void aTechnicianHearsOfTheirOwnTicketsOnlyAndOnlyOfCommittedChanges() throws Exception {
        DispatchFixturesAccess.Workspace ws = dispatch.workspace();
        DispatchFixturesAccess.Workspace other = dispatch.workspace();
        UUID a = ws.technicianId();
        UUID b = userId(ws.tenant(), "technician2");
        String dispatcher = fixtures.token(ws.tenant(), "dispatcher");

        EventStream streamA = open(fixtures.token(ws.tenant(), "technician"));
        EventStream streamB = open(fixtures.token(ws.tenant(), "technician2"));
        EventStream streamC = open(fixtures.token(other.tenant(), "technician"));
        for (EventStream s : List.of(streamA, streamB, streamC)) {
            assertThat(s.response.statusCode()).isEqualTo(200);
            assertThat(s.response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
            Event ready = s.next();
            assertThat(ready.name()).isEqualTo("ready");
            assertThat(ready.retry()).isEqualTo("5000");
            assertThat(json(ready).get("lifetimeSeconds").asLong()).isEqualTo(900);
            assertThat(json(ready).get("heartbeatSeconds").asLong()).isEqualTo(25);
        }
        assertThat(signals.subscribers(ws.tenant(), a)).isOne();
        assertThat(streams.count(ws.tenant(), a)).isOne();

        // the desk assigns a ticket to A: A hears it, once, with an id
        TicketDetails t1 = open(ws);
        JsonNode assigned = assign(dispatcher, t1.id(), t1.version(), a);
        Event first = streamA.nextTicket();
        assertThat(first.id()).isNotBlank();
        assertThat(json(first).get("ticketId").asString()).isEqualTo(t1.id().toString());
        assertThat(json(first).get("kind").asString()).isEqualTo("ASSIGNED");

        // B's first ticket event is B's own ticket: A's never reached B
        TicketDetails t2 = open(ws);
        JsonNode t2ofB = assign(dispatcher, t2.id(), t2.version(), b);
        assertThat(ticketOf(streamB.nextTicket())).isEqualTo(t2.id() + " ASSIGNED");

        // another workspace's technician (the same username) hears only of their own workspace's ticket
        TicketDetails t3 = open(other);
        assign(fixtures.token(other.tenant(), "dispatcher"), t3.id(), t3.version(), other.technicianId());
        assertThat(ticketOf(streamC.nextTicket())).isEqualTo(t3.id() + " ASSIGNED");

        // reassigned from A to B: A loses it, B gets it
        JsonNode moved = assign(
                dispatcher, t1.id(), assigned.get("summary").get("version").asLong(), b);
        assertThat(ticketOf(streamA.nextTicket())).isEqualTo(t1.id() + " UNASSIGNED");
        assertThat(ticketOf(streamB.nextTicket())).isEqualTo(t1.id() + " ASSIGNED");

        // B's own action tells B nothing (the phone that acted knows); the desk's change of B's other ticket does
        HttpResponse<String> accepted = http.postJson(
                "/api/v1/dispatch/tickets/" + t1.id() + "/accept",
                fixtures.token(ws.tenant(), "technician2"),
                "{\"version\":" + moved.get("summary").get("version").asLong() + "}",
                null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        HttpResponse<String> delayed = http.postJson(
                "/api/v1/dispatch/tickets/" + t2.id() + "/delay",
                dispatcher,
                "{\"version\":" + t2ofB.get("summary").get("version").asLong() + ",\"eta\":\""
                        + Instant.now().plus(Duration.ofHours(2)) + "\"}",
                null);
        assertThat(delayed.statusCode()).as(delayed.body()).isEqualTo(200);
        assertThat(ticketOf(streamB.nextTicket())).isEqualTo(t2.id() + " CHANGED");
        // the desk cancels the ticket B accepted
        HttpResponse<String> cancelled = http.postJson(
                "/api/v1/dispatch/tickets/" + t1.id() + "/cancel",
                dispatcher,
                "{\"version\":"
                        + JSON.readTree(accepted.body())
                                .get("summary")
                                .get("version")
                                .asLong() + ",\"reason\":\"Clientul a renunțat\"}",
                null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(ticketOf(streamB.nextTicket())).isEqualTo(t1.id() + " CANCELLED");

        // an assignment rolled back sends nothing: A's next event is the committed one after it
        TicketDetails ghost = open(ws);
        TicketDetails t4 = open(ws);
        TenantContext.runAs(
                ws.tenant(),
                () -> tx.executeWithoutResult(status -> {
                    dispatch.as(ws.tenant(), "dispatcher", () -> desk.assign(ghost.id(), ghost.version(), a));
                    status.setRollbackOnly();
                }));
        assign(dispatcher, t4.id(), t4.version(), a);
        assertThat(ticketOf(streamA.nextTicket())).isEqualTo(t4.id() + " ASSIGNED");

        // nothing else is waiting for anybody: no duplicate, nothing of the others
        streams.sweep(Instant.now());
        for (EventStream s : List.of(streamA, streamB, streamC)) {
            Event ping = s.next();
            assertThat(ping.comment())
                    .as("the heartbeat comes next, no other event")
                    .isEqualTo("ping");
        }
    }

    @Test
    void onlyASignedInTechnicianOfALicensedWorkspaceOpensAStream() throws Exception {
        DispatchFixturesAccess.Workspace ws = dispatch.workspace();
        assertThat(status(null)).isEqualTo(401);
        assertThat(status("ivt_not-a-token")).isEqualTo(401);
        assertThat(status(fixtures.token(ws.tenant(), "manager"))).isEqualTo(403);
        assertThat(status(fixtures.token(ws.tenant(), "dispatcher"))).isEqualTo(403);
        TenantId unlicensed = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        HttpResponse<String> refused =
                http.send(http.request("/api/v1/dispatch/events", fixtures.token(unlicensed, "technician"))
                        .header("Accept", "text/event-stream")
                        .GET());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("module-not-licensed");
        assertThat(streams.count()).isZero();
    }

    @Test
    void aStreamEndsAtItsLifetimeWhenItsUserOrTokenIsNoLongerValidAndWhenItsClientIsGone(CapturedOutput output)
            throws Exception {
        DispatchFixturesAccess.Workspace ws = dispatch.workspace();
        UUID a = ws.technicianId();
        UUID b = userId(ws.tenant(), "technician2");

        // the lifetime: the server ends the stream, the subscription goes with it
        EventStream first = open(fixtures.token(ws.tenant(), "technician"));
        assertThat(first.next().name()).isEqualTo("ready");
        streams.sweep(Instant.now().plus(Duration.ofMinutes(14)));
        assertThat(first.next().comment()).isEqualTo("ping");
        streams.sweep(Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(first.awaitEnd()).isTrue();
        assertThat(streams.count(ws.tenant(), a)).isZero();
        assertThat(signals.subscribers(ws.tenant(), a)).isZero();

        // a revoked token and a deactivated user: ended at the next check, the others go on
        String revoked = fixtures.token(ws.tenant(), "technician");
        EventStream ofRevoked = open(revoked);
        EventStream ofDeactivated = open(fixtures.token(ws.tenant(), "technician2"));
        EventStream ofAdmin = open(fixtures.token(ws.tenant(), "admin"));
        for (EventStream s : List.of(ofRevoked, ofDeactivated, ofAdmin)) {
            assertThat(s.next().name()).isEqualTo("ready");
        }
        assertThat(tokens.revoke(revoked)).isTrue();
        dispatch.as(ws.tenant(), "admin", () -> {
            users.deactivate(b);
            return null;
        });
        streams.sweep(Instant.now().plus(Duration.ofMinutes(6)));
        assertThat(ofRevoked.awaitEnd()).isTrue();
        assertThat(ofDeactivated.awaitEnd()).isTrue();
        assertThat(signals.subscribers(ws.tenant(), a)).isZero();
        assertThat(signals.subscribers(ws.tenant(), b)).isZero();
        assertThat(ofAdmin.next().comment()).isEqualTo("ping");
        assertThat(streams.count(ws.tenant(), userId(ws.tenant(), "admin"))).isOne();

        // a client that went away is dropped at a following write
        ofAdmin.close();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            streams.sweep(Instant.now());
            return streams.count() == 0;
        });
        assertThat(signals.subscribers(ws.tenant(), userId(ws.tenant(), "admin")))
                .isZero();
        // ending a stream is quiet on the server: its async dispatch finishes the response, nothing is refused
        assertThat(output.getAll())
                .doesNotContain("response is already committed")
                .doesNotContain("AuthorizationDeniedException")
                .doesNotContain("A technician's event stream failed");
    }

    // --- helpers

    private TicketDetails open(DispatchFixturesAccess.Workspace ws) {
        return dispatch.as(
                ws.tenant(),
                "dispatcher",
                () -> desk.open(TicketDraft.call(
                        ws.customerId(), null, ws.equipmentId(), "Nu pornește", TicketPriority.NORMAL, null)));
    }

    private JsonNode assign(String token, UUID ticket, long version, UUID technician) throws Exception {
        HttpResponse<String> r = http.postJson(
                "/api/v1/dispatch/tickets/" + ticket + "/assign",
                token,
                "{\"technicianId\":\"" + technician + "\",\"version\":" + version + "}",
                null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private UUID userId(TenantId tenant, String username) {
        return TenantContext.callAs(
                tenant, () -> users.findByUsername(username).orElseThrow().getId());
    }

    private int status(String token) throws Exception {
        HttpResponse<String> r = http.send(http.request("/api/v1/dispatch/events", token)
                .header("Accept", "text/event-stream")
                .GET());
        if (r.statusCode() != 200) {
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        }
        return r.statusCode();
    }

    private static JsonNode json(Event event) {
        return JSON.readTree(event.data());
    }

    private static String ticketOf(Event event) {
        JsonNode data = json(event);
        return data.get("ticketId").asString() + " " + data.get("kind").asString();
    }

    private EventStream open(String token) throws Exception {
        EventStream stream = new EventStream(port, token);
        opened.add(stream);
        return stream;
    }

    /** One server-sent event, or a comment line. */
    record Event(String name, String id, String data, String retry, String comment) {}

    /** A stream read on a thread of its own, as the app reads it. */
    static final class EventStream implements AutoCloseable {

        private static final Event END = new Event(null, null, null, null, null);

        final HttpResponse<InputStream> response;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        EventStream(int port, String token) throws IOException, InterruptedException {
            response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/dispatch/events"))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "text/event-stream")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            Thread.ofVirtual().name("sse-reader").start(this::read);
        }

        private void read() {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = null;
                String id = null;
                String retry = null;
                StringBuilder data = null;
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (name != null || data != null || id != null) {
                            events.add(new Event(name, id, data == null ? null : data.toString(), retry, null));
                        }
                        name = null;
                        id = null;
                        retry = null;
                        data = null;
                    } else if (line.startsWith(":")) {
                        events.add(new Event(
                                null, null, null, null, line.substring(1).strip()));
                    } else {
                        int colon = line.indexOf(':');
                        String field = colon < 0 ? line : line.substring(0, colon);
                        String value = colon < 0 ? "" : line.substring(colon + 1);
                        if (value.startsWith(" ")) {
                            value = value.substring(1);
                        }
                        switch (field) {
                            case "event" -> name = value;
                            case "id" -> id = value;
                            case "retry" -> retry = value;
                            case "data" ->
                                data = data == null
                                        ? new StringBuilder(value)
                                        : data.append('\n').append(value);
                            default -> {}
                        }
                    }
                }
            } catch (IOException e) {
                // closed by the test
            } finally {
                events.add(END);
            }
        }

        /** The next event or comment within a few seconds. */
        Event next() throws InterruptedException {
            Event e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(e).as("an event within " + WAIT).isNotNull();
            assertThat(e).as("the stream still open").isNotSameAs(END);
            return e;
        }

        /** The next {@code ticket} event (pings skipped). */
        Event nextTicket() throws InterruptedException {
            Event e = next();
            while (e.comment() != null) {
                e = next();
            }
            assertThat(e.name()).isEqualTo("ticket");
            return e;
        }

        /** Whether the server ended the stream (nothing but pings before the end). */
        boolean awaitEnd() throws InterruptedException {
            long until = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < until) {
                Event e = events.poll(200, TimeUnit.MILLISECONDS);
                if (e == END) {
                    return true;
                }
                if (e != null && e.comment() == null) {
                    throw new AssertionError("an event before the end: " + e);
                }
            }
            return false;
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException e) {
                // already closed
            }
            client.shutdownNow();
        }
    }
}
