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
 * A technician without the Android app works a ticket from the phone's browser: accepts, goes, arrives (the
 * browser's GPS), ticks the checklist, has the customer sign on the touch screen and finishes.
 */
@TenantIntegrationTest
class TechnicianWebE2E {

    @LocalServerPort int port;
    @Autowired TenantFixtures fixtures;

    @AfterEach
    void closeBrowser() {
        Chromium.stop();
    }

    @Test
    void fromAcceptToTheSignedWorkReportAtPhoneWidth() throws Exception {
        TenantId demo = new TenantId("demo");
        Http http = new Http(port);
        String dispatcher = fixtures.token(demo, "dispatcher");
        String technician = fixtures.token(demo, "technician");
        String customerId = Http.field(http.get("/api/v1/crm/customers?q=Popescu", dispatcher).body(), "id");
        String equipmentId = Http.field(http.get("/api/v1/crm/equipment?q=21163500100253820006005531N1", dispatcher)
                .body(), "id");
        String technicianId = Http.field(http.get("/api/v1/me", technician).body(), "userId");
        HttpResponse<String> opened = http.postJson("/api/v1/dispatch/tickets", dispatcher, """
                {"customerId":"%s","equipmentId":"%s","problem":"Web: revizie","technicianId":"%s"}"""
                .formatted(customerId, equipmentId, technicianId), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = Http.field(opened.body(), "id");
        String number = Http.field(opened.body(), "number");

        Chromium.start(412, 915);
        ChromeDriver chrome = (ChromeDriver) WebDriverRunner.getWebDriver();
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 46.770439,
                "longitude", 23.591423, "accuracy", 12));
        open("http://localhost:" + port + "/login");
        $("#workspace input").setValue("demo");
        $("#username input").setValue("technician");
        $("#password input").setValue("intervo-demo");
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

        // every checklist point OK
        int points = $$(".dispatch-point").size();
        assertThat(points).isGreaterThanOrEqualTo(3);
        for (int i = 1; i <= points; i++) {
            $("#ok-" + i).scrollIntoView("{block: 'center'}").click();
            $("#answer-" + i).shouldHave(text("OK"));
        }

        // the customer signs with a finger
        WebElement canvas = $("#my-signature-pad canvas").shouldBe(visible).toWebElement();
        Selenide.executeJavaScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new Actions(chrome).moveToElement(canvas, -100, 10).clickAndHold().moveByOffset(60, -25).moveByOffset(60, 40)
                .moveByOffset(60, -30).release().perform();
        $("#my-signature-pad").shouldHave(attribute("data-signed", "true"));
        $("#my-signer input").setValue("Ion Popescu");
        $("#my-sign").scrollIntoView("{block: 'center'}").click();
        $("#technician-ticket").shouldHave(text("Ion Popescu"));
        Selenide.screenshot("technician-on-site");

        $("#my-work-done textarea").setValue("Revizie efectuată, fără defecte");
        $("#my-finish").scrollIntoView("{block: 'center'}").click();
        $("#my-ticket-stage").shouldHave(text("Done"));

        String ticket = http.get("/api/v1/dispatch/tickets/" + id, technician).body();
        assertThat(ticket).contains("\"stage\":\"DONE\"").contains("\"signerName\":\"Ion Popescu\"")
                .contains("\"arrivedLatitude\":46.770439");
        assertThat(http.get("/api/v1/dispatch/tickets/" + id + "/report", dispatcher).statusCode()).isEqualTo(200);
    }
}
