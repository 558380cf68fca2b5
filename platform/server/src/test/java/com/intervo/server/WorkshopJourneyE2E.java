package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.intervo.kernel.mail.OutboxWorker;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.TrackingPortal;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workshop's whole loop in Chromium: intake → protocol PDF → the technician logs work and asks a question →
 * the receptionist answers → ready → the customer's e-mail arrives (GreenMail) → the portal shows "Ready" →
 * hand-over PDF. In a copy of the demo workspace made for the test.
 */
@TenantIntegrationTest
class WorkshopJourneyE2E {

    private static final String CUSTOMER_MAIL = "journey.customer@journey.example";
    private static final String CUSTOMER = "Ștefan Mureșan";

    @Autowired
    DemoWorkspaces demoWorkspaces;

    String workspace;

    @LocalServerPort
    int port;

    @Autowired
    OutboxWorker outbox;

    @Autowired
    TrackingPortal portal;

    @RegisterExtension
    static final MailCatcher catcher = new MailCatcher();

    @AfterEach
    void tearDown() {
        Chromium.stop();
        portal.resetLimits();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String user) {
        WebDriverRunner.getWebDriver().manage().deleteAllCookies();
        open(url("/login"));
        $("#workspace input").setValue(workspace);
        $("#username input").setValue(user);
        $("#password input").setValue(DemoWorkspaces.PASSWORD);
        click("#sign-in");
        $("#home-view").shouldBe(visible);
    }

    /** Scrolls the element to the middle of the window first: forms are longer than the window. */
    private static void click(String selector) {
        $(selector).shouldBe(visible).scrollIntoView("{block: 'center'}").click();
    }

    private static void pickStatus(String label) {
        $("#sheet-new-status input")
                .shouldBe(visible)
                .scrollIntoView("{block: 'center'}")
                .setValue(label);
        $$("vaadin-combo-box-item").filterBy(visible).findBy(text(label)).click();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The protocol's text as PDFBox reads it, lines stripped, runs of spaces made one. */
    private static String pdfText(File file, String keepAs) throws Exception {
        byte[] bytes = Files.readAllBytes(file.toPath());
        com.intervo.dispatch.PdfImages.keep(keepAs, bytes);
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("[ \\t]+", " ");
        }
    }

