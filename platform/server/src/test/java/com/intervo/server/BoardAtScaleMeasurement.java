package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.intervo.dispatch.BoardFilter;
import com.intervo.dispatch.BoardSeed;
import com.intervo.dispatch.DispatchFixturesAccess;
import com.intervo.dispatch.TicketBoard;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test (no IT/E2E suffix: {@code verify} never runs it): opens the dispatch board of a workspace with 50,000
 * open tickets and 500 technicians in Chromium, five times, and prints for each load the server time of the requests
 * that render the board and the bytes the browser received for it. Vaadin's page request only bootstraps; the view
 * is built in the {@code v-r=init} request that follows, and the grids' pages and the map's report of where it is come
 * in later requests ({@code v-r=uidl}) or push messages. Server times are measured in this JVM by a servlet filter
 * in front of everything (security included) around each Vaadin request; Chrome's network log gives the bytes (the
 * page, every request of the application and every push message until the board is shown and the map has reported
 * its view) and, for push messages the filter cannot see, the time from a message sent to the next one received.
 * Then it takes screenshots of the board in Romanian at 1440 and 375 px. Run it with
 * {@code platform/benchmarks/board.sh}.
 */
@TenantIntegrationTest
class BoardAtScaleMeasurement {

    /** One Vaadin request as the server handled it: its {@code v-r} kind, when it started and how long it took. */
    record Handled(String kind, long startNanos, double millis, int status) {}

    static final ConcurrentLinkedQueue<Handled> HANDLED = new ConcurrentLinkedQueue<>();

