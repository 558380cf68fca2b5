package com.intervo.server;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.intervo.kernel.mail.OutboxWorker;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.TrackingPortal;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Workshop Plus in Chromium, in a copy of the demo workspace (its laptop catalog): the receptionist takes a laptop
 * in with its type, a common problem and a service ordered; the technician evaluates it (a cracked screen needing a
 * display, the rest OK); the receptionist sends the quote (e-mailed, GreenMail); the customer accepts it on the
 * tracking portal at phone width (375 px); the technician works the repair checklist and completes it. Screenshots
 * in target/screenshots.
 */
@TenantIntegrationTest
class WorkshopPlusJourneyE2E {

    private static final String CUSTOMER = "Corina Pavel";
    private static final String CUSTOMER_MAIL = "corina.pavel@plus-journey.example";

    @Autowired
    DemoWorkspaces demoWorkspaces;

    @Autowired
    OutboxWorker outbox;

    @Autowired
    TrackingPortal portal;

    @LocalServerPort
    int port;

    @RegisterExtension
    static final MailCatcher catcher = new MailCatcher();

    String workspace;

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

    private static void click(String selector) {
        $(selector).shouldBe(visible).scrollIntoView("{block: 'center'}").click();
    }

    /** Types into a combo box and picks the item showing {@code label}. */
    private static void pick(String selector, String typed, String label) {
        $(selector + " input")
                .shouldBe(visible)
                .scrollIntoView("{block: 'center'}")
                .setValue(typed);
        $$("vaadin-combo-box-item").filterBy(visible).findBy(text(label)).click();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void noSidewaysScroll() {
        Long overflow = Selenide.executeJavaScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(1L);
    }

    @Test
    void intakeEvaluationQuoteAcceptedOnThePortalRepairAndCompletion() throws Exception {
        portal.resetLimits();
        TenantId tenant = demoWorkspaces.likeDemo();
        workspace = tenant.key();
        com.codeborne.selenide.Configuration.reportsFolder = "target/screenshots";
        Chromium.start(1440, 1000);

        // the receptionist takes the laptop in, Plus style
        signIn("dispatcher");
        open(url("/workshop-plus/intake"));
        $$("#plus-intake-customer-mode vaadin-radio-button")
                .findBy(text("New customer"))
                .click();
        $("#plus-intake-customer-name input").shouldBe(visible).setValue(CUSTOMER);
        $("#plus-intake-customer-phone input").setValue("0766 555 123");
        $("#plus-intake-customer-email input").setValue(CUSTOMER_MAIL);
        pick("#plus-intake-customer-language", "Rom", "Română");
        $("#plus-intake-serial input").setValue("E2E-LPT-7781");
        $("#plus-intake-device-name input").setValue("Dell Latitude 5520");
        pick("#plus-intake-type", "Lap", "Laptop");
        $$("vaadin-checkbox[id^='plus-intake-problem-']")
                .findBy(text("Ecran spart"))
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#plus-intake-problem textarea").setValue("The screen is cracked and the keyboard sticks");
        $$("vaadin-checkbox[id^='plus-intake-service-']")
                .findBy(text("Diagnosticare laptop"))
                .scrollIntoView("{block: 'center'}")
                .find("label")
                .click();
        $("#plus-intake-services").shouldHave(text("Diagnosticare laptop"));
        $("#plus-intake-findings textarea").setValue("Left hinge loose");
        Selenide.screenshot("plus-intake-desktop");
        click("#plus-intake-save");
        $("#plus-sheet-title").shouldHave(text("FS-"));
        String sheetUrl = WebDriverRunner.url();
        assertThat(sheetUrl).contains("/workshop-plus/sheets/");
        noSidewaysScroll();

        // the technician evaluates: the screen is cracked and needs a display; the rest is fine
        signIn("technician");
        open(sheetUrl);
        $("#plus-evaluation").shouldBe(visible);
        click("#plus-point-0-problem");
        pick("#plus-point-0-defect", "Ecran", "Ecran spart");
        pick("#plus-point-0-cause", "Lov", "Lovitură");
        click("#plus-point-0-add-need");
        pick("#plus-point-0-need-0-item", "DSP", "DSP-156");
        $("#plus-point-0-need-0-quantity input").setValue("1");
        click("#plus-point-0-save");
        $("#plus-point-0").shouldHave(text("Checked by"));
        for (int p = 1; p <= 3; p++) {
            click("#plus-point-" + p + "-ok");
            click("#plus-point-" + p + "-save");
            $("#plus-point-" + p).shouldHave(text("Checked by"));
        }
        $("#plus-evaluation-progress").shouldHave(com.codeborne.selenide.Condition.attribute("data-complete", "true"));
        Selenide.screenshot("plus-evaluation-desktop");
        click("#plus-finish-evaluation");
        $("#plus-quote-1").shouldBe(visible).shouldHave(text("DSP-156"), text("DIAG-L"));

        // the receptionist sends the quote: the customer gets it by e-mail with the portal link
        signIn("dispatcher");
        open(sheetUrl);
        click("#plus-quote-send");
        $("#plus-quote-decision").shouldBe(visible);
        Selenide.screenshot("plus-quote-sent-desktop");
        outbox.deliverDue(tenant, Instant.now().plusSeconds(1));
        assertThat(catcher.smtp().waitForIncomingEmail(15_000, 1)).isTrue();
        // (the demo copy's own waiting quote goes out in the same round)
        MimeMessage mail = Arrays.stream(catcher.smtp().getReceivedMessages())
                .filter(m -> recipient(m).equals(CUSTOMER_MAIL))
                .findFirst()
                .orElseThrow();
        assertThat(subject(mail)).startsWith("Ofertă de reparație");
        // the tracking code, from Simple's page of the sheet (which links back to the Plus page)
        open(sheetUrl.replace("/workshop-plus/sheets/", "/workshop/sheets/"));
        $("#sheet-plus-link").shouldBe(visible);
        String code = $("#sheet-tracking-code").shouldBe(visible).getText().replace("-", "");

        // the customer accepts on the portal, on a phone, in Romanian
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(375, 812));
        WebDriverRunner.getWebDriver().manage().deleteAllCookies();
        open(url("/track/" + code));
        $("#portal-quote").shouldBe(visible).shouldHave(text("Display"));
        $("#portal-quote-gross").shouldBe(visible);
        noSidewaysScroll();
        Selenide.screenshot("plus-portal-quote-phone");
        $("#portal-quote-comment").find("textarea, input").setValue("Vă rog, cât mai repede");
        click("#portal-quote-accept");
        $("#portal-quote-decision").shouldBe(visible);
        Selenide.screenshot("plus-portal-accepted-phone");
        open(url("/track/" + code));
        $("#track-status").shouldHave(text("În reparație"));

        // the technician works the accepted quote as a checklist and completes the repair
        WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(1440, 1000));
        signIn("technician");
        open(sheetUrl);
        $("#plus-repair").shouldBe(visible);
        click("#plus-repair-line-0-done");
        $("#plus-repair-line-0-state").shouldHave(text("Done"));
        click("#plus-repair-line-1-done");
        Selenide.screenshot("plus-repair-desktop");
        click("#plus-complete");
        $("#plus-sheet-status").shouldHave(text("Ready"));
        $("#plus-outcome").shouldBe(visible);
        noSidewaysScroll();
        Selenide.screenshot("plus-completed-desktop");
    }
}
