package com.intervo.workshop.plus;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.intervo.crm.CatalogService;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.mail.OutboxWorker;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.Pdfs;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.TrackingPortal;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workshop Plus through its API, as the desk, the bench and the customer use it: intake with type, problems and
 * services → evaluation with defects, causes, needs and a photo → the quote e-mailed (GreenMail, PDF read back) →
 * accepted on the portal (and at the desk at the same moment: accepted once) → repair checklist with a supplementary
 * quote → completion with the sale announced; the decline and irreparable paths, warranty, a Simple-only workspace,
 * two Plus workspaces kept apart, hostile portal input.
 */
@TenantIntegrationTest
class WorkshopPlusApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CatalogService catalogService;

    @Autowired
    WorkspaceClock workspace;

    @Autowired
    OutboxWorker worker;

    @Autowired
    PlusEvents events;

    @Autowired
    TrackingPortal portal;

    @Autowired
    com.intervo.crm.EquipmentTimeline timeline;

    @Autowired
    com.intervo.crm.EquipmentService equipmentService;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @LocalServerPort
    int port;

    Http http;
    TenantId tenant;
    PlusCatalog catalog;
    String dispatcher;
    String technician;
    String manager;
    String admin;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        portal.resetLimits();
        tenant = fixtures.newTenant(
                ModuleKey.WORKSHOP_SIMPLE, ModuleKey.WORKSHOP_PLUS, ModuleKey.STOCK, ModuleKey.INVOICING);
        catalog = PlusCatalog.create(catalogService, tenant, workspace.currency(tenant));
        dispatcher = fixtures.token(tenant, "dispatcher");
        technician = fixtures.token(tenant, "technician");
        manager = fixtures.token(tenant, "manager");
        admin = fixtures.token(tenant, "admin");
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json(response);
    }

    String intakeJson(String serial, boolean evaluation, String extra) {
        return """
                {"customer":{"name":"Ioana Marin","email":"ioana@example.ro","phone":"0722 333 444","language":"ro"},
                 "equipment":{"typeId":"%s","serialNumber":"%s","name":"Phone 13"},
                 "problem":"Screen cracked after a fall","accessories":"case",
                 "problemIds":["%s"],"services":[{"serviceId":"%s","quantity":1}],
                 "initialFindings":"Glass shattered, touch works","evaluation":%s%s}""".formatted(
                        catalog.typeId(),
                        serial,
                        catalog.brokenScreen(),
                        catalog.diagnostics(),
                        evaluation,
                        extra == null ? "" : "," + extra);
    }

    JsonNode intake(String serial, boolean evaluation, String extra) throws Exception {
        return ok(
                http.postJson("/api/v1/workshop-plus/sheets", dispatcher, intakeJson(serial, evaluation, extra), "en"),
                201);
    }

    JsonNode answer(String sheetId, JsonNode point, String body, String token) throws Exception {
        return ok(
                http.putJson(
                        "/api/v1/workshop-plus/sheets/" + sheetId + "/evaluation/points/"
                                + point.path("id").asText(),
                        token,
                        "{\"version\":" + point.path("version").asLong() + "," + body + "}"),
                200);
    }

    static JsonNode point(JsonNode evaluation, String text) {
        for (JsonNode p : evaluation.path("points")) {
            if (p.path("text").asText().equals(text)) {
                return p;
            }
        }
        throw new AssertionError("no point " + text + " in " + evaluation);
    }

    static JsonNode line(JsonNode lines, String code) {
        for (JsonNode l : lines) {
            if (l.path("code").asText().equals(code)) {
                return l;
            }
        }
        throw new AssertionError("no line " + code + " in " + lines);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            image.setRGB(x, x % 48, 0xff0000);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    HttpResponse<String> upload(String path, String token, byte[] content) throws Exception {
        String boundary = "plus" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes());
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes());
        return http.send(http.request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Evaluates the sheet: the display cracked (screen to replace, 1.5 h labour, a photo), the rest OK. */
    JsonNode evaluate(String sheetId) throws Exception {
        JsonNode evaluation = ok(http.get("/api/v1/workshop-plus/sheets/" + sheetId + "/evaluation", technician), 200);
        JsonNode display = point(evaluation, "Display");
        evaluation = answer(sheetId, display, """
                "result":"PROBLEM","defect":"Cracked","cause":"Impact","note":"Corner hit",
                "needs":[{"kind":"PART_REPLACE","itemId":"%s","quantity":1},{"kind":"LABOUR","itemId":"%s","quantity":1.5}]""".formatted(catalog.screen(), catalog.labourHour()), technician);
        // a second technician resumes the evaluation halfway
        evaluation = answer(sheetId, point(evaluation, "Battery"), "\"result\":\"OK\"", manager);
        evaluation = answer(sheetId, point(evaluation, "Charging port"), "\"result\":\"OK\"", manager);
        return evaluation;
    }

    String portalPath(JsonNode sheet) {
        return "/portal/quote/" + sheet.path("trackingCode").asText();
    }

    HttpResponse<String> portalDecide(JsonNode sheet, String quoteId, boolean accept, String comment) throws Exception {
        return http.postJson(
                portalPath(sheet) + "/decision",
                null,
                "{\"quoteId\":\"" + quoteId + "\",\"accept\":" + accept
                        + (comment == null ? "" : ",\"comment\":" + JSON.writeValueAsString(comment)) + "}",
                "ro");
    }

    static byte[] pdfAttachment(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("application/pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached to " + message.getSubject());
    }

    @Test
    void intakeEvaluationQuotePortalRepairAndSale() throws Exception {
        JsonNode sheet = intake("IMEI-PLUS-0001", true, null);
        String id = sheet.path("id").asText();
        assertThat(sheet.path("status").asText()).isEqualTo("evaluation");
        assertThat(sheet.path("plus").path("stage").asText()).isEqualTo("EVALUATION");
        assertThat(sheet.path("plus").path("problems").get(0).path("name").asText())
                .isEqualTo("Broken screen");

        // the intake protocol prints the Plus intake, in the customer's language
        HttpResponse<byte[]> intakePdf =
                http.getBytes("/api/v1/workshop/sheets/" + id + "/intake-protocol", dispatcher);
        assertThat(Pdfs.text(intakePdf.body()))
                .contains("Probleme frecvente bifate: Broken screen")
                .contains("Servicii comandate: Diagnostics × 1")
                .contains("Glass shattered, touch works");

        // a photo of the device as it came in, on the sheet itself
        String sheetPhotoId = ok(upload("/api/v1/workshop-plus/sheets/" + id + "/photos", dispatcher, png()), 201)
                .path("id")
                .asText();
        assertThat(ok(http.get("/api/v1/workshop-plus/sheets/" + id + "/photos", technician), 200)
                        .toString())
                .contains(sheetPhotoId);

        JsonNode evaluation = ok(http.get("/api/v1/workshop-plus/sheets/" + id + "/evaluation", technician), 200);
        assertThat(evaluation.path("total").asInt()).isEqualTo(3);
        JsonNode display = point(evaluation, "Display");
        assertThat(display.path("defectOptions").toString()).contains("Cracked", "Dead pixels");
        assertThat(display.path("causeOptions").toString()).contains("Impact", "Pressure");

        // bad answers change nothing
        assertThat(http.putJson(
                                "/api/v1/workshop-plus/sheets/" + id + "/evaluation/points/"
                                        + display.path("id").asText(),
                                technician,
                                "{\"version\":0,\"result\":\"PROBLEM\"}")
                        .statusCode())
                .isEqualTo(422);
        HttpResponse<String> unknownPart = http.putJson(
                "/api/v1/workshop-plus/sheets/" + id + "/evaluation/points/"
                        + display.path("id").asText(),
                technician,
                "{\"version\":0,\"result\":\"PROBLEM\",\"defect\":\"Cracked\",\"needs\":[{\"kind\":\"PART_REPLACE\","
                        + "\"itemId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}]}");
        assertThat(unknownPart.statusCode()).isEqualTo(422);
        assertThat(json(unknownPart).path("fields").toString()).contains("needs[0].itemId");
        assertThat(http.postJson("/api/v1/workshop-plus/sheets/" + id + "/evaluation/finish", technician, "{}", "en")
                        .statusCode())
                .isEqualTo(422);

        evaluation = evaluate(id);
        assertThat(evaluation.path("answered").asInt()).isEqualTo(3);
        display = point(evaluation, "Display");
        assertThat(display.path("checkedBy").asText()).isEqualTo("Fixture technician");
        assertThat(point(evaluation, "Battery").path("checkedBy").asText()).isEqualTo("Fixture manager");
        // a save over a stale version is refused
        HttpResponse<String> stale = http.putJson(
                "/api/v1/workshop-plus/sheets/" + id + "/evaluation/points/"
                        + display.path("id").asText(),
                technician,
                "{\"version\":0,\"result\":\"OK\"}");
        assertThat(stale.statusCode()).isEqualTo(409);

        // a photo of the problem; a point found OK takes none
        HttpResponse<String> photo = upload(
                "/api/v1/workshop-plus/sheets/" + id + "/evaluation/points/"
                        + display.path("id").asText() + "/photos",
                technician,
                png());
        String photoId = ok(photo, 201).path("id").asText();
        assertThat(upload(
                                "/api/v1/workshop-plus/sheets/" + id + "/evaluation/points/"
                                        + point(evaluation, "Battery")
                                                .path("id")
                                                .asText() + "/photos",
                                technician,
                                png())
                        .statusCode())
                .isEqualTo(409);
        assertThat(http.getBytes(
                                "/api/v1/workshop-plus/sheets/" + id + "/photos/" + photoId + "?thumbnail=true",
                                dispatcher)
                        .statusCode())
                .isEqualTo(200);

        JsonNode quote = ok(
                http.postJson("/api/v1/workshop-plus/sheets/" + id + "/evaluation/finish", technician, "{}", "en"),
                200);
        assertThat(quote.path("status").asText()).isEqualTo("DRAFT");
        assertThat(quote.path("lines")).hasSize(3);
        assertThat(line(quote.path("lines"), "LAB-H").path("net").decimalValue())
                .isEqualByComparingTo("180.00");
        assertThat(quote.path("net").decimalValue()).isEqualByComparingTo("680.00");
        assertThat(quote.path("vat").decimalValue()).isEqualByComparingTo("142.80");
        assertThat(quote.path("gross").decimalValue()).isEqualByComparingTo("822.80");
        String quoteId = quote.path("id").asText();

        // the desk gives a discount on the screen; a technician may not edit the quote
        String lines = """
                [{"kind":"SERVICE","itemId":"%s","quantity":1},
                 {"kind":"PART_REPLACE","itemId":"%s","quantity":1,"unitPrice":430},
                 {"kind":"LABOUR","itemId":"%s","quantity":1.5}]""".formatted(catalog.diagnostics(), catalog.screen(), catalog.labourHour());
        assertThat(http.putJson(
                                "/api/v1/workshop-plus/quotes/" + quoteId,
                                technician,
                                "{\"version\":" + quote.path("version").asLong() + ",\"lines\":" + lines + "}")
                        .statusCode())
                .isEqualTo(403);
        quote = ok(
                http.putJson(
                        "/api/v1/workshop-plus/quotes/" + quoteId,
                        dispatcher,
                        "{\"version\":" + quote.path("version").asLong() + ",\"lines\":" + lines + "}"),
                200);
        assertThat(quote.path("gross").decimalValue()).isEqualByComparingTo("798.60");
        // the screen line still points at the problem it fixes
        assertThat(line(quote.path("lines"), "SCR-13").path("pointId").asText())
                .isEqualTo(display.path("id").asText());

        // sent: the PDF issued and e-mailed with the portal link, the sheet waits for the customer
        quote = ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + quoteId + "/send",
                        dispatcher,
                        "{\"version\":" + quote.path("version").asLong() + "}",
                        "en"),
                200);
        assertThat(quote.path("status").asText()).isEqualTo("SENT");
        assertThat(quote.path("sentTo").asText()).isEqualTo("ioana@example.ro");
        assertThat(ok(http.get("/api/v1/workshop/sheets/" + id, dispatcher), 200)
                        .path("status")
                        .asText())
                .isEqualTo("quote_sent");
        worker.deliverDue(tenant, Instant.now().plusSeconds(1));
        GreenMail smtp = mail.smtp();
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage mailed = smtp.getReceivedMessages()[0];
        assertThat(mailed.getSubject())
                .startsWith("Ofertă de reparație " + sheet.path("number").asText() + "/1");
        String quoteText = Pdfs.text(pdfAttachment(mailed));
        assertThat(quoteText)
                .contains("Ioana Marin", "IMEI-PLUS-0001", "Cracked", "Impact", "Screen assembly 13", "SCR-13")
                .contains("798,60");
        // the PDF is kept as issued
        HttpResponse<byte[]> issued = http.getBytes("/api/v1/workshop-plus/quotes/" + quoteId + "/pdf", dispatcher);
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.body()).isEqualTo(pdfAttachment(mailed));

        // the customer reads it on the portal, with the code they hold
        JsonNode shown = ok(http.get(portalPath(sheet), null), 200);
        assertThat(shown.path("decidable").asBoolean()).isTrue();
        assertThat(shown.path("gross").decimalValue()).isEqualByComparingTo("798.60");
        assertThat(shown.path("problems").get(0).path("defect").asText()).isEqualTo("Cracked");
        assertThat(shown.toString()).doesNotContain("unitCost").doesNotContain("\"cost\"");
        // photos of the problems reach the portal only when the workshop allows it
        assertThat(shown.path("photos")).isEmpty();
        assertThat(http.get(portalPath(sheet) + "/photos/" + photoId, null).statusCode())
                .isEqualTo(404);
        JsonNode settings = ok(http.get("/api/v1/workshop-plus/settings", admin), 200);
        ((tools.jackson.databind.node.ObjectNode) settings).put("portalPhotos", true);
        ok(http.putJson("/api/v1/workshop-plus/settings", admin, settings.toString()), 200);
        shown = ok(http.get(portalPath(sheet), null), 200);
        assertThat(shown.path("photos")).hasSize(2);
        assertThat(shown.path("photos").get(0).path("id").asText()).isEqualTo(sheetPhotoId);
        assertThat(shown.path("photos").get(1).path("id").asText()).isEqualTo(photoId);
        assertThat(shown.path("photos").get(1).path("point").asText()).isEqualTo("Display");
        assertThat(shown.path("photos").get(1).has("pointId")).isFalse();
        assertThat(http.getBytes(portalPath(sheet) + "/photos/" + sheetPhotoId, null)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> portalPhoto = http.getBytes(portalPath(sheet) + "/photos/" + photoId, null);
        assertThat(portalPhoto.statusCode()).isEqualTo(200);
        assertThat(portalPhoto.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(http.get(portalPath(sheet) + "/photos/" + UUID.randomUUID(), null)
                        .statusCode())
                .isEqualTo(404);

        // the portal and the desk accept at the same moment: accepted once
        CompletableFuture<HttpResponse<String>> online =
                CompletableFuture.supplyAsync(() -> call(() -> portalDecide(sheet, quoteId, true, "Da, vă rog")));
        CompletableFuture<HttpResponse<String>> desk = CompletableFuture.supplyAsync(() -> call(() -> http.postJson(
                "/api/v1/workshop-plus/quotes/" + quoteId + "/decision",
                dispatcher,
                "{\"accept\":true,\"channel\":\"PHONE\",\"decidedBy\":\"Ioana Marin\"}",
                "en")));
        assertThat(online.get().statusCode()).as(online.get().body()).isEqualTo(200);
        assertThat(desk.get().statusCode()).as(desk.get().body()).isEqualTo(200);
        assertThat(events.of(QuoteAccepted.class, UUID.fromString(id))).hasSize(1);
        QuoteAccepted accepted =
                events.of(QuoteAccepted.class, UUID.fromString(id)).getFirst();
        assertThat(accepted.tenant()).isEqualTo(tenant);
        assertThat(accepted.lines()).anySatisfy(l -> {
            assertThat(l.partId()).isEqualTo(catalog.screen());
            assertThat(l.quantity()).isEqualByComparingTo("1");
        });
        // decided: declining now is a conflict
        assertThat(portalDecide(sheet, quoteId, false, null).statusCode()).isEqualTo(409);
        assertThat(ok(http.get("/api/v1/workshop/sheets/" + id, dispatcher), 200)
                        .path("status")
                        .asText())
                .isEqualTo("in_repair");

        // repair: the accepted quote is the checklist
        JsonNode checklist = ok(http.get("/api/v1/workshop-plus/sheets/" + id + "/repair", technician), 200);
        assertThat(checklist).hasSize(3);
        assertThat(http.postJson("/api/v1/workshop-plus/sheets/" + id + "/complete", technician, "{}", "en")
                        .statusCode())
                .isEqualTo(422);
        mark(id, line(checklist, "DIAG"), "DONE", null, 200);
        mark(id, line(checklist, "SCR-13"), "DONE", null, 200);
        mark(id, line(checklist, "LAB-H"), "CHANGED", null, 422);
        mark(id, line(checklist, "LAB-H"), "CHANGED", "Also cleaned the speaker grille", 200);

        // extra work found: a supplementary quote the customer accepts again
        JsonNode extra = ok(
                http.postJson(
                        "/api/v1/workshop-plus/sheets/" + id + "/repair/supplementary",
                        technician,
                        "{\"lines\":[{\"kind\":\"PART_REPLACE\",\"itemId\":\"" + catalog.battery()
                                + "\",\"quantity\":1}]}",
                        "en"),
                201);
        assertThat(extra.path("supplementary").asBoolean()).isTrue();
        assertThat(http.postJson("/api/v1/workshop-plus/sheets/" + id + "/complete", technician, "{}", "en")
                        .statusCode())
                .isEqualTo(409);
        extra = ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + extra.path("id").asText() + "/send",
                        dispatcher,
                        "{\"version\":" + extra.path("version").asLong() + "}",
                        "en"),
                200);
        ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + extra.path("id").asText() + "/decision",
                        dispatcher,
                        "{\"accept\":true,\"channel\":\"DESK\",\"decidedBy\":\"Ioana Marin\",\"comment\":\"ok\"}",
                        "en"),
                200);
        assertThat(events.of(QuoteAccepted.class, UUID.fromString(id))).hasSize(2);
        checklist = ok(http.get("/api/v1/workshop-plus/sheets/" + id + "/repair", technician), 200);
        assertThat(checklist).hasSize(4);
        mark(id, line(checklist, "BAT-13"), "DONE", null, 200);

        JsonNode completed =
                ok(http.postJson("/api/v1/workshop-plus/sheets/" + id + "/complete", technician, "{}", "en"), 200);
        assertThat(completed.path("status").asText()).isEqualTo("ready");
        assertThat(completed.path("plus").path("stage").asText()).isEqualTo("COMPLETED");
        List<WorkshopSaleCompleted> sales = events.of(WorkshopSaleCompleted.class, UUID.fromString(id));
        assertThat(sales).hasSize(1);
        WorkshopSaleCompleted sale = sales.getFirst();
        assertThat(sale.lines()).hasSize(4);
        assertThat(sale.net()).isEqualByComparingTo("810.00");
        assertThat(sale.vat()).isEqualByComparingTo("170.10");
        assertThat(sale.gross()).isEqualByComparingTo("980.10");
        assertThat(sale.cost()).isEqualByComparingTo("480.00");
        // the device goes back through Simple's hand-over; its protocol lists what was sold, with VAT
        ok(
                http.postJson(
                        "/api/v1/workshop/sheets/" + id + "/handover", dispatcher, "{\"finalNotes\":\"Tested\"}", null),
                200);
        String handover = Pdfs.text(http.getBytes("/api/v1/workshop/sheets/" + id + "/handover-protocol", dispatcher)
                .body());
        assertThat(handover).contains("Screen assembly 13", "Battery 13", "Bench labour", "810,00", "980,10");
        // completing again is refused: the sheet is no longer in repair
        assertThat(http.postJson("/api/v1/workshop-plus/sheets/" + id + "/complete", technician, "{}", "en")
                        .statusCode())
                .isEqualTo(409);

        // the equipment card's history tells the evaluation (with its photo) and the end, linking to the sheet
        UUID equipmentId = UUID.fromString(ok(http.get("/api/v1/workshop/sheets/" + id, dispatcher), 200)
                .path("equipmentId")
                .asText());
        List<com.intervo.crm.TimelineEntry> history = com.intervo.testsupport.ActingAs.as(
                tenant,
                "dispatcher",
                () -> tx.execute(
                        s -> timeline.of(equipmentService.find(equipmentId).orElseThrow())));
        assertThat(history)
                .anySatisfy(e -> {
                    assertThat(e.titleKey()).isEqualTo("workshopplus.timeline.evaluated");
                    assertThat(e.detail()).contains("Display – Cracked").contains("📷 1");
                    assertThat(e.route()).isEqualTo("workshop-plus/sheets/" + id);
                })
                .anySatisfy(e -> assertThat(e.titleKey()).isEqualTo("workshopplus.timeline.COMPLETED"))
                .anySatisfy(e -> assertThat(e.titleKey()).isEqualTo("workshopplus.timeline.quote-ACCEPTED"));

        // statistics per repair type see the sheet
        LocalDate today = LocalDate.now();
        JsonNode stats = ok(
                http.get(
                        "/api/v1/workshop-plus/reports/statistics?from=" + today.minusDays(1) + "&to="
                                + today.plusDays(1),
                        manager),
                200);
        JsonNode smartphones = stats.path("types").get(0);
        assertThat(smartphones.path("equipmentType").asText()).isEqualTo("Smartphone");
        assertThat(smartphones.path("completed").asInt()).isEqualTo(1);
        assertThat(smartphones.path("revenue").decimalValue()).isEqualByComparingTo("810.00");
        assertThat(smartphones.path("margin").decimalValue()).isEqualByComparingTo("330.00");
        assertThat(smartphones.path("acceptanceRate").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(stats.path("defects").get(0).path("text").asText()).isEqualTo("Cracked");
        assertThat(http.get("/api/v1/workshop-plus/reports/statistics?from=" + today + "&to=" + today, technician)
                        .statusCode())
                .isEqualTo(403);
    }

    void mark(String sheetId, JsonNode line, String state, String note, int status) throws Exception {
        HttpResponse<String> answer = http.putJson(
                "/api/v1/workshop-plus/sheets/" + sheetId + "/repair/lines/"
                        + line.path("id").asText(),
                technician,
                "{\"state\":\"" + state + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    }

    interface Call<T> {
        T run() throws Exception;
    }

    static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void declinedOnThePortalEndsUnrepairedWithTheEvaluationFee() throws Exception {
        JsonNode settings = ok(http.get("/api/v1/workshop-plus/settings", admin), 200);
        assertThat(http.putJson("/api/v1/workshop-plus/settings", dispatcher, settings.toString())
                        .statusCode())
                .isEqualTo(403);
        ((tools.jackson.databind.node.ObjectNode) settings).put("evaluationFee", 30);
        String changed = settings.toString();
        assertThat(ok(http.putJson("/api/v1/workshop-plus/settings", admin, changed), 200)
                        .path("evaluationFee")
                        .decimalValue())
                .isEqualByComparingTo("30");
        assertThat(http.putJson("/api/v1/workshop-plus/settings", admin, changed)
                        .statusCode())
                .as("stale settings")
                .isEqualTo(409);

        // no evaluation: the quote is the services ordered
        JsonNode sheet = intake("IMEI-PLUS-0002", false, null);
        String id = sheet.path("id").asText();
        assertThat(sheet.path("plus").path("stage").asText()).isEqualTo("QUOTE");
        JsonNode quote = ok(http.get("/api/v1/workshop-plus/sheets/" + id + "/quotes", dispatcher), 200)
                .get(0);
        assertThat(quote.path("lines")).hasSize(1);
        // a revision keeps the sent version as issued and opens the next
        quote = ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + quote.path("id").asText() + "/send",
                        dispatcher,
                        "{\"version\":" + quote.path("version").asLong() + ",\"emailTo\":\"other@example.ro\"}",
                        "en"),
                200);
        assertThat(quote.path("sentTo").asText()).isEqualTo("other@example.ro");
        JsonNode second = ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + quote.path("id").asText() + "/revise",
                        dispatcher,
                        "{\"version\":" + quote.path("version").asLong() + "}",
                        "en"),
                200);
        assertThat(second.path("number").asInt()).isEqualTo(2);
        // the superseded quote can no longer be decided on the portal
        assertThat(portalDecide(sheet, quote.path("id").asText(), true, null).statusCode())
                .isEqualTo(409);
        second = ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + second.path("id").asText() + "/send",
                        dispatcher,
                        "{\"version\":" + second.path("version").asLong() + "}",
                        "en"),
                200);
        JsonNode all = ok(http.get("/api/v1/workshop-plus/sheets/" + id + "/quotes", dispatcher), 200);
        assertThat(all.get(0).path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(all.get(0).path("fileId").asText()).isNotBlank();

        assertThat(portalDecide(sheet, second.path("id").asText(), false, "Prea scump")
                        .statusCode())
                .isEqualTo(200);
        JsonNode after = ok(http.get("/api/v1/workshop-plus/sheets/" + id, dispatcher), 200);
        assertThat(after.path("status").asText()).isEqualTo("return_unrepaired");
        assertThat(after.path("plus").path("stage").asText()).isEqualTo("DECLINED");
        assertThat(after.path("plus").path("outcomeNote").asText()).isEqualTo("Prea scump");
        assertThat(events.of(QuoteAccepted.class, UUID.fromString(id))).isEmpty();
        WorkshopSaleCompleted fee =
                events.of(WorkshopSaleCompleted.class, UUID.fromString(id)).getFirst();
        assertThat(fee.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.kind()).isEqualTo("FEE"));
        assertThat(fee.net()).isEqualByComparingTo("30.00");
        assertThat(fee.gross()).isEqualByComparingTo("36.30");
        // the device goes back through Simple's hand-over, its protocol listing the evaluation fee
        assertThat(http.postJson(
                                "/api/v1/workshop/sheets/" + id + "/handover",
                                dispatcher,
                                "{\"finalNotes\":\"Returned\"}",
                                null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Pdfs.text(http.getBytes("/api/v1/workshop/sheets/" + id + "/handover-protocol", dispatcher)
                        .body()))
                .contains("Taxă de evaluare", "36,30");
    }

    @Test
    void irreparableForLackOfPartsIsListedForCallBacks() throws Exception {
        JsonNode sheet = intake("IMEI-PLUS-0003", true, null);
        String id = sheet.path("id").asText();
        assertThat(http.postJson(
                                "/api/v1/workshop-plus/sheets/" + id + "/irreparable",
                                technician,
                                "{\"parts\":[]}",
                                "en")
                        .statusCode())
                .isEqualTo(422);
        JsonNode ended = ok(
                http.postJson(
                        "/api/v1/workshop-plus/sheets/" + id + "/irreparable",
                        technician,
                        "{\"parts\":[{\"partId\":\"" + catalog.screen() + "\"},{\"name\":\"Flex cable FX-2\"}],"
                                + "\"note\":\"No compatible display in the market\"}",
                        "en"),
                200);
        assertThat(ended.path("status").asText()).isEqualTo("no_parts");
        assertThat(ended.path("plus").path("stage").asText()).isEqualTo("IRREPARABLE");
        JsonNode report = ok(http.get("/api/v1/workshop-plus/reports/irreparable", dispatcher), 200);
        assertThat(report.toString()).contains("Screen assembly 13", "Flex cable FX-2", "Ioana Marin", "0722 333 444");
        assertThat(http.postJson("/api/v1/workshop-plus/sheets/" + id + "/evaluation/finish", technician, "{}", "en")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void warrantyLinesCostTheCustomerNothingAndKeepTheirCost() throws Exception {
        HttpResponse<String> noClaim = http.postJson(
                "/api/v1/workshop-plus/sheets",
                dispatcher,
                intakeJson("IMEI-PLUS-0004", false, "\"warranty\":\"MANUFACTURER\""),
                "en");
        assertThat(noClaim.statusCode()).isEqualTo(422);
        assertThat(json(noClaim).path("fields").toString()).contains("warrantyClaim");
        HttpResponse<String> noWarranty = http.postJson(
                "/api/v1/workshop-plus/sheets",
                dispatcher,
                intakeJson("IMEI-PLUS-0004", false, "\"warranty\":\"EQUIPMENT\""),
                "en");
        assertThat(noWarranty.statusCode()).isEqualTo(422);
        JsonNode sheet =
                intake("IMEI-PLUS-0004", false, "\"warranty\":\"MANUFACTURER\",\"warrantyClaim\":\"RMA-7781\"");
        JsonNode quote = ok(
                        http.get(
                                "/api/v1/workshop-plus/sheets/"
                                        + sheet.path("id").asText() + "/quotes",
                                dispatcher),
                        200)
                .get(0);
        assertThat(quote.path("lines").get(0).path("warranty").asBoolean()).isTrue();
        assertThat(quote.path("gross").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(quote.path("cost").decimalValue()).isEqualByComparingTo("10.00");
        LocalDate today = LocalDate.now();
        JsonNode report = ok(
                http.get(
                        "/api/v1/workshop-plus/reports/warranty?from=" + today.minusDays(1) + "&to="
                                + today.plusDays(1),
                        manager),
                200);
        assertThat(report.toString()).contains("RMA-7781");
    }

    @Test
    void aReverseChargeQuoteCarriesNoVatAndSaysSo() throws Exception {
        JsonNode sheet = intake("IMEI-PLUS-0010", false, "\"reverseCharge\":true");
        JsonNode quote = ok(
                        http.get(
                                "/api/v1/workshop-plus/sheets/"
                                        + sheet.path("id").asText() + "/quotes",
                                dispatcher),
                        200)
                .get(0);
        assertThat(quote.path("reverseCharge").asBoolean()).isTrue();
        assertThat(quote.path("net").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(quote.path("vat").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(quote.path("gross").decimalValue()).isEqualByComparingTo("50.00");
        ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + quote.path("id").asText() + "/send",
                        dispatcher,
                        "{\"version\":" + quote.path("version").asLong() + "}",
                        "en"),
                200);
        assertThat(Pdfs.text(http.getBytes(
                                "/api/v1/workshop-plus/quotes/"
                                        + quote.path("id").asText() + "/pdf",
                                dispatcher)
                        .body()))
                .contains("Taxare inversă");
    }

    @Test
    void badIntakesAreRefusedAndLeaveNothing() throws Exception {
        // a problem of another equipment type, an unknown service, no type, too many decimals
        HttpResponse<String> otherType = http.postJson(
                "/api/v1/workshop-plus/sheets",
                dispatcher,
                intakeJson("IMEI-PLUS-0005", true, null)
                        .replace(
                                catalog.brokenScreen().toString(),
                                catalog.otherTypeProblem().toString()),
                "en");
        assertThat(otherType.statusCode()).isEqualTo(422);
        assertThat(json(otherType).path("fields").toString()).contains("problemIds");
        HttpResponse<String> badQuantity = http.postJson(
                "/api/v1/workshop-plus/sheets",
                dispatcher,
                intakeJson("IMEI-PLUS-0005", true, null).replace("\"quantity\":1", "\"quantity\":0.0001"),
                "en");
        assertThat(badQuantity.statusCode()).isEqualTo(422);
        HttpResponse<String> noType = http.postJson(
                "/api/v1/workshop-plus/sheets",
                dispatcher,
                intakeJson("IMEI-PLUS-0005", true, null).replace("\"typeId\":\"" + catalog.typeId() + "\",", ""),
                "ro");
        assertThat(noType.statusCode()).isEqualTo(422);
        assertThat(json(noType).path("detail").asText()).contains("Alegeți tipul de echipament");
        // Simple's own checks still apply, and nothing of the Plus rows stays behind
        HttpResponse<String> noProblem = http.postJson(
                "/api/v1/workshop-plus/sheets",
                dispatcher,
                intakeJson("IMEI-PLUS-0005", true, null).replace("Screen cracked after a fall", " "),
                "en");
        assertThat(noProblem.statusCode()).isEqualTo(422);
        assertThat(ok(http.get("/api/v1/workshop/sheets?q=IMEI-PLUS-0005", dispatcher), 200)
                        .path("total")
                        .asInt())
                .isZero();
        // a technician does not take devices in
        assertThat(http.postJson(
                                "/api/v1/workshop-plus/sheets",
                                technician,
                                intakeJson("IMEI-PLUS-0006", true, null),
                                "en")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSimpleWorkspaceIsRefusedEveryPlusRouteAndKeepsWorking() throws Exception {
        TenantId simple = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        String desk = fixtures.token(simple, "dispatcher");
        String bench = fixtures.token(simple, "technician");
        UUID any = UUID.randomUUID();
        for (String path : List.of(
                "/api/v1/workshop-plus/settings",
                "/api/v1/workshop-plus/sheets/" + any,
                "/api/v1/workshop-plus/sheets/" + any + "/evaluation",
                "/api/v1/workshop-plus/sheets/" + any + "/quotes",
                "/api/v1/workshop-plus/sheets/" + any + "/repair",
                "/api/v1/workshop-plus/quotes/" + any,
                "/api/v1/workshop-plus/reports/irreparable")) {
            assertThat(http.get(path, desk).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(http.postJson("/api/v1/workshop-plus/sheets", desk, intakeJson("IMEI-S-1", true, null), "en")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.postJson("/api/v1/workshop-plus/sheets/" + any + "/complete", bench, "{}", "en")
                        .statusCode())
                .isEqualTo(403);
        // Simple goes on as before, and its tracking code shows no quote
        HttpResponse<String> created = http.postJson("/api/v1/workshop/sheets", desk, """
                {"customer":{"name":"Simple Customer"},"equipment":{"serialNumber":"IMEI-S-2"},"problem":"Dead"}""", "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String code = json(created).path("trackingCode").asText();
        assertThat(http.get("/portal/quote/" + code, null).statusCode()).isEqualTo(404);
        // the statuses of Plus's stages are not set by hand (here or in a Plus workspace)
        HttpResponse<String> byHand = http.postJson(
                "/api/v1/workshop/sheets/" + json(created).path("id").asText() + "/status",
                bench,
                "{\"status\":\"quote_sent\"}",
                "en");
        assertThat(byHand.statusCode()).isEqualTo(422);
        assertThat(json(byHand).path("detail").asText()).contains("not by hand");
        assertThat(http.get("/portal/api/track/" + code, null).statusCode()).isEqualTo(200);
    }

    @Test
    void twoPlusWorkspacesAreKeptApart() throws Exception {
        JsonNode sheet = intake("IMEI-PLUS-0007", false, null);
        String id = sheet.path("id").asText();
        JsonNode quote = ok(http.get("/api/v1/workshop-plus/sheets/" + id + "/quotes", dispatcher), 200)
                .get(0);
        String quoteId = quote.path("id").asText();
        ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + quoteId + "/send",
                        dispatcher,
                        "{\"version\":" + quote.path("version").asLong() + "}",
                        "en"),
                200);

        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE, ModuleKey.WORKSHOP_PLUS);
        PlusCatalog otherCatalog = PlusCatalog.create(catalogService, other, workspace.currency(other));
        String otherDesk = fixtures.token(other, "dispatcher");
        for (String path : List.of(
                "/api/v1/workshop-plus/sheets/" + id,
                "/api/v1/workshop-plus/sheets/" + id + "/evaluation",
                "/api/v1/workshop-plus/sheets/" + id + "/quotes",
                "/api/v1/workshop-plus/quotes/" + quoteId,
                "/api/v1/workshop-plus/quotes/" + quoteId + "/pdf")) {
            assertThat(http.get(path, otherDesk).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(http.postJson(
                                "/api/v1/workshop-plus/quotes/" + quoteId + "/decision",
                                otherDesk,
                                "{\"accept\":true,\"channel\":\"PHONE\",\"decidedBy\":\"x\"}",
                                "en")
                        .statusCode())
                .isEqualTo(404);
        assertThat(ok(http.get("/api/v1/workshop-plus/reports/irreparable", otherDesk), 200))
                .isEmpty();

        // the other workspace's customer cannot decide this quote with their own code
        String otherJson = intakeJson("IMEI-PLUS-0008", false, null)
                .replace(catalog.typeId().toString(), otherCatalog.typeId().toString())
                .replace(
                        catalog.brokenScreen().toString(),
                        otherCatalog.brokenScreen().toString())
                .replace(
                        catalog.diagnostics().toString(),
                        otherCatalog.diagnostics().toString());
        JsonNode otherSheet = ok(http.postJson("/api/v1/workshop-plus/sheets", otherDesk, otherJson, "en"), 201);
        assertThat(portalDecide(otherSheet, quoteId, true, null).statusCode()).isEqualTo(404);
        assertThat(ok(http.get("/api/v1/workshop-plus/quotes/" + quoteId, dispatcher), 200)
                        .path("status")
                        .asText())
                .isEqualTo("SENT");
    }

    @Test
    void hostilePortalInputIsRefusedPlainly() throws Exception {
        JsonNode sheet = intake("IMEI-PLUS-0009", false, null);
        JsonNode quote = ok(
                        http.get(
                                "/api/v1/workshop-plus/sheets/"
                                        + sheet.path("id").asText() + "/quotes",
                                dispatcher),
                        200)
                .get(0);
        String quoteId = quote.path("id").asText();
        // nothing sent yet: nothing to show
        assertThat(http.get(portalPath(sheet), null).statusCode()).isEqualTo(404);
        ok(
                http.postJson(
                        "/api/v1/workshop-plus/quotes/" + quoteId + "/send",
                        dispatcher,
                        "{\"version\":" + quote.path("version").asLong() + "}",
                        "en"),
                200);
        for (String code : List.of("AAAA-BBBB-CCCC", "'%20or%201=1--", "x".repeat(300))) {
            HttpResponse<String> answer = http.get("/portal/quote/" + code, null);
            assertThat(answer.statusCode()).as(code).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        }
        assertThat(http.postJson(portalPath(sheet) + "/decision", null, "{\"quoteId\":\"" + quoteId + "\"}", "en")
                        .statusCode())
                .isEqualTo(422);
        assertThat(http.postJson(
                                portalPath(sheet) + "/decision",
                                null,
                                "{\"quoteId\":\"not-a-uuid\",\"accept\":true}",
                                "en")
                        .statusCode())
                .isBetween(400, 422);
        assertThat(portalDecide(sheet, quoteId, true, "x".repeat(2001)).statusCode())
                .isEqualTo(422);
        assertThat(portalDecide(sheet, UUID.randomUUID().toString(), true, null).statusCode())
                .isEqualTo(404);
        assertThat(ok(http.get("/api/v1/workshop-plus/quotes/" + quoteId, dispatcher), 200)
                        .path("status")
                        .asText())
                .isEqualTo("SENT");
        // the portal's limits count these look-ups too
        portal.resetLimits();
        int refused = 0;
        for (int i = 0; i < 15; i++) {
            if (http.get("/portal/quote/ZZZZ-ZZZZ-ZZZ" + (char) ('A' + i), null).statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
        portal.resetLimits();
    }
}
