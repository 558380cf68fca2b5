package com.intervo.dispatch;

import static com.intervo.dispatch.DispatchApi.ok;
import static com.intervo.dispatch.DispatchApi.stage;
import static com.intervo.dispatch.DispatchApi.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.mail.OutboxWorker;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * The technician's flow where it used to fail in the field: arriving in a basement without a GPS fix, the time
 * worked (timer or typed) and when the customer gets the work report (at finish, or after approval — the default).
 */
@TenantIntegrationTest
class TechnicianFlowIT {

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    DispatchSettings settings;

    @Autowired
    OutboxWorker outboxWorker;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    DispatchApi api;
    DispatchFixtures.Workspace ws;
    String dispatcher;
    String technician;
    String manager;

    @BeforeEach
    void setUp() {
        api = new DispatchApi(port);
        ws = dispatch.workspace();
        dispatcher = fixtures.token(ws.tenant(), "dispatcher");
        technician = fixtures.token(ws.tenant(), "technician");
        manager = fixtures.token(ws.tenant(), "manager");
    }

    @Test
    void arrivalWithoutAFixNeedsAReasonAndIsFlaggedOnTheTicketAndTheBoard() {
        JsonNode t = enRoute();
        String id = t.get("summary").get("id").asString();

        // no fix and no reason: refused, nothing changes
        HttpResponse<String> bare =
                api.post("/api/v1/dispatch/tickets/" + id + "/arrived", technician, "{\"version\":" + version(t) + "}");
        assertThat(bare.statusCode()).isEqualTo(422);
        assertThat(bare.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(bare.body()).contains("noFixReason");
        HttpResponse<String> blank = api.post(
                "/api/v1/dispatch/tickets/" + id + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"noFixReason\":\"   \"}");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(stage(ok(api.get("/api/v1/dispatch/tickets/" + id, technician))))
                .isEqualTo("EN_ROUTE");

        // with the reason: on site, flagged
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"noFixReason\":\"Subsol, fără semnal\"}",
                "k-arrive"));
        assertThat(stage(t)).isEqualTo("ON_SITE");
        assertThat(t.get("summary").get("arrivalNoFixReason").asString()).isEqualTo("Subsol, fără semnal");
        assertThat(t.get("arrivedAt").isNull()).isFalse();
        assertThat(t.get("arrivedLatitude").isNull()).isTrue();

        // the board (the dispatcher's list of tickets in progress) carries the flag and the reason
        JsonNode board = ok(api.get("/api/v1/dispatch/tickets?stage=ON_SITE", dispatcher));
        JsonNode row = null;
        for (JsonNode r : board) {
            if (r.get("id").asString().equals(id)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("arrivalNoFixReason").asString()).isEqualTo("Subsol, fără semnal");
        // the action log keeps the reason
        JsonNode log = ok(api.get("/api/v1/dispatch/tickets/" + id + "/actions", dispatcher));
        assertThat(log.findValuesAsString("detail")).contains("Subsol, fără semnal");

        // the database refuses an arrival with neither a fix nor a reason
        assertThatThrownBy(() -> jdbc.update(
                        "update " + schema() + ".ticket set arrival_no_fix_reason = null " + "where id = ?::uuid", id))
                .hasMessageContaining("ticket_arrived_gps_ck");
    }

