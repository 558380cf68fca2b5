package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dispatcher watches the board while the technician works from the phone app: the technician's API calls
 * (accept, on the way, a new position) show up on the board by themselves, pushed from the server.
 */
@TenantIntegrationTest
class DispatchBoardE2E {

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
    void aTechniciansActionAppearsLiveOnTheDispatchersBoard() throws Exception {
        TenantId demo = demoWorkspaces.likeDemo();
        Http http = new Http(port);
        String dispatcherToken = fixtures.token(demo, "dispatcher");
        String technicianToken = fixtures.token(demo, "technician");
        String customers =
                http.get("/api/v1/crm/customers?q=Popescu", dispatcherToken).body();
        String customerId = Http.field(customers, "id");
        String technicianId = Http.field(http.get("/api/v1/me", technicianToken).body(), "userId");
        HttpResponse<String> opened = http.postJson(
                "/api/v1/dispatch/tickets", dispatcherToken, """
                {"customerId":"%s","problem":"E2E: nu pornește","priority":"URGENT","technicianId":"%s"}""".formatted(customerId, technicianId), "en");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = Http.field(opened.body(), "id");
        String number = Http.field(opened.body(), "number");
        String version = Http.field(opened.body(), "version");

        Chromium.start(1440, 1000);
        open("http://localhost:" + port + "/login");
        $("#workspace input").setValue(demo.key());
        $("#username input").setValue("dispatcher");
        $("#password input").setValue(DemoWorkspaces.PASSWORD);
        $("#sign-in").click();
        $("#home-view").shouldBe(visible);
        open("http://localhost:" + port + "/dispatch");
        $("#dispatch-board").shouldBe(visible);
        $("#stage-" + number).shouldHave(text("Assigned"));
        String markersBefore =
                $("#board-map").shouldHave(attribute("data-markers")).getAttribute("data-markers");
        Selenide.screenshot("dispatch-board-before");

        // the technician accepts in the app: the board changes without a reload
        HttpResponse<String> accepted = http.postJson(
                "/api/v1/dispatch/tickets/" + id + "/accept", technicianToken, "{\"version\":" + version + "}", "en");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        $("#stage-" + number).shouldHave(text("Accepted"));

        HttpResponse<String> enRoute = http.postJson(
                "/api/v1/dispatch/tickets/" + id + "/en-route",
                technicianToken,
                "{\"version\":" + Http.field(accepted.body(), "version") + ",\"latitude\":46.77,\"longitude\":23.6}",
                "en");
        assertThat(enRoute.statusCode()).as(enRoute.body()).isEqualTo(200);
        $("#stage-" + number).shouldHave(text("En route"));

        // a new position of the technician: the map's marker label says "just now"
        String ping = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(http.postJson(
                                "/api/v1/dispatch/locations",
                                technicianToken,
                                "{\"pings\":[{\"recordedAt\":\"" + ping
                                        + "\",\"latitude\":46.7701,\"longitude\":23.5999}]}",
                                "en")
                        .statusCode())
                .isEqualTo(200);
        $("#board-technicians").shouldHave(text("just now"));
        $("#board-map").shouldHave(attribute("data-markers", markersBefore));
        Selenide.screenshot("dispatch-board-live");

        // the technician declines another ticket: it is back in the queue with the reason, and the dispatcher is told
        HttpResponse<String> second = http.postJson(
                "/api/v1/dispatch/tickets", dispatcherToken, """
                {"customerId":"%s","problem":"E2E: al doilea","technicianId":"%s"}""".formatted(customerId, technicianId), "en");
        String secondNumber = Http.field(second.body(), "number");
        $("#stage-" + secondNumber).shouldHave(text("Assigned"));
        assertThat(http.postJson(
                                "/api/v1/dispatch/tickets/" + Http.field(second.body(), "id") + "/decline",
                                technicianToken,
                                "{\"version\":" + Http.field(second.body(), "version") + ",\"reason\":\"Nu am piesa\"}",
                                "en")
                        .statusCode())
                .isEqualTo(200);
        $("#board-queue").shouldHave(text(secondNumber), text("Declined: Nu am piesa"));
        $("vaadin-notification-card").shouldHave(text("was declined and is back in the queue"));

        // the dispatcher opens the ticket: the technician's actions are in its log
        open("http://localhost:" + port + "/dispatch/tickets/" + id);
        $("#ticket-title").shouldHave(text(number));
        $("#ticket-log").shouldHave(text("Accepted"), text("En route"), text("Vlad Stan"));
        Selenide.screenshot("dispatch-ticket");

        // the dispatcher opens a ticket from a call in one dialog
        open("http://localhost:" + port + "/dispatch");
        $("#new-ticket").click();
        $("#open-ticket-dialog").shouldBe(visible);
        Selenide.screenshot("dispatch-open-ticket");
    }
}