    /** Times every request of the Vaadin servlet that carries {@code v-r} (init, uidl, push). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Timing {

        @Bean
        FilterRegistrationBean<Filter> vaadinRequestTiming() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                String kind = request.getParameter("v-r");
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (kind != null) {
                        HANDLED.add(new Handled(
                                kind,
                                start,
                                (System.nanoTime() - start) / 1e6,
                                ((HttpServletResponse) response).getStatus()));
                    }
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }

    static final int TICKETS = 50_000;
    static final int TECHNICIANS = 500;
    static final int LOADS = 5;

    @LocalServerPort
    int port;

    @Autowired
    DispatchFixturesAccess dispatch;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDirectory users;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TicketBoard board;

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
            HANDLED.clear();
            open("http://localhost:" + port + "/dispatch");
            $("#board-queue-count").shouldHave(text(String.valueOf(TICKETS / 10)));
            $("#board-map").shouldHave(attribute("data-clusters"));
            // the map's debounced report of where it is, and the grids' own page requests
            Selenide.sleep(2_000);
            List<Handled> handled = new ArrayList<>(HANDLED);
            rows.add(report(i, drain(), handled));
        }
        String machine = InetAddress.getLocalHost().getHostName() + ", "
                + Runtime.getRuntime().availableProcessors()
                + " CPUs, " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", JDK "
                + System.getProperty("java.version");
        System.out.println();
        System.out.println("Board at " + TICKETS + " tickets, " + TECHNICIANS + " technicians — " + LocalDate.now()
                + ", " + machine);
        System.out.println("| load | init: server ms | init kB | later requests: n, server ms (sum / max) | page +"
                + " later requests kB | push: messages in, kB, round trip ms (sum) | render server ms (init + later) |"
                + " received for the board kB | static files kB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);

        // the board's reads one by one, as the dispatcher, warm (the median of five)
        fixtures.signIn(ws.tenant(), "dispatcher");
        try {
            BoardFilter open = BoardFilter.open();
            TicketBoard.Area country = new TicketBoard.Area(43.5, 20.0, 48.5, 30.0);
            TicketBoard.Area town = new TicketBoard.Area(45.0, 23.0, 45.3, 23.4);
            System.out.println();
            System.out.println("| read | ms (median of 5) |");
            System.out.println("|---|---|");
            time("counts", () -> board.counts(open));
            time("queue page (25)", () -> board.page(TicketBoard.Lane.QUEUE, open, null, 0, 25));
            time("in progress page (25)", () -> board.page(TicketBoard.Lane.ACTIVE, open, null, 0, 25));
            time("technician count", board::technicianCount);
            time("technicians page (50)", () -> board.technicians(null, 0, 50));
            time("map, whole workspace", () -> board.map(open, null));
            time("map, the country in sight", () -> board.map(open, country));
            time("map, a town in sight", () -> board.map(open, town));
        } finally {
            fixtures.signOut();
        }

        // the board in another language, at desktop and phone width (screenshots for a look, no numbers)
        UUID dispatcher = TenantContext.callAs(
                ws.tenant(),
                () -> users.findByUsername("dispatcher").orElseThrow().getId());
        TenantContext.runAs(ws.tenant(), () -> users.setLanguage(dispatcher, "ro"));
        for (int width : new int[] {1440, 375}) {
            Chromium.stop();
            Chromium.start(width, width > 500 ? 1000 : 800);
            open("http://localhost:" + port + "/login");
            $("#workspace input").setValue(ws.tenant().key());
            $("#username input").setValue("dispatcher");
            $("#password input").setValue(TenantFixtures.PASSWORD);
            $("#sign-in").click();
            $("#home-view").shouldBe(visible);
            open("http://localhost:" + port + "/dispatch");
            // at phone width the lists are tabs, the queue's first
            $("#board-queue").shouldHave(text("S-0"));
            Selenide.sleep(2_000);
            Selenide.screenshot("board-50k-ro-" + width);
            if (width < 500) {
                $("#board-tab-technicians").click();
                Selenide.sleep(1_000);
                Selenide.screenshot("board-50k-ro-" + width + "-technicians");
                $("#board-tab-map").click();
                Selenide.sleep(1_500);
                Selenide.screenshot("board-50k-ro-" + width + "-map");
            }
        }
    }

    private static void time(String what, java.util.function.Supplier<?> read) {
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            read.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        System.out.printf("| %s | %.0f |%n", what, ms[2]);
    }

    private static List<JsonNode> drain() {
        List<JsonNode> events = new ArrayList<>();
        for (LogEntry entry : WebDriverRunner.getWebDriver().manage().logs().get(LogType.PERFORMANCE)) {
            events.add(JSON.readTree(entry.getMessage()).path("message"));
        }
        return events;
    }

    /** One load's numbers: server times from the filter, bytes (and push round trips) from Chrome's network log. */
    private static String report(int load, List<JsonNode> events, List<Handled> handled) {
        Map<String, String> kind = new HashMap<>();
        Map<String, String> url = new HashMap<>();
        long init = 0, later = 0, push = 0, statics = 0;
        int pushIn = 0;
        double pushMs = 0;
        double sentAt = -1;
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
                case "Network.loadingFinished" -> {
                    String id = p.path("requestId").asString();
                    long bytes = (long) p.path("encodedDataLength").asDouble();
                    String type = kind.getOrDefault(id, "");
                    String address = url.getOrDefault(id, "");
                    if (address.contains("v-r=init")) {
                        init += bytes;
                    } else if (type.equals("Document") || type.equals("XHR") || type.equals("Fetch")) {
                        later += bytes;
                    } else {
                        statics += bytes;
                    }
                }
                case "Network.webSocketFrameSent" ->
                    sentAt = p.path("timestamp").asDouble();
                case "Network.webSocketFrameReceived" -> {
                    String payload = p.path("response").path("payloadData").asString();
                    push += payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                    pushIn++;
                    if (sentAt >= 0) {
                        pushMs += (p.path("timestamp").asDouble() - sentAt) * 1000;
                        sentAt = -1;
                    }
                }
                default -> {}
            }
        }
        double initMs = handled.stream()
                .filter(h -> h.kind().equals("init"))
                .mapToDouble(Handled::millis)
                .sum();
        List<Handled> uidl =
                handled.stream().filter(h -> h.kind().equals("uidl")).toList();
        double uidlMs = uidl.stream().mapToDouble(Handled::millis).sum();
        double uidlMax = uidl.stream().mapToDouble(Handled::millis).max().orElse(0);
        return String.format(
                "| %d | %.0f | %.1f | %d, %.0f / %.0f | %.1f | %d, %.1f, %.0f | %.0f | %.1f | %.1f |",
                load,
                initMs,
                init / 1024.0,
                uidl.size(),
                uidlMs,
                uidlMax,
                later / 1024.0,
                pushIn,
                push / 1024.0,
                pushMs,
                initMs + uidlMs + pushMs,
                (init + later + push) / 1024.0,
                statics / 1024.0);
    }
}