    @Test
    void intakeQuestionAnswerReadyMailPortalAndHandOver() throws Exception {
        portal.resetLimits();
        workspace = demoWorkspaces.likeDemo().key();
        Chromium.start(1280, 1000);
        com.codeborne.selenide.Configuration.downloadsFolder = "target/downloads";

        // the receptionist takes the device in
        signIn("dispatcher");
        open(url("/workshop/intake"));
        $$("#intake-customer-mode vaadin-radio-button")
                .findBy(text("New customer"))
                .click();
        $("#intake-customer-name input").shouldBe(visible).setValue(CUSTOMER);
        $("#intake-customer-phone input").setValue("0711 222 333");
        $("#intake-customer-email input").setValue(CUSTOMER_MAIL);
        $("#intake-serial input").setValue("E2E-IMEI-490154203237518");
        $("#intake-device-name input").setValue("Google Pixel 7");
        $("#intake-problem textarea").setValue("The phone reboots when the camera starts");
        $("#intake-accessories input").setValue("charger, case");
        $("#intake-estimate input").setValue("350");
        click("#intake-save");
        $("#sheet-title").shouldHave(text("FS-"));
        String code = $("#sheet-tracking-code").shouldBe(visible).getText().replace("-", "");
        String sheetUrl = WebDriverRunner.url();
        String number = $("#sheet-title").getText();
        // the protocol in the customer's language (the desk's, English): shop, customer with diacritics, device,
        // estimate, tracking code and the shipped terms
        String intake = pdfText($("#sheet-intake-pdf").download(), "journey-intake.pdf");
        assertThat(intake)
                .contains(
                        "Demo Service SRL",
                        "Intake protocol",
                        number,
                        "Customer " + CUSTOMER,
                        "Serial no. / ID E2E-IMEI-490154203237518",
                        "Manufacturer / model Google Pixel 7",
                        "Accessories charger, case",
                        "The phone reboots when the camera starts",
                        "Estimated cost: 350.00 RON",
                        "/track/" + code,
                        "Terms and conditions",
                        "The equipment is accepted for diagnosis and repair on the basis of this protocol",
                        "Repairs carry a 3-month warranty on the work done and on the parts replaced.");
        Selenide.screenshot("workshop-intake-sheet");

        // the same phone typed as a new customer again: the desk is shown the match and uses it
        open(url("/workshop/intake"));
        $$("#intake-customer-mode vaadin-radio-button")
                .findBy(text("New customer"))
                .click();
        $("#intake-customer-name input").shouldBe(visible).setValue(CUSTOMER);
        $("#intake-customer-phone input").setValue("+40 711 222 333");
        $("#intake-serial input").setValue("E2E-IMEI-SECOND-DEVICE");
        $("#intake-device-name input").setValue("Tablet");
        $("#intake-problem textarea").setValue("Cracked screen");
        click("#intake-save");
        $("#intake-duplicates").shouldBe(visible).shouldHave(text(CUSTOMER), text("0711 222 333"));
        Selenide.screenshot("workshop-intake-duplicates");
        $("#intake-use-customer-0").click();
        $("#sheet-title").shouldHave(text("FS-"));
        $("#sheet-view").shouldHave(text(CUSTOMER));

        // the technician takes it, logs work and asks a question
        signIn("technician");
        open(sheetUrl);
        click("#sheet-take");
        $("#sheet-status").shouldHave(text("In work"));
        $("#entry-text textarea").setValue("Reseated the camera flex cable");
        $("#entry-minutes input").setValue("35");
        $("#entry-cost input").setValue("120");
        click("#entry-add");
        $("#sheet-log").shouldHave(text("Reseated the camera flex cable"));
        pickStatus("Question");
        $("#sheet-status-note input").setValue("Battery swollen: replace it for 180 RON?");
        click("#sheet-set-status");
        $("#sheet-question-open").shouldBe(visible);

        // the receptionist is alerted and logs the answer
        signIn("dispatcher");
        $("#notifications-badge").shouldBe(visible);
        click("#notifications-bell");
        $("#notifications-list").shouldHave(text("Battery swollen"));
        $$("#notifications-list .intervo-notification")
                .findBy(text("Battery swollen"))
                .click();
        $("#sheet-answer textarea").shouldBe(visible).setValue("Yes, replace the battery");
        click("#sheet-save-answer");
        $("#sheet-status").shouldHave(text("In work"));
        $("#sheet-question-open").shouldNot(com.codeborne.selenide.Condition.exist);

        // the technician finishes: ready
        signIn("technician");
        open(sheetUrl);
        $("#entry-text textarea").setValue("Replaced the battery");
        $("#entry-minutes input").setValue("20");
        $("#entry-cost input").setValue("180");
        click("#entry-add");
        $("#sheet-log").shouldHave(text("Replaced the battery"));
        pickStatus("Ready");
        click("#sheet-set-status");
        $("#sheet-status").shouldHave(text("Ready"));

        // the customer's e-mail arrives once the outbox worker runs
        outbox.deliverDue(new TenantId(workspace), Instant.now());
        assertThat(catcher.smtp().waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(catcher.smtp().getReceivedMessages())
                .filter(m -> recipients(m).contains(CUSTOMER_MAIL))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).startsWith("Your device is ready");
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains(code);

        // the customer checks the portal, no sign-in
        WebDriverRunner.getWebDriver().manage().deleteAllCookies();
        open(url("/track/" + code));
        $("#track-status").shouldHave(text("Ready"));
        $("#track-intake-pdf").shouldBe(visible);
        // who to call, about which device, and what it costs (the two entries of work)
        $("#track-view").shouldHave(text("Google Pixel 7"));
        $("#track-amount").shouldHave(text("Amount due"), text("300"));
        $("#track-shop").shouldBe(visible).shouldNotBe(com.codeborne.selenide.Condition.empty);
        assertReadable("#track-status");
        Selenide.screenshot("workshop-portal-ready");

        // hand-over at the desk
        signIn("dispatcher");
        open(sheetUrl);
        click("#sheet-hand-over");
        $("#handover-notes textarea").shouldBe(visible).setValue("Tested with the customer");
        click("#handover-confirm");
        $("#sheet-status").shouldHave(text("Handed over"));
        $("#sheet-handover-pdf").shouldHave(attribute("href"));
        // the hand-over protocol: the same customer and device, each charged piece of work, the total, the notes
        String handover = pdfText($("#sheet-handover-pdf").download(), "journey-handover.pdf");
        assertThat(handover)
                .contains(
                        "Handover protocol",
                        number,
                        "Customer " + CUSTOMER,
                        "Serial no. / ID E2E-IMEI-490154203237518",
                        "Reseated the camera flex cable 1 120.00 120.00",
                        "Replaced the battery 1 180.00 180.00",
                        "Subtotal 300.00 RON",
                        "Total 300.00 RON",
                        "Tested with the customer",
                        "Terms and conditions");
        Selenide.screenshot("workshop-handed-over");

        // the queue and the portal work at phone width
        WebDriverRunner.getWebDriver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open(url("/workshop/queue"));
        $("#queue-grid").shouldBe(visible);
        $("#queue-search").shouldBe(visible);
        Selenide.screenshot("workshop-queue-phone");
        open(url("/workshop/intake"));
        $("#intake-serial").shouldBe(visible);
        Selenide.screenshot("workshop-intake-phone");
        WebDriverRunner.getWebDriver().manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        WebDriverRunner.getWebDriver().manage().deleteAllCookies();
        open(url("/track/" + code));
        $("#track-shop").shouldBe(visible);
        $("#track-amount").shouldBe(visible);
        assertReadable("#track-status");
        Selenide.screenshot("workshop-portal-phone");
    }

    /** The badge's text against its own background, as the browser paints them: at least 4.5:1 (WCAG AA). */
    static void assertReadable(String selector) {
        String colours = Selenide.executeJavaScript(
                "const s = getComputedStyle(arguments[0]);" + " return s.color + '|' + s.backgroundColor;",
                $(selector).shouldBe(visible).toWebElement());
        String[] pair = colours.split("\\|");
        assertThat(com.intervo.kernel.customization.StatusColours.contrast(hex(pair[0]), hex(pair[1])))
                .as(selector + " " + colours)
                .isGreaterThanOrEqualTo(4.5);
    }

    private static String hex(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        return String.format(
                "#%02x%02x%02x",
                Integer.parseInt(parts[0].split("\\.")[0]),
                Integer.parseInt(parts[1].split("\\.")[0]),
                Integer.parseInt(parts[2].split("\\.")[0]));
    }
}
