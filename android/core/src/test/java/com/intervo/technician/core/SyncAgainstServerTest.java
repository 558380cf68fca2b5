package com.intervo.technician.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.intervo.technician.core.api.ApiException;
import com.intervo.technician.core.api.CatalogPart;
import com.intervo.technician.core.api.IntervoApi;
import com.intervo.technician.core.api.Me;
import com.intervo.technician.core.api.SyncPage;
import com.intervo.technician.core.api.TechnicianSettings;
import com.intervo.technician.core.api.TicketDetails;
import com.intervo.technician.core.outbox.MemoryOutboxStore;
import com.intervo.technician.core.outbox.PendingCall;
import com.intervo.technician.core.sync.EventStream;
import com.intervo.technician.core.sync.FieldSession;
import com.intervo.technician.core.sync.LocationBuffer;
import com.intervo.technician.core.sync.MemoryTicketStore;
import com.intervo.technician.core.sync.Sync;
import com.intervo.technician.core.sync.SyncReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone's sync against the real server (its jar in a process, embedded PostgreSQL, demo workspaces): offline
 * work queued and sent in order, answers lost and replayed, a server restart in the middle, a ticket taken away
 * meanwhile, a call the server refuses, another workspace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncAgainstServerTest {

    private static final String PASSWORD = "intervo-demo";

    private ServerProcess server;
    private IntervoApi desk;
    private UUID technicianId;
    private UUID technician2Id;
    private TicketDetails template;

    @TempDir
    Path files;

    @BeforeAll
    void startServer() throws Exception {
        server = new ServerProcess();
        server.start();
        desk = signedIn("demo", "dispatcher", new SwitchableTransport(server.baseUrl()));
        technicianId = signedIn("demo", "technician", new SwitchableTransport(server.baseUrl()))
                .me()
                .userId;
        technician2Id = signedIn("demo", "technician2", new SwitchableTransport(server.baseUrl()))
                .me()
                .userId;
        Phone phone = new Phone("technician");
        assertThat(phone.sync.run().complete()).isTrue();
        template = phone.session.myTickets().stream()
                .filter(t -> t.summary.equipmentId != null && !t.checklist.isEmpty())
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void signInSyncAndNothingNew() throws Exception {
        Phone phone = new Phone("technician");
        SyncReport first = phone.sync.run();
        assertThat(first.complete()).isTrue();
        List<TicketDetails> mine = phone.session.myTickets();
        assertThat(mine)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.summary.technicianId).isEqualTo(technicianId));
        long cursor = phone.tickets.cursor();
        assertThat(cursor).isPositive();

        SyncPage nothing = phone.api.myTickets(cursor);
        assertThat(nothing.tickets).isEmpty();

        assertThatThrownBy(() -> new IntervoApi(new SwitchableTransport(server.baseUrl()), () -> null)
                        .signIn("demo", "technician", "wrong"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.problem().message()).isNotBlank();
                });

        TechnicianSettings settings = phone.api.settings();
        assertThat(settings.locationIntervalSeconds).isBetween(15, 900);
        List<CatalogPart> parts = phone.api.parts();
        assertThat(parts).isNotEmpty();
    }

    @Test
    @Order(2)
    void aDayOfflineSentInOrderWhenTheNetworkReturns() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Phone phone = new Phone("technician");
        EventStream stream = new EventStream(phone.transport.http(), () -> phone.token);
        Thread listening = new Thread(() -> {
            try {
                stream.read(new EventStream.Listener() {
                    @Override
                    public void connected() {
                        events.add("ready");
                    }

                    @Override
                    public void ticket(UUID ticketId, String kind) {
                        events.add(ticketId + ":" + kind);
                    }
                });
            } catch (IOException e) {
                events.add("closed");
            }
        });
        listening.start();
        assertThat(events.poll(20, TimeUnit.SECONDS)).isEqualTo("ready");

        TicketDetails opened = openTicket(technicianId, "Centrala nu pornește");
        assertThat(events.poll(20, TimeUnit.SECONDS)).isEqualTo(opened.id() + ":ASSIGNED");
        stream.close();
        listening.join(10_000);

        assertThat(phone.sync.run().complete()).isTrue();
        UUID id = opened.id();
        assertThat(phone.session.ticket(id).summary.stage).isEqualTo("ASSIGNED");
        CatalogPart part = phone.api.parts().get(0);

        phone.transport.online = false;
        phone.session.accept(id);
        phone.session.enRoute(id);
        phone.session.arrived(id, 46.770439, 23.591423, 8.0, null);
        TicketDetails onSite = phone.session.ticket(id);
        assertThat(onSite.summary.stage).isEqualTo("ON_SITE");
        assertThatThrownBy(() -> phone.session.finish(id, "x", null))
                .isInstanceOf(FieldSession.NotAllowed.class)
                .hasMessageStartingWith("checklist:");
        for (TicketDetails.ChecklistItem item : onSite.checklist) {
            if (item.position == 1) {
                phone.session.answer(id, item.id, false, null, "Garnitură uzată, înlocuită");
            } else {
                phone.session.answer(id, item.id, true, null, null);
            }
        }
        UUID finding = phone.session.addFinding(id, false, "Presiune vas 1,2 bar, reglată");
        phone.session.addPart(id, part, new BigDecimal("2"), null);
        phone.session.addPhoto(id, jpeg("photo.jpg"), 46.770439, 23.591423);
        phone.session.sign(id, png("signature.png"), "Ion Popescu");
        phone.session.finish(id, "Revizie completă", 75);

        TicketDetails projected = phone.session.ticket(id);
        assertThat(projected.summary.stage).isEqualTo("DONE");
        assertThat(projected.findings).extracting(f -> f.id).contains(finding);
        assertThat(projected.parts).extracting(p -> p.name).contains(part.name);
        assertThat(phone.session.pending(id)).hasSize(8 + onSite.checklist.size());

        SyncReport offline = phone.sync.run();
        assertThat(offline.offline).isTrue();
        assertThat(offline.sent).isZero();
        assertThat(phone.session.pending(id)).hasSize(8 + onSite.checklist.size());

        phone.transport.online = true;
        SyncReport back = phone.sync.run();
        assertThat(back.conflicts).isEmpty();
        assertThat(back.refused).isEmpty();
        assertThat(back.complete()).isTrue();
        assertThat(back.sent).isEqualTo(8 + onSite.checklist.size());
        assertThat(phone.session.pending(null)).isEmpty();

        TicketDetails server = desk.ticket(id);
        assertThat(server.summary.stage).isEqualTo("DONE");
        assertThat(server.checklist).allSatisfy(i -> assertThat(i.answer).isNotNull());
        assertThat(server.checklist.stream()
                        .filter(i -> i.position == 1)
                        .findFirst()
                        .orElseThrow()
                        .note)
                .isEqualTo("Garnitură uzată, înlocuită");
        assertThat(server.findings).extracting(f -> f.id).containsExactly(finding);
        assertThat(server.parts).extracting(p -> p.partId).containsExactly(part.id);
        assertThat(server.photos).hasSize(1);
        assertThat(server.signerName).isEqualTo("Ion Popescu");
        assertThat(server.labourMinutes).isEqualTo(75);
        assertThat(server.reportNumber).isNotBlank();
        assertThat(phone.session.ticket(id).summary.stage).isEqualTo("DONE");
    }

    @Test
    @Order(3)
    void aLostAnswerIsSentAgainAndAppliedOnce() throws Exception {
        Phone phone = new Phone("technician");
        UUID id = openTicket(technicianId, "Zgomot la pornire").id();
        phone.sync.run();
        phone.session.accept(id);
        phone.session.enRoute(id);
        phone.transport.loseNextAnswerOf(r -> r.path.endsWith("/accept"));

        SyncReport lost = phone.sync.run();
        assertThat(lost.offline).isTrue();
        assertThat(phone.transport.lostAnswers.get()).isEqualTo(1);
        assertThat(desk.ticket(id).summary.stage).as("the server did it").isEqualTo("ACCEPTED");
        assertThat(phone.session.pending(id)).hasSize(2);

        SyncReport again = phone.sync.run();
        assertThat(again.complete()).isTrue();
        assertThat(again.replayed).isEqualTo(1);
        assertThat(again.sent).isEqualTo(2);
        assertThat(desk.ticket(id).summary.stage).isEqualTo("EN_ROUTE");
        assertThat(actions(id, "ACCEPTED")).isEqualTo(1);

        phone.session.arrived(id, null, null, null, "Subsol, fără semnal");
        phone.sync.run();
        UUID finding = phone.session.addFinding(id, true, "Țeavă corodată");
        phone.transport.loseNextAnswerOf(r -> r.path.endsWith("/findings"));
        assertThat(phone.sync.run().offline).isTrue();
        assertThat(phone.sync.run().complete()).isTrue();
        assertThat(desk.ticket(id).findings).extracting(f -> f.id).containsExactly(finding);
        assertThat(desk.ticket(id).summary.arrivalNoFixReason).isEqualTo("Subsol, fără semnal");
    }

    @Test
    @Order(4)
    void theDeskChangedTheTicketMeanwhileAndTheActionStillApplies() throws Exception {
        Phone phone = new Phone("technician");
        UUID id = openTicket(technicianId, "Presiune scăzută").id();
        phone.sync.run();
        phone.session.accept(id);
        assertThat(phone.sync.run().complete()).isTrue();

        phone.transport.online = false;
        phone.session.enRoute(id);
        // the dispatcher postpones and resumes it: same stage, two versions later
        long version = desk.ticket(id).summary.version;
        TicketDetails postponed = deskAction(id, "postpone", version, "Clientul a sunat");
        deskAction(id, "back-to-work", postponed.summary.version, null);

        phone.transport.online = true;
        SyncReport report = phone.sync.run();
        assertThat(report.conflicts).isEmpty();
        assertThat(report.complete()).isTrue();
        assertThat(desk.ticket(id).summary.stage).isEqualTo("EN_ROUTE");
    }

    @Test
    @Order(5)
    void aTicketReassignedMeanwhileIsShownAsAConflictAndNothingIsLost() throws Exception {
        Phone phone = new Phone("technician");
        UUID id = openTicket(technicianId, "Scurgere la racord").id();
        UUID other = openTicket(technicianId, "Verificare anuală").id();
        phone.sync.run();
        phone.session.accept(id);
        phone.session.accept(other);
        assertThat(phone.sync.run().complete()).isTrue();

        phone.transport.online = false;
        phone.session.enRoute(id);
        phone.session.postpone(id, "Lipsă piesă");
        phone.session.enRoute(other);
        TicketDetails now = desk.ticket(id);
        assign(id, technician2Id, now.summary.version);

        phone.transport.online = true;
        SyncReport report = phone.sync.run();
        assertThat(report.conflicts).hasSize(1);
        assertThat(report.conflicts.get(0)).startsWith(now.summary.number);
        assertThat(report.sent).as("the other ticket goes on").isEqualTo(1);
        assertThat(desk.ticket(other).summary.stage).isEqualTo("EN_ROUTE");

        List<PendingCall> kept = phone.session.pending(id);
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).state).isEqualTo(PendingCall.State.CONFLICT);
        assertThat(kept.get(0).problem).isNotBlank();
        assertThat(kept.get(1).json).contains("Lipsă piesă");
        assertThat(phone.session.attention()).hasSize(1);
        assertThat(phone.session.ticket(id)).as("no longer mine").isNull();
        assertThat(desk.ticket(id).summary.technicianId).isEqualTo(technician2Id);

        phone.session.discard(kept.get(0).seq);
        phone.session.discard(kept.get(1).seq);
        assertThat(phone.session.pending(null)).isEmpty();
    }

    @Test
    @Order(6)
    void aCallTheServerRefusesIsKeptAndHoldsBackOnlyItsTicket() throws Exception {
        Phone phone = new Phone("technician");
        UUID id = openTicket(technicianId, "Termostat defect").id();
        UUID other = openTicket(technicianId, "Revizie").id();
        phone.sync.run();
        phone.session.accept(id);
        phone.session.arrived(id, 46.77, 23.59, null, null);
        phone.sync.run();

        Path notAPicture = files.resolve("not-a-photo.jpg");
        Files.writeString(notAPicture, "just text", StandardCharsets.UTF_8);
        phone.session.addPhoto(id, notAPicture.toString(), null, null);
        phone.session.addFinding(id, false, "Termostat înlocuit");
        phone.session.accept(other);

        SyncReport report = phone.sync.run();
        assertThat(report.refused).hasSize(1);
        assertThat(report.sent).isEqualTo(1);
        assertThat(desk.ticket(other).summary.stage).isEqualTo("ACCEPTED");
        assertThat(desk.ticket(id).findings).as("held behind the refused photo").isEmpty();
        PendingCall refused = phone.session.attention().get(0);
        assertThat(refused.state).isEqualTo(PendingCall.State.REFUSED);
        assertThat(refused.problem).isNotBlank();

        phone.session.discard(refused.seq);
        assertThat(phone.sync.run().sent).isEqualTo(1);
        assertThat(desk.ticket(id).findings).hasSize(1);
    }

    @Test
    @Order(7)
    void locationsInBatchesAndAResentBatchStoresNothingTwice() throws Exception {
        Phone phone = new Phone("technician");
        LocationBuffer buffer = new LocationBuffer();
        Instant start = Instant.now().minusSeconds(3600);
        for (int i = 0; i < 45; i++) {
            buffer.add(new LocationBuffer.Fix(start.plusSeconds(i * 60L), 46.77 + i * 0.0001, 23.59, 5.0));
        }
        phone.transport.loseNextAnswerOf(r -> r.path.endsWith("/locations"));
        assertThatThrownBy(() -> buffer.flush(phone.api, 20)).isInstanceOf(IOException.class);
        assertThat(buffer.size()).isEqualTo(45);
        int stored = buffer.flush(phone.api, 20);
        assertThat(stored)
                .as("the lost batch's answer comes again, then the two others")
                .isEqualTo(45);
        assertThat(buffer.size()).isZero();

        LocationBuffer again = new LocationBuffer();
        for (int i = 0; i < 20; i++) {
            again.add(new LocationBuffer.Fix(start.plusSeconds(i * 60L), 46.77 + i * 0.0001, 23.59, 5.0));
        }
        assertThat(again.flush(phone.api, 20))
                .as("the same fixes sent again under a new key")
                .isZero();
    }

    @Test
    @Order(8)
    void aWorkspaceWithoutDispatchIsToldSoAndSeesNoneOfIt() throws Exception {
        // acme licenses Workshop Simple only: the phone hears why, and nothing of demo's tickets
        Phone acme = new Phone("acme", "technician");
        SyncReport report = acme.sync.run();
        assertThat(report.offline).isFalse();
        assertThat(report.pullRefused).isNotBlank();
        assertThat(acme.session.myTickets()).isEmpty();
        assertThatThrownBy(() -> acme.api.ticket(template.id()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isIn(403, 404));
    }

    @Test
    @Order(9)
    void aServerRestartInTheMiddleLosesNothing() throws Exception {
        Phone phone = new Phone("technician");
        UUID id = openTicket(technicianId, "Cod eroare F28").id();
        phone.sync.run();
        phone.session.accept(id);
        phone.session.enRoute(id);
        phone.transport.loseNextAnswerOf(r -> r.path.endsWith("/accept"));
        assertThat(phone.sync.run().offline).isTrue();

        server.stop();
        SyncReport down = phone.sync.run();
        assertThat(down.offline).isTrue();
        assertThat(phone.session.pending(id)).hasSize(2);
        phone.session.arrived(id, 46.77, 23.59, 4.0, null);

        server.start();
        SyncReport up = phone.sync.run();
        assertThat(up.complete()).isTrue();
        assertThat(up.replayed).isEqualTo(1);
        assertThat(up.sent).isEqualTo(3);
        assertThat(desk.ticket(id).summary.stage).isEqualTo("ON_SITE");
        assertThat(actions(id, "ACCEPTED")).isEqualTo(1);
    }

    // --- the phone and the desk

    private final class Phone {
        final SwitchableTransport transport = new SwitchableTransport(server.baseUrl());
        final IntervoApi api;
        final MemoryTicketStore tickets = new MemoryTicketStore();
        final MemoryOutboxStore outbox = new MemoryOutboxStore();
        final FieldSession session = new FieldSession(outbox, tickets, Clock.systemUTC());
        final Sync sync;
        String token;

        Phone(String user) throws Exception {
            this("demo", user);
        }

        Phone(String workspace, String user) throws Exception {
            api = new IntervoApi(transport, () -> token);
            token = api.signIn(workspace, user, PASSWORD).token;
            Me me = api.me();
            sync = new Sync(api, outbox, tickets, me.userId);
        }
    }

    private IntervoApi signedIn(String workspace, String user, SwitchableTransport transport) throws Exception {
        String[] token = new String[1];
        IntervoApi api = new IntervoApi(transport, () -> token[0]);
        token[0] = api.signIn(workspace, user, PASSWORD).token;
        return api;
    }

    private TicketDetails openTicket(UUID technician, String problem) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("customerId", template.summary.customerId.toString());
        body.addProperty("siteId", template.summary.siteId.toString());
        body.addProperty("equipmentId", template.summary.equipmentId.toString());
        body.addProperty("problem", problem);
        body.addProperty("technicianId", technician.toString());
        return desk.change(
                "POST",
                "/api/v1/dispatch/tickets",
                body.toString().getBytes(StandardCharsets.UTF_8),
                "application/json",
                UUID.randomUUID().toString());
    }

    private TicketDetails deskAction(UUID id, String action, long version, String reason) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("version", version);
        if (reason != null) {
            body.addProperty("reason", reason);
        }
        return desk.change(
                "POST",
                "/api/v1/dispatch/tickets/" + id + "/" + action,
                body.toString().getBytes(StandardCharsets.UTF_8),
                "application/json",
                UUID.randomUUID().toString());
    }

    private void assign(UUID id, UUID technician, long version) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("technicianId", technician.toString());
        body.addProperty("version", version);
        desk.change(
                "POST",
                "/api/v1/dispatch/tickets/" + id + "/assign",
                body.toString().getBytes(StandardCharsets.UTF_8),
                "application/json",
                UUID.randomUUID().toString());
    }

    /** How many entries of a kind the ticket's log has (a replayed call must not add one). */
    private long actions(UUID id, String type) throws Exception {
        com.intervo.technician.core.api.Transport.Response r = desk.transport()
                .send(new com.intervo.technician.core.api.Transport.Request(
                                "GET", "/api/v1/dispatch/tickets/" + id + "/actions", null, null)
                        .header("Authorization", deskToken()));
        String json = new String(r.body, StandardCharsets.UTF_8);
        return com.google.gson.JsonParser.parseString(json).getAsJsonArray().asList().stream()
                .filter(a -> type.equals(a.getAsJsonObject().get("action").getAsString()))
                .count();
    }

    private String deskTokenValue;

    private String deskToken() throws Exception {
        if (deskTokenValue == null) {
            deskTokenValue = "Bearer "
                    + new IntervoApi(new SwitchableTransport(server.baseUrl()), () -> null)
                            .signIn("demo", "dispatcher", PASSWORD)
                            .token;
        }
        return deskTokenValue;
    }

    private String jpeg(String name) throws IOException {
        return image(name, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    private String png(String name) throws IOException {
        return image(name, "png", BufferedImage.TYPE_INT_ARGB);
    }

    private String image(String name, String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, type);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.drawLine(2, 40, 60, 5);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        Path file = files.resolve(UUID.randomUUID() + "-" + name);
        Files.write(file, out.toByteArray());
        return file.toString();
    }
}
