package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.ok;
import static com.intervo.dispatch.DispatchApi.stage;
import static com.intervo.dispatch.DispatchApi.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.dispatch.push.CapturedFcm;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole field-service loop through the API: the dispatcher opens and assigns, the technician's phone gets the
 * push (captured FCM v1 request), accepts, goes, arrives with GPS, adds a photo, answers the checklist, adds a
 * part, gets the customer's signature, finishes; the work report PDF exists and the manager corrects and approves.
 */
@TenantIntegrationTest
class DispatchJourneyIT {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    CapturedFcm fcm;

    @Autowired
    PublishedEvents published;

    @LocalServerPort
    int port;

    DispatchApi api;
    DispatchFixtures.Workspace ws;
    String dispatcher;
    String technician;
    String manager;

    @Autowired
    org.springframework.mail.javamail.JavaMailSender mailSender;

    @Autowired
    com.intervo.kernel.mail.OutboxWorker outboxWorker;

    com.icegreen.greenmail.util.GreenMail smtp;

    @org.junit.jupiter.api.AfterEach
    void stopMail() {
        ((org.springframework.mail.javamail.JavaMailSenderImpl) mailSender).setHost("");
        smtp.stop();
    }

    /** The customer's e-mails as they arrive over SMTP, after the outbox worker's next round. */
    private jakarta.mail.internet.MimeMessage mailTo(String address, String subjectPart) throws Exception {
        outboxWorker.deliverDue(ws.tenant(), java.time.Instant.now());
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)
                    && m.getSubject().contains(subjectPart)) {
                return m;
            }
        }
        throw new AssertionError("No e-mail to " + address + " about " + subjectPart);
    }

    @BeforeEach
    void setUp() {
        smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                        0, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP)
                .dynamicPort());
        smtp.start();
        var impl = (org.springframework.mail.javamail.JavaMailSenderImpl) mailSender;
        impl.setHost("127.0.0.1");
        impl.setPort(smtp.getSmtp().getPort());
        api = new DispatchApi(port);
        ws = dispatch.workspace();
        dispatcher = fixtures.token(ws.tenant(), "dispatcher");
        technician = fixtures.token(ws.tenant(), "technician");
        manager = fixtures.token(ws.tenant(), "manager");
    }

    @Test
    void fromThePhoneCallToTheApprovedWork() throws Exception {
        // the technician's phone registers for push
        String fcmToken = "fcm-" + UUID.randomUUID();
        ok(api.post(
                "/api/v1/dispatch/devices",
                technician,
                "{\"token\":\"" + fcmToken + "\",\"platform\":\"ANDROID\",\"appVersion\":\"1.4.2\"}"));

        // the dispatcher suggests technicians of the zone with their load, then opens and assigns the ticket
        JsonNode suggestions =
                DispatchApi.json(api.get("/api/v1/dispatch/technicians?zoneId=" + ws.zoneId(), dispatcher));
        assertThat(suggestions.get(0).get("id").asString())
                .isEqualTo(ws.technicianId().toString());
        assertThat(suggestions.get(0).get("coversZone").asBoolean()).isTrue();

        JsonNode opened = ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Nu pornește, eroare F28","priority":"HIGH",
                 "desiredDate":"%s","technicianId":"%s"}""".formatted(
                        ws.customerId(), ws.equipmentId(), java.time.LocalDate.now(), ws.technicianId())));
        String id = opened.get("summary").get("id").asString();
        assertThat(stage(opened)).isEqualTo("ASSIGNED");
        assertThat(opened.get("summary").get("number").asString()).startsWith("T-");
        assertThat(opened.get("summary").get("zoneName").asString()).isEqualTo("Cluj-Napoca");
        assertThat(opened.get("summary").get("siteAddress").asString()).contains("Lalelelor");
        // the equipment type's checklist came along
        assertThat(opened.get("checklistName").asString()).isEqualTo("Revizie centrală");
        assertThat(opened.get("checklist")).hasSize(3);

        // the push, as it left for FCM (HTTP v1)
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !fcm.requestsFor(fcmToken).isEmpty());
        CapturedFcm.Request push = fcm.requestsFor(fcmToken).getFirst();
        assertThat(push.method()).isEqualTo("POST");
        assertThat(push.url())
                .isEqualTo("https://fcm.googleapis.com/v1/projects/" + CapturedFcm.PROJECT + "/messages:send");
        assertThat(push.authorization()).isEqualTo("Bearer test-access-token");
        JsonNode message = DispatchApi.JSON.readTree(push.body()).get("message");
        assertThat(message.get("token").asString()).isEqualTo(fcmToken);
        assertThat(message.get("notification").get("title").asString())
                .contains(opened.get("summary").get("number").asString());
        assertThat(message.get("data").get("ticketId").asString()).isEqualTo(id);
        assertThat(message.get("data").get("type").asString()).isEqualTo("ASSIGNED");
        assertThat(message.get("android").get("priority").asString()).isEqualTo("high");

        // the technician's app syncs and sees it
        JsonNode sync = ok(api.get("/api/v1/dispatch/my/tickets?since=0", technician));
        assertThat(sync.get("tickets").findValuesAsString("number"))
                .contains(opened.get("summary").get("number").asString());
        long cursor = sync.get("cursor").asLong();

        JsonNode t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/accept",
                technician,
                "{\"version\":" + version(opened) + ",\"latitude\":46.75,\"longitude\":23.58}",
                "k-accept"));
        assertThat(stage(t)).isEqualTo("ACCEPTED");
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/en-route",
                technician,
                "{\"version\":" + version(t) + ",\"latitude\":46.76,\"longitude\":23.585}",
                "k-route"));
        assertThat(stage(t)).isEqualTo("EN_ROUTE");
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"latitude\":46.770439,\"longitude\":23.591423,"
                        + "\"accuracyM\":8,\"deviceAt\":\"2026-11-23T09:40:00Z\"}",
                "k-arrived"));
        assertThat(stage(t)).isEqualTo("ON_SITE");
        assertThat(t.get("arrivedLatitude").asDouble()).isEqualTo(46.770439);

        t = ok(api.upload(
                "/api/v1/dispatch/tickets/" + id + "/photos",
                technician,
                "boiler.jpg",
                DispatchFixtures.jpeg(800, 600),
                Map.of("version", String.valueOf(version(t))),
                "k-photo"));
        assertThat(t.get("photos")).hasSize(1);
        String photoId = t.get("photos").get(0).get("fileId").asString();
        HttpResponse<byte[]> thumb =
                api.getBytes("/api/v1/dispatch/tickets/" + id + "/photos/" + photoId + "?thumbnail=true", technician);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/jpeg");

        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/findings",
                technician,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"DEFECT\",\"text\":\"Electrod de aprindere uzat\"}",
                "k-finding"));
        assertThat(t.get("findings")).hasSize(1);

        // finishing before the mandatory points are answered is refused, naming them
        HttpResponse<String> early = api.post(
                "/api/v1/dispatch/tickets/" + id + "/finish", technician, "{\"version\":" + version(t) + "}", null);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("Etanșeitate gaz").contains("Presiune vas de expansiune");

        List<String> items = new ArrayList<>();
        t.get("checklist").forEach(i -> items.add(i.get("id").asString()));
        t = ok(api.put(
                "/api/v1/dispatch/tickets/" + id + "/checklist/" + items.get(0),
                technician,
                "{\"answer\":\"OK\"}",
                "k-c0"));
        HttpResponse<String> vague = api.put(
                "/api/v1/dispatch/tickets/" + id + "/checklist/" + items.get(1),
                technician,
                "{\"answer\":\"PROBLEM\"}",
                null);
        assertThat(vague.statusCode()).isEqualTo(422);
        t = ok(api.put(
                "/api/v1/dispatch/tickets/" + id + "/checklist/" + items.get(1),
                technician,
                "{\"answer\":\"PROBLEM\",\"defect\":\"Presiune scăzută\",\"note\":\"Reumplut la 1,2 bar\"}",
                "k-c1"));
        assertThat(t.get("checklist").get(1).get("answer").asString()).isEqualTo("PROBLEM");

        String line = UUID.randomUUID().toString();
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/parts",
                technician,
                "{\"lineId\":\"" + line + "\",\"partId\":\"" + ws.partId() + "\",\"quantity\":2,\"source\":\"VAN\"}",
                "k-part"));
        assertThat(t.get("parts")).hasSize(1);
        assertThat(t.get("parts").get(0).get("unitPrice").asDouble()).isEqualTo(8.0);

        t = ok(api.upload(
                "/api/v1/dispatch/tickets/" + id + "/signature",
                technician,
                "signature.png",
                DispatchFixtures.png(300, 100),
                Map.of("signerName", "Ion Popescu"),
                "k-sign"));
        assertThat(t.get("signerName").asString()).isEqualTo("Ion Popescu");

        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/finish",
                technician,
                "{\"version\":" + version(t) + ",\"workDone\":\"Înlocuit electrodul, reumplut vasul\"}",
                "k-finish"));
        assertThat(stage(t)).isEqualTo("DONE");
        assertThat(t.get("summary").get("awaitingApproval").asBoolean()).isTrue();
        assertThat(t.get("reportNumber").asString()).startsWith("RL-");

        // the work report: the customer's language (Romanian), everything the technician recorded
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/dispatch/tickets/" + id + "/report", dispatcher);
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text)
                .contains(t.get("reportNumber").asString())
                .contains("Ion Popescu")
                .contains("Electrod de aprindere uzat")
                .contains("Etanșeitate gaz")
                .contains("Presiune scăzută")
                .contains("Garnitură 3/4")
                .contains("Înlocuit electrodul")
                .contains("Fotografii")
                .contains("Semnat de Ion Popescu")
                .contains(opened.get("summary").get("number").asString());
        // the report waits for the manager's approval before it goes to the customer (the workspace's default)
        outboxWorker.deliverDue(ws.tenant(), java.time.Instant.now());
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(published.events)
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(WorkReportIssued.class, r -> {
                    assertThat(r.ticketId().toString()).isEqualTo(id);
                    assertThat(r.customerEmail()).isEqualTo("ion@example.ro");
                    assertThat(r.language()).isEqualTo("ro");
                }));

        // the action log: who, when, where
        JsonNode log = ok(api.get("/api/v1/dispatch/tickets/" + id + "/actions", dispatcher));
        assertThat(log.findValuesAsString("action"))
                .containsSubsequence(
                        "OPENED",
                        "ASSIGNED",
                        "ACCEPTED",
                        "EN_ROUTE",
                        "ARRIVED",
                        "PHOTO_ADDED",
                        "FINDING_ADDED",
                        "CHECKLIST_ANSWERED",
                        "PART_ADDED",
                        "SIGNED",
                        "FINISHED",
                        "REPORT_ISSUED");
        JsonNode arrived = null;
        for (JsonNode a : log) {
            if (a.get("action").asString().equals("ARRIVED")) {
                arrived = a;
            }
        }
        assertThat(arrived.get("latitude").asDouble()).isEqualTo(46.770439);
        assertThat(arrived.get("actor").asString()).isEqualTo(ws.tenant().key() + "/technician");
        assertThat(arrived.get("deviceAt").asString()).isEqualTo("2026-11-23T09:40:00Z");

        // the sync cursor brings the changed ticket again
        JsonNode changes = ok(api.get("/api/v1/dispatch/my/tickets?since=" + cursor, technician));
        assertThat(changes.get("tickets").findValuesAsString("stage")).contains("DONE");

        // the manager: a technician cannot approve; the manager corrects the quantity and the time, then approves
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id + "/approve",
                                technician,
                                "{\"version\":" + version(t) + "}")
                        .statusCode())
                .isEqualTo(403);
        JsonNode pending = ok(api.get("/api/v1/dispatch/tickets?awaitingApproval=true", manager));
        assertThat(pending.findValuesAsString("id")).contains(id);
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/corrections",
                manager,
                "{\"version\":" + version(t) + ",\"parts\":[{\"lineId\":\"" + line + "\",\"quantity\":1}],"
                        + "\"labourMinutes\":90}",
                "k-correct"));
        assertThat(t.get("parts").get(0).get("quantity").asDouble()).isEqualTo(1.0);
        assertThat(t.get("labourMinutes").asInt()).isEqualTo(90);
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/approve",
                manager,
                "{\"version\":" + version(t) + ",\"note\":\"OK de facturat\"}",
                "k-approve"));
        assertThat(t.get("summary").get("approvedAt").isNull()).isFalse();
        assertThat(t.get("approvedBy").asString()).isEqualTo(ws.tenant().key() + "/manager");
        assertThat(published.events)
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(WorkApproved.class, w -> {
                    assertThat(w.ticketId().toString()).isEqualTo(id);
                    assertThat(w.labourMinutes()).isEqualTo(90);
                    assertThat(w.parts())
                            .singleElement()
                            .satisfies(p -> assertThat(p.quantity()).isEqualByComparingTo("1"));
                }));
        // approved: the customer gets the work report by e-mail (through the outbox), in Romanian, with the PDF
        // attached
        jakarta.mail.internet.MimeMessage reportMail =
                mailTo("ion@example.ro", t.get("reportNumber").asString());
        assertThat(reportMail.getSubject()).startsWith("Raport de lucru");
        var parts = (jakarta.mail.internet.MimeMultipart) reportMail.getContent();
        boolean pdfAttached = false;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                pdfAttached = new String(
                                part.getInputStream().readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII)
                        .equals("%PDF");
            }
        }
        assertThat(pdfAttached).isTrue();
    }

    @Test
    void theDispatcherNotifiesTheCustomerOfADelayInOneCall() throws Exception {
        JsonNode opened =
                ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","problem":"Pierde presiune","technicianId":"%s"}""".formatted(ws.customerId(), ws.technicianId())));
        String id = opened.get("summary").get("id").asString();
        String eta = java.time.Instant.now()
                .plus(Duration.ofHours(3))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        JsonNode t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/delay",
                dispatcher,
                "{\"eta\":\"" + eta + "\",\"message\":\"Trafic pe centură\"}",
                "k-delay"));
        assertThat(t.get("summary").get("eta").asString()).isEqualTo(eta);
        assertThat(published.events)
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(CustomerDelayNotified.class, d -> {
                    assertThat(d.ticketId().toString()).isEqualTo(id);
                    assertThat(d.eta().toString()).isEqualTo(eta);
                    assertThat(d.customerEmail()).isEqualTo("ion@example.ro");
                    assertThat(d.message()).isEqualTo("Trafic pe centură");
                }));
        assertThat(api.post(
                                "/api/v1/dispatch/tickets/" + id + "/delay",
                                dispatcher,
                                "{\"eta\":\"2001-01-01T00:00:00Z\"}")
                        .statusCode())
                .isEqualTo(422);
        jakarta.mail.internet.MimeMessage delay =
                mailTo("ion@example.ro", opened.get("summary").get("number").asString());
        assertThat(delay.getSubject()).contains("întârzie");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(delay).replace("=\r\n", ""))
                .contains("Trafic pe centur");
    }
}
