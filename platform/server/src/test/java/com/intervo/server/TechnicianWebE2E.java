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
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A technician without the Android app works a ticket from the phone's browser (375 px wide): accepts, goes, arrives
 * (the browser's GPS, or without a fix with a reason), times the work, sees the photos as thumbnails, ticks the
 * checklist (answered points highlighted; the problem dialog can be cancelled), has the customer sign on the touch
 * screen (the saved signature is shown), types the minutes worked and finishes: the report link and the way back.
 */
@TenantIntegrationTest
class TechnicianWebE2E {

    @LocalServerPort
    int port;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DemoWorkspaces demoWorkspaces;

    @AfterEach
    void closeBrowser() {
        Chromium.stop();
    }

    @Test
    void fromAcceptToTheSignedWorkReportAtPhoneWidth() throws Exception {
        TenantId demo = demoWorkspaces.likeDemo();
        Http http = new Http(port);
        String dispatcher = fixtures.token(demo, "dispatcher");
        String technician = fixtures.token(demo, "technician");
        String customerId = Http.field(
                http.get("/api/v1/crm/customers?q=Popescu", dispatcher).body(), "id");
        String equipmentId = Http.field(
                http.get("/api/v1/crm/equipment?q=21163500100253820006005531N1", dispatcher)
                        .body(),
                "id");
        String technicianId = Http.field(http.get("/api/v1/me", technician).body(), "userId");
        HttpResponse<String> opened = http.postJson(
                "/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Web: revizie","technicianId":"%s"}""".formatted(customerId, equipmentId, technicianId), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = Http.field(opened.body(), "id");
        String number = Http.field(opened.body(), "number");

        Chromium.start(375, 812);
        ChromeDriver chrome = (ChromeDriver) WebDriverRunner.getWebDriver();
        chrome.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of("origin", "http://localhost:" + port, "permissions", List.of("geolocation")));
        chrome.executeCdpCommand(
                "Emulation.setGeolocationOverride",
                Map.of("latitude", 46.770439, "longitude", 23.591423, "accuracy", 12));
        open("http://localhost:" + port + "/login");
        $("#workspace input").setValue(demo.key());
        $("#username input").setValue("technician");
        $("#password input").setValue(DemoWorkspaces.PASSWORD);
        $("#sign-in").click();
        $("#home-view").shouldBe(visible);

        open("http://localhost:" + port + "/dispatch/my");
        $("#card-" + number).shouldBe(visible).click();
        $("#my-ticket-title").shouldHave(text(number));
        $("#my-accept").click();
        $("#my-ticket-stage").shouldHave(text("Accepted"));
        $("#my-en-route").click();
        $("#my-ticket-stage").shouldHave(text("En route"));
        $("#my-arrived").click();
        $("#my-ticket-stage").shouldHave(text("On site"));
        assertThat($("#my-no-fix").exists()).isFalse();

        // the work timer
        $("#my-timer-start").scrollIntoView("{block: 'center'}").click();
        $("#my-timer").shouldHave(text("Working since"));
        $("#my-timer-stop").click();
        $("#my-timer").shouldHave(text("Timed so far"));

        // a photo taken (through the app's API here) shows as a thumbnail, not as a count
        assertThat(uploadPhoto(id, technician).statusCode()).isEqualTo(201);
        Selenide.refresh();
        $("#my-photos img").shouldBe(visible);
        assertThat((Long) Selenide.executeJavaScript("return document.querySelector('#my-photos img').naturalWidth"))
                .isPositive();

        // the problem dialog can be cancelled without answering
        $("#point-1 vaadin-button[theme~='error']")
                .scrollIntoView("{block: 'center'}")
                .click();
        $("#problem-cancel").shouldBe(visible).click();
        $("#problem-cancel").shouldNot(visible);
        $("#answer-1").shouldHave(com.codeborne.selenide.Condition.exactText(""));
        assertThat($("#point-1").getAttribute("class")).doesNotContain("dispatch-point-ok");

        // every checklist point OK: answered points are highlighted
        int points = $$(".dispatch-point").size();
        assertThat(points).isGreaterThanOrEqualTo(3);
        for (int i = 1; i <= points; i++) {
            $("#ok-" + i).scrollIntoView("{block: 'center'}").click();
            $("#answer-" + i).shouldHave(text("OK"));
            $("#point-" + i).shouldHave(com.codeborne.selenide.Condition.cssClass("dispatch-point-ok"));
        }

        // the customer signs with a finger
        WebElement canvas = $("#my-signature-pad canvas").shouldBe(visible).toWebElement();
        Selenide.executeJavaScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new Actions(chrome)
                .moveToElement(canvas, -100, 10)
                .clickAndHold()
                .moveByOffset(60, -25)
                .moveByOffset(60, 40)
                .moveByOffset(60, -30)
                .release()
                .perform();
        $("#my-signature-pad").shouldHave(attribute("data-signed", "true"));
        $("#my-signer input").setValue("Ion Popescu");
        $("#my-sign").scrollIntoView("{block: 'center'}").click();
        $("#technician-ticket").shouldHave(text("Ion Popescu"));
        // the saved signature is shown instead of an empty pad
        $("#my-signature").shouldBe(visible);
        assertThat((Long) Selenide.executeJavaScript("return document.querySelector('#my-signature').naturalWidth"))
                .isPositive();
        $("#my-signature-pad").shouldNot(visible);
        Selenide.screenshot("technician-on-site");
        // nothing spills sideways at phone width
        assertThat((Boolean)
                        Selenide.executeJavaScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();

        $("#my-work-done textarea").setValue("Revizie efectuată, fără defecte");
        $("#my-minutes input").scrollIntoView("{block: 'center'}").setValue("50");
        $("#my-finish").scrollIntoView("{block: 'center'}").click();
        $("#my-ticket-stage").shouldHave(text("Done"));

        // after finishing: the report (to open) and the way back to the list
        $("#my-finished").shouldHave(text("once a manager approves it"));
        $("#my-report").shouldBe(visible).shouldHave(attribute("href"));
        String reportUrl = $("#my-report").getAttribute("href");
        String pdfType = Selenide.executeAsyncJavaScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.headers.get('content-type')))",
                reportUrl);
        assertThat(pdfType).contains("application/pdf");
        Selenide.screenshot("technician-finished");
        $("#my-back-to-list").click();
        $("#card-" + number).shouldBe(visible);

        String ticket = http.get("/api/v1/dispatch/tickets/" + id, technician).body();
        assertThat(ticket)
                .contains("\"stage\":\"DONE\"")
                .contains("\"signerName\":\"Ion Popescu\"")
                .contains("\"arrivedLatitude\":46.770439")
                .contains("\"labourMinutes\":50");
        assertThat(http.get("/api/v1/dispatch/tickets/" + id + "/report", dispatcher)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void inABasementWithoutGpsTheTechnicianArrivesWithAReason() throws Exception {
        TenantId demo = demoWorkspaces.likeDemo();
        Http http = new Http(port);
        String dispatcher = fixtures.token(demo, "dispatcher");
        String technician = fixtures.token(demo, "technician");
        String customerId = Http.field(
                http.get("/api/v1/crm/customers?q=Popescu", dispatcher).body(), "id");
        String technicianId = Http.field(http.get("/api/v1/me", technician).body(), "userId");
        HttpResponse<String> opened =
                http.postJson("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","problem":"Web: subsol","technicianId":"%s"}""".formatted(customerId, technicianId), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String number = Http.field(opened.body(), "number");

        Chromium.start(375, 812);
        open("http://localhost:" + port + "/login");
        $("#workspace input").setValue(demo.key());
        $("#username input").setValue("technician");
        $("#password input").setValue(DemoWorkspaces.PASSWORD);
        $("#sign-in").click();
        $("#home-view").shouldBe(visible);
        open("http://localhost:" + port + "/dispatch/my");
        $("#card-" + number).shouldBe(visible).click();
        $("#my-accept").click();
        $("#my-ticket-stage").shouldHave(text("Accepted"));
        $("#my-arrived-no-fix").shouldBe(visible).click();
        // the reason is required
        $("#reason-confirm").click();
        $("#reason-text").shouldHave(attribute("invalid"));
        $("#reason-text textarea").setValue("Subsol, fără semnal GPS");
        $("#reason-confirm").click();
        $("#my-ticket-stage").shouldHave(text("On site"));
        $("#my-no-fix").shouldHave(text("Subsol, fără semnal GPS"));
        Selenide.screenshot("technician-no-gps");
    }

    private HttpResponse<String> uploadPhoto(String ticketId, String token) throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", jpeg);
        String boundary = "----intervo" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"boiler.jpg\""
                        + "\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(jpeg.toByteArray());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                        + "/api/v1/dispatch/tickets/" + ticketId + "/photos"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