    @Test
    void anArrivalWithAFixIsNotFlagged() {
        JsonNode t = enRoute();
        String id = t.get("summary").get("id").asString();
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"latitude\":46.77,\"longitude\":23.59,\"noFixReason\":\"x\"}"));
        assertThat(t.get("summary").get("arrivalNoFixReason").isNull()).isTrue();
        assertThat(t.get("arrivedLatitude").asDouble()).isEqualTo(46.77);
    }

    @Test
    void theTimerCountsTheTimeWorkedAndTypedMinutesWin() throws Exception {
        JsonNode t = onSite();
        String id = t.get("summary").get("id").asString();
        t = ok(api.post("/api/v1/dispatch/tickets/" + id + "/work/start", technician, "{}", "k-start"));
        assertThat(t.get("workStartedAt").isNull()).isFalse();
        // a second start while it runs changes nothing
        JsonNode again = ok(api.post("/api/v1/dispatch/tickets/" + id + "/work/start", technician, "{}"));
        assertThat(version(again)).isEqualTo(version(t));
        // 40 minutes of work pass
        jdbc.update(
                "update " + schema() + ".ticket set work_started_at = work_started_at - interval '40 minutes' "
                        + "where id = ?::uuid",
                id);
        t = ok(api.post("/api/v1/dispatch/tickets/" + id + "/work/stop", technician, "{}", "k-stop"));
        assertThat(t.get("workStartedAt").isNull()).isTrue();
        assertThat(t.get("timedMinutes").asInt()).isEqualTo(40);

        // finishing without typed minutes takes the timer's
        answerChecklist(t);
        t = ok(api.get("/api/v1/dispatch/tickets/" + id, technician));
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/finish",
                technician,
                "{\"version\":" + version(t) + ",\"workDone\":\"Curățat arzătorul\"}",
                "k-finish"));
        assertThat(t.get("labourMinutes").asInt()).isEqualTo(40);
        assertThat(reportText(id)).contains("(40 min)");

        // typed minutes win over the timer; out of range is refused
        JsonNode other = onSite();
        String otherId = other.get("summary").get("id").asString();
        answerChecklist(other);
        other = ok(api.get("/api/v1/dispatch/tickets/" + otherId, technician));
        HttpResponse<String> negative = api.post(
                "/api/v1/dispatch/tickets/" + otherId + "/finish",
                technician,
                "{\"version\":" + version(other) + ",\"labourMinutes\":-5}");
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body()).contains("labourMinutes");
        other = ok(api.post(
                "/api/v1/dispatch/tickets/" + otherId + "/finish",
                technician,
                "{\"version\":" + version(other) + ",\"labourMinutes\":75}"));
        assertThat(other.get("labourMinutes").asInt()).isEqualTo(75);
        // printed in the work report (Romanian customer): 1,25 hours
        assertThat(reportText(otherId)).contains("1,25 (75 min)");
    }

    @Test
    void byDefaultTheCustomerGetsTheReportOnlyAfterApprovalWithTheManagersCorrections() throws Exception {
        assertThat(dispatch.as(ws.tenant(), "admin", settings::reportSending)).isEqualTo(ReportSending.AFTER_APPROVAL);
        JsonNode t = finished(30);
        String id = t.get("summary").get("id").asString();
        assertThat(t.get("reportReleasedAt").isNull()).isTrue();
        outboxWorker.deliverDue(ws.tenant(), Instant.now());
        assertThat(mail.smtp().getReceivedMessages()).isEmpty();

        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/corrections",
                manager,
                "{\"version\":" + version(t) + ",\"labourMinutes\":90}"));
        t = ok(api.post("/api/v1/dispatch/tickets/" + id + "/approve", manager, "{\"version\":" + version(t) + "}"));
        assertThat(t.get("reportReleasedAt").isNull()).isFalse();

        MimeMessage sent = reportMail(t.get("reportNumber").asString());
        // the customer's copy has the approved 90 minutes, not the technician's 30
        String attached = pdfText(attachment(sent));
        assertThat(attached).contains("1,50 (90 min)").doesNotContain("(30 min)");
        assertThat(reportText(id)).contains("(90 min)");
        JsonNode log = ok(api.get("/api/v1/dispatch/tickets/" + id + "/actions", dispatcher));
        assertThat(log.findValuesAsString("action"))
                .containsSubsequence("FINISHED", "REPORT_ISSUED", "APPROVED", "REPORT_SENT");
    }

    @Test
    void atFinishTheCustomerGetsTheReportAtOnceAndTheSettingIsTheWorkspacesOwn() throws Exception {
        DispatchFixtures.Workspace other = dispatch.workspace();
        // only an admin changes it
        assertThatThrownBy(() -> dispatch.as(ws.tenant(), "manager", () -> {
                    settings.setReportSending(ReportSending.AT_FINISH);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        dispatch.as(ws.tenant(), "admin", () -> {
            settings.setReportSending(ReportSending.AT_FINISH);
            return null;
        });
        assertThat(dispatch.as(ws.tenant(), "technician", settings::reportSending))
                .isEqualTo(ReportSending.AT_FINISH);
        assertThat(dispatch.as(other.tenant(), "admin", settings::reportSending))
                .isEqualTo(ReportSending.AFTER_APPROVAL);

        JsonNode t = finished(45);
        assertThat(t.get("reportReleasedAt").isNull()).isFalse();
        MimeMessage sent = reportMail(t.get("reportNumber").asString());
        assertThat(sent.getSubject()).startsWith("Raport de lucru");
        assertThat(pdfText(attachment(sent))).contains("(45 min)");
        // approving later sends nothing more
        mail.smtp().purgeEmailFromAllMailboxes();
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + t.get("summary").get("id").asString() + "/approve",
                manager,
                "{\"version\":" + version(t) + "}"));
        outboxWorker.deliverDue(ws.tenant(), Instant.now());
        assertThat(mail.smtp().getReceivedMessages()).isEmpty();
    }

    @Test
    void theSignaturePrintsLargeEnoughToRead() throws Exception {
        JsonNode t = onSite();
        String id = t.get("summary").get("id").asString();
        answerChecklist(t);
        // a phone's pad: a wide canvas, the strokes in a small part of it
        java.awt.image.BufferedImage pad =
                new java.awt.image.BufferedImage(1200, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = pad.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 1200, 480);
        g.setColor(new java.awt.Color(20, 40, 120));
        g.setStroke(new java.awt.BasicStroke(4));
        g.drawPolyline(new int[] {450, 500, 560, 620, 700}, new int[] {250, 200, 270, 210, 240}, 5);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(pad, "png", png);
        ok(api.upload(
                "/api/v1/dispatch/tickets/" + id + "/signature",
                technician,
                "signature.png",
                png.toByteArray(),
                java.util.Map.of("signerName", "Ion Popescu"),
                null));
        t = ok(api.get("/api/v1/dispatch/tickets/" + id, technician));
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/finish",
                technician,
                "{\"version\":" + version(t) + ",\"labourMinutes\":20}"));
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/dispatch/tickets/" + id + "/report", dispatcher);
        PdfImages.keep("work-report.pdf", pdf.body());
        List<PdfImages.Placed> images = PdfImages.placed(pdf.body());
        // the only image of this report is the signature: cropped to its strokes and printed at least ~18 mm high
        assertThat(images).singleElement().satisfies(image -> {
            assertThat(image.pixelWidth()).isLessThan(400);
            assertThat(image.heightMm()).isGreaterThan(18);
            assertThat(image.widthMm()).isGreaterThan(40).isLessThanOrEqualTo(81);
        });
        assertThat(pdfText(pdf.body())).contains("Ion Popescu");
    }

    // --- helpers

    private String schema() {
        return "t_" + ws.tenant().key();
    }

    private JsonNode enRoute() {
        JsonNode opened = ok(api.post("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Nu pornește","technicianId":"%s"}""".formatted(
                        ws.customerId(), ws.equipmentId(), ws.technicianId())));
        String id = opened.get("summary").get("id").asString();
        JsonNode t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/accept", technician, "{\"version\":" + version(opened) + "}"));
        return ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/en-route", technician, "{\"version\":" + version(t) + "}"));
    }

    private JsonNode onSite() {
        JsonNode t = enRoute();
        return ok(api.post(
                "/api/v1/dispatch/tickets/" + t.get("summary").get("id").asString() + "/arrived",
                technician,
                "{\"version\":" + version(t) + ",\"latitude\":46.77,\"longitude\":23.59}"));
    }

    private void answerChecklist(JsonNode t) {
        String id = t.get("summary").get("id").asString();
        List<String> items = new ArrayList<>();
        t.get("checklist").forEach(i -> items.add(i.get("id").asString()));
        for (String item : items) {
            ok(api.put(
                    "/api/v1/dispatch/tickets/" + id + "/checklist/" + item, technician, "{\"answer\":\"OK\"}", null));
        }
    }

    private JsonNode finished(int minutes) {
        JsonNode t = onSite();
        String id = t.get("summary").get("id").asString();
        answerChecklist(t);
        t = ok(api.get("/api/v1/dispatch/tickets/" + id, technician));
        t = ok(api.post(
                "/api/v1/dispatch/tickets/" + id + "/finish",
                technician,
                "{\"version\":" + version(t) + ",\"workDone\":\"Revizie\",\"labourMinutes\":" + minutes + "}"));
        assertThat(stage(t)).isEqualTo("DONE");
        return t;
    }

    private String reportText(String id) throws Exception {
        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/dispatch/tickets/" + id + "/report", dispatcher);
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdfText(pdf.body());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private MimeMessage reportMail(String reportNumber) throws Exception {
        outboxWorker.deliverDue(ws.tenant(), Instant.now());
        assertThat(mail.smtp().waitForIncomingEmail(10_000, 1)).isTrue();
        for (MimeMessage m : mail.smtp().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals("ion@example.ro")
                    && m.getSubject().contains(reportNumber)) {
                return m;
            }
        }
        throw new AssertionError("No work report " + reportNumber + " mailed");
    }

    private static byte[] attachment(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached");
    }
}
