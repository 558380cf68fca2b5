package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.intervo.dispatch.BoardSeed;
import com.intervo.dispatch.DispatchFixturesAccess;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test (no IT/E2E suffix: {@code verify} never runs it): opens the dispatch board of a workspace with 50,000
 * open tickets and 500 technicians in Chromium and prints, from Chrome's own network log, the server time of the
 * first render (the page request: request sent → response headers) and the bytes the browser received for it —
 * the page, every request of the application and every push (websocket) message until the board is shown and the
 * map has reported where it is. Run it with {@code platform/benchmarks/board.sh}.
 */
@TenantIntegrationTest
class BoardAtScaleMeasurement {

    static final int TICKETS = 50_000;
    static final int TECHNICIANS = 500;
    static final int LOADS = 5;

    @LocalServerPort
    int port;

    @Autowired
    DispatchFixturesAccess dispatch;

    @Autowired
    JdbcTemplate jdbc;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterEach
    void closeBrowser() {
        Chromium.stop();
    }

    @Test
    void boardAtFiftyThousandTickets() throws Exception {
        DispatchFixturesAccess.Workspace ws = dispatch.workspace();
        long seeding = System.nanoTime();
        BoardSeed.seed(jdbc, ws.tenant(), TICKETS, TECHNICIANS);
        System.out.printf(
                "seeded %,d tickets and %d technicians in %.1f s%n",
                TICKETS, TECHNICIANS, (System.nanoTime() - seeding) / 1e9);
        Chromium.start(
                1440,
                1000,
                options -> options.setCapability(
                        "goog:loggingPrefs", Map.of(LogType.PERFORMANCE, java.util.logging.Level.ALL)));
        open("http://localhost:" + port + "/login");
        $("#workspace input").setValue(ws.tenant().key());
        $("#username input").setValue("dispatcher");
        $("#password input").setValue(TenantFixtures.PASSWORD);
        $("#sign-in").click();
        $("#home-view").shouldBe(visible);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= LOADS; i++) {
            drain();
            open("http://localhost:" + port + "/dispatch");
            $("#board-queue-count").shouldHave(text(String.valueOf(TICKETS / 10)));
            $("#board-map").shouldHave(attribute("data-clusters"));
            // the map's debounced report of where it is, and the grids' own page requests
            Selenide.sleep(2_000);
            rows.add(report(i, drain()));
        }
        String machine = InetAddress.getLocalHost().getHostName() + ", "
                + Runtime.getRuntime().availableProcessors()
                + " CPUs, " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", JDK "
                + System.getProperty("java.version");
        System.out.println();
        System.out.println("Board at " + TICKETS + " tickets, " + TECHNICIANS + " technicians — " + LocalDate.now()
                + ", " + machine);
        System.out.println("| load | server time of the page (ms) | page (kB) | requests after it (kB) |"
                + " push messages (kB) | received for the board (kB) | static files (kB) |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static List<JsonNode> drain() {
        List<JsonNode> events = new ArrayList<>();
        for (LogEntry entry : WebDriverRunner.getWebDriver().manage().logs().get(LogType.PERFORMANCE)) {
            events.add(JSON.readTree(entry.getMessage()).path("message"));
        }
        return events;
    }

    /** One load's numbers from Chrome's network events. */
    private String report(int load, List<JsonNode> events) {
        Map<String, String> kind = new HashMap<>();
        Map<String, String> url = new HashMap<>();
        double serverMs = -1;
        long page = 0, requests = 0, push = 0, statics = 0;
        for (JsonNode e : events) {
            String method = e.path("method").asString();
            JsonNode p = e.path("params");
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    kind.put(p.path("requestId").asString(), p.path("type").asString());
                    url.put(
                            p.path("requestId").asString(),
                            p.path("request").path("url").asString());
                }
                case "Network.responseReceived" -> {
                    JsonNode timing = p.path("response").path("timing");
                    if ("Document".equals(p.path("type").asString()) && !timing.isMissingNode()) {
                        serverMs = timing.path("receiveHeadersEnd").asDouble()
                                - timing.path("sendEnd").asDouble();
                    }
                }
                case "Network.loadingFinished" -> {
                    String id = p.path("requestId").asString();
                    long bytes = (long) p.path("encodedDataLength").asDouble();
                    String type = kind.getOrDefault(id, "");
                    if (type.equals("Document")) {
                        page += bytes;
                    } else if (type.equals("XHR") || type.equals("Fetch")) {
                        requests += bytes;
                    } else {
                        statics += bytes;
                    }
                }
                case "Network.webSocketFrameReceived" ->
                    push += p.path("response")
                            .path("payloadData")
                            .asString()
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            .length;
                default -> {}
            }
        }
        return String.format(
                "| %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |",
                load,
                serverMs,
                page / 1024.0,
                requests / 1024.0,
                push / 1024.0,
                (page + requests + push) / 1024.0,
                statics / 1024.0);
    }
}
