package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.Http;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person sees on a phone (375 px) and on a desktop (1440 px): the shell's user menu, bell and drawer, list
 * screens as cards, the side menu's whole labels (in Russian, the longest), the dispatch board's phone tabs and its
 * map, editing a ticket, and the operator console. Screenshots go to target/screenshots.
 */
@TenantIntegrationTest
class PhoneLayoutE2E {

    private static final int PHONE = 375;
    private static final int DESKTOP = 1440;

    @LocalServerPort
    int port;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DemoWorkspaces demoWorkspaces;

    @BeforeEach
    void screenshotsUnderTarget() {
        Configuration.reportsFolder = "target/screenshots";
    }

    @AfterEach
    void closeBrowser() {
        Chromium.stop();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String workspace, String username, String password) {
        open(url("/login"));
        $("#workspace input").setValue(workspace);
        $("#username input").setValue(username);
        $("#password input").setValue(password);
        $("#sign-in").click();
        $("#home-view").shouldBe(visible);
    }

    /** How far the page reaches past the window's right edge (0: nothing spills sideways). */
    private static long pageOverflow() {
        return Selenide.executeJavaScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** How far a grid's own columns reach past its width. */
    private static long gridOverflow(String id) {
        return Selenide.executeJavaScript(
                "const t = document.getElementById(arguments[0]).shadowRoot"
                        + ".querySelector('#table'); return t.scrollWidth - t.clientWidth;",
                id);
    }

    /** How far a grid's rows reach below its height (more than 0: it scrolls on its own). */
    private static long gridVerticalOverflow(String id) {
        return Selenide.executeJavaScript(
                "const t = document.getElementById(arguments[0]).shadowRoot"
                        + ".querySelector('#table'); return t.scrollHeight - t.clientHeight;",
                id);
    }

    /** The labels of the side menu that are cut (an element that hides its overflow and overflows). */
    private static List<String> cutMenuLabels() {
        return Selenide.executeJavaScript("""
                return [...document.querySelectorAll('vaadin-side-nav-item')].filter(item => {
                    const nodes = [item, ...item.shadowRoot.querySelectorAll('*')];
                    return nodes.some(n => getComputedStyle(n).overflowX !== 'visible'
                        && n.scrollWidth > n.clientWidth + 1);
                }).map(item => item.textContent.trim());""");
    }

    private static Map<String, Object> rect(String selector) {
        return Selenide.executeJavaScript(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width,"
                        + " height: r.height, windowWidth: window.innerWidth};",
                selector);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static void assertInsideWindow(String selector) {
        Map<String, Object> r = rect(selector);
        assertThat(number(r.get("width"))).as(selector + " width").isGreaterThanOrEqualTo(24);
        assertThat(number(r.get("left"))).as(selector + " left").isGreaterThanOrEqualTo(0);
        assertThat(number(r.get("right"))).as(selector + " right").isLessThanOrEqualTo(number(r.get("windowWidth")));
    }

    private void assertCards(String path, String gridId) {
        open(url(path));
        $("#" + gridId).shouldHave(attribute("phone-cards"));
        $("#" + gridId).$(".intervo-card").shouldBe(visible);
        assertThat(pageOverflow()).as(path + " spills sideways").isLessThanOrEqualTo(0);
        assertThat(gridOverflow(gridId)).as(path + " grid spills sideways").isLessThanOrEqualTo(1);
        Selenide.screenshot("phone-" + gridId);
    }

    @Test
    void onAPhoneTheUserMenuTheBellAndTheDrawerWorkAndListsAreCards() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        HttpResponse<String> sheet =
                new Http(port).postJson("/api/v1/workshop/sheets", fixtures.token(tenant, "admin"), """
                {"customer":{"kind":"COMPANY","name":"Hotel Aro Palace Brașov, sucursala de pe Bulevardul Eroilor",
                 "email":"receptie.aro.palace@example.ro","phone":"0744 111 222","language":"ro"},
                 "equipment":{"serialNumber":"IMEI-356789104563210","name":"Samsung Galaxy S23 Ultra 512 GB"},
                 "problem":"Ecran spart, nu încarcă","estimatedCost":420.50,"promisedDate":"2099-01-31"}""", "ro");
        assertThat(sheet.statusCode()).as(sheet.body()).isEqualTo(201);
        Chromium.start(PHONE, 800);
        signIn(tenant.key(), "admin", TenantFixtures.PASSWORD);

        // the top bar: one line of title, the bell and the user menu whole and inside the window
        assertInsideWindow("#notifications-bell");
        assertInsideWindow("#user-menu");
        assertThat(number(rect(".intervo-view-title").get("height"))).isLessThan(40);
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
        Selenide.screenshot("phone-home");
        $("#user-menu vaadin-menu-bar-button").click();
        $("#sign-out").shouldBe(visible);
        $("#language-menu").shouldBe(visible);
        Selenide.screenshot("phone-user-menu");
        Selenide.actions().sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();

        // the drawer has the language and sign-out too: switch to Russian there
        $("vaadin-drawer-toggle").click();
        $("#drawer-account").shouldBe(visible);
        $("#drawer-language").click();
        $$("vaadin-select-item").findBy(text("Русский")).click();
        $("#home-view").shouldHave(text("Добро пожаловать"));

        // lists are cards at phone width, nothing spills sideways (Russian: the longest labels)
        assertCards("/admin/users", "users-grid");
        assertCards("/workshop/queue", "queue-grid");
        assertCards("/customers", "customers-grid");
        $("#customers-grid").shouldHave(text("Hotel Aro Palace"));
        assertCards("/equipment", "equipment-grid");

        $("vaadin-drawer-toggle").click();
        $("#drawer-sign-out").shouldBe(visible).click();
        $("#login-view").shouldBe(visible);
    }

    @Test
    void onADesktopTheSideMenuShowsWholeLabelsInRussian() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE, ModuleKey.DISPATCH);
        Chromium.start(DESKTOP, 900);
        signIn(tenant.key(), "admin", TenantFixtures.PASSWORD);
        $("#user-menu vaadin-menu-bar-button").click();
        $("#language-menu").shouldBe(visible).click();
        $("#language-ru").shouldBe(visible).click();
        $("#home-view").shouldHave(text("Добро пожаловать"));
        $("#side-menu").shouldHave(text("Клиенты"));
        assertThat(cutMenuLabels()).isEmpty();
        Selenide.screenshot("desktop-menu-ru");
        // the same lists stay grids with their columns on a desktop
        open(url("/admin/users"));
        $("#users-grid").shouldBe(visible).shouldNotHave(attribute("phone-cards"));
        $("#users-grid").$(".intervo-card").shouldNot(exist);
    }

    @Test
    void theDispatchBoardOnAPhoneHasTabsAndATicketIsEditedFromItsPage() throws Exception {
        TenantId tenant = fixtures.newTenant(ModuleKey.DISPATCH);
        Http http = new Http(port);
        String token = fixtures.token(tenant, "dispatcher");
        String customer = Http.field(
                http.postJson("/api/v1/crm/customers", token, """
                {"kind":"PERSON","name":"Ion Popescu","phone":"0722 123 456",
                 "sites":[{"label":"Acasă","street":"Str. Lalelelor 5","city":"Cluj-Napoca","country":"ro",
                           "latitude":46.770439,"longitude":23.591423}]}""", "ro").body(), "id");
        HttpResponse<String> opened = http.postJson(
                "/api/v1/dispatch/tickets",
                token,
                "{\"customerId\":\"" + customer + "\",\"problem\":\"Centrala nu pornește\"}",
                "ro");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String number = Http.field(opened.body(), "number");

        Chromium.start(PHONE, 800);
        signIn(tenant.key(), "dispatcher", TenantFixtures.PASSWORD);
        open(url("/dispatch"));
        $("#board-tabs").shouldBe(visible);
        $("#board-queue").shouldHave(attribute("phone-cards"));
        $("#board-queue").$(".intervo-card").shouldHave(text(number), text("Ion Popescu"));
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
        Selenide.screenshot("phone-board-queue");
        // every tab is on the screen: none hides behind the tab bar's scroll arrow
        for (String tab : List.of("#board-tab-queue", "#board-tab-technicians", "#board-tab-map")) {
            assertInsideWindow(tab);
        }
        $("#board-tab-technicians").click();
        $("#board-technicians").shouldBe(visible).shouldHave(text("Fixture technician"));
        $("#board-active").shouldBe(visible);
        $("#board-tab-map").click();
        $("#board-map").shouldBe(visible).shouldHave(attribute("data-markers", "1"));
        $("#board-map .leaflet-interactive").shouldBe(visible);
        assertThat(number(rect("#board-map").get("height"))).isGreaterThan(250);
        Selenide.screenshot("phone-board-map");

        // one tap on the ticket's number opens it; Edit / reschedule changes it in a dialog
        $("#board-tab-queue").click();
        $("#board-queue [data-ticket='" + number + "']").click();
        $("#ticket-title").shouldHave(text(number));
        $("#ticket-edit").shouldBe(visible).click();
        $("#edit-ticket-dialog").shouldBe(visible);
        $("#ticket-problem textarea").setValue("Centrala nu pornește; cod eroare E1");
        $("#ticket-planned-minutes input").setValue("90");
        Selenide.screenshot("phone-ticket-edit");
        $("#ticket-save").click();
        $("#edit-ticket-dialog").shouldNot(exist);
        $("#ticket-facts").shouldHave(text("cod eroare E1"));
        $("#ticket-log").shouldHave(text("Edited"));
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
    }

    @Test
    void theDispatchBoardOnADesktopHasOneScrollAreaAndTheMapShowsEveryMarkerAndLabel() {
        // a copy of the demo's board: four tickets and two technicians with positions, some close together
        String workspace = demoWorkspaces.likeDemo().key();
        Chromium.start(DESKTOP, 900);
        signIn(workspace, "dispatcher", DemoWorkspaces.PASSWORD);
        open(url("/dispatch"));
        $("#board-lists").shouldBe(visible);
        $("#board-tabs").shouldNot(exist);
        $("#board-map").shouldHave(attribute("data-markers"));
        // the two technicians' names stay shown; a ticket's label only on hover
        $$("#board-map .leaflet-tooltip").shouldHave(CollectionCondition.size(2));
        Selenide.sleep(500);
        Selenide.screenshot("desktop-board");
        for (String grid : List.of("board-queue", "board-technicians", "board-active")) {
            assertThat(gridOverflow(grid)).as(grid + " scrolls sideways").isLessThanOrEqualTo(1);
            assertThat(gridVerticalOverflow(grid))
                    .as(grid + " has its own scrollbar")
                    .isLessThanOrEqualTo(1);
        }
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
        // every shown label and marker lies inside the map; no marker hides another
        List<String> outside = Selenide.executeJavaScript("""
                const map = document.getElementById('board-map').getBoundingClientRect();
                return [...document.querySelectorAll('#board-map .leaflet-tooltip, #board-map path.leaflet-interactive')]
                    .filter(n => { const r = n.getBoundingClientRect();
                        return r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom; })
                    .map(n => n.textContent || 'marker');""");
        assertThat(outside).isEmpty();
        double closest = number(Selenide.executeJavaScript("""
                const c = [...document.querySelectorAll('#board-map path.leaflet-interactive')].map(n => {
                    const r = n.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; });
                let min = 1e9;
                for (let i = 0; i < c.length; i++) for (let j = i + 1; j < c.length; j++)
                    min = Math.min(min, Math.hypot(c[i][0] - c[j][0], c[i][1] - c[j][1]));
                return min;"""));
        assertThat(closest).as("the closest two markers, in pixels").isGreaterThanOrEqualTo(12);
        // no ticket dot lies under a label or a technician: the topmost element at its centre is the dot
        $$("#board-map .leaflet-intervo-dots-pane path").shouldHave(CollectionCondition.size(4));
        List<String> hidden = Selenide.executeJavaScript("""
                return [...document.querySelectorAll('#board-map .leaflet-intervo-dots-pane path')].filter(n => {
                    const r = n.getBoundingClientRect();
                    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    return top !== n; }).map(n => n.getAttribute('fill'));""");
        assertThat(hidden).isEmpty();
        // the markers are framed: they spread over the map instead of huddling in its middle
        double spread = number(Selenide.executeJavaScript("""
                const map = document.getElementById('board-map').getBoundingClientRect();
                const r = [...document.querySelectorAll('#board-map path.leaflet-interactive')]
                    .map(n => n.getBoundingClientRect());
                const w = Math.max(...r.map(x => x.right)) - Math.min(...r.map(x => x.left));
                const h = Math.max(...r.map(x => x.bottom)) - Math.min(...r.map(x => x.top));
                return Math.max(w / map.width, h / map.height);"""));
        assertThat(spread).as("share of the map the markers span").isGreaterThan(0.3);
    }

    @Test
    void theOperatorConsoleSendsToItsOwnSignInStatesItsTimeZoneAndFitsAPhone() {
        Chromium.start(PHONE, 800);
        open(url("/operator"));
        $("#operator-login-view").shouldBe(visible);
        assertThat(WebDriverRunner.url()).endsWith("/operator/login");
        $("#operator-username input").setValue("operator");
        $("#operator-password input").setValue("intervo-demo");
        $("#operator-sign-in").click();
        $("#operator-tenants-view").shouldBe(visible);
        $("#operator-time-zone").shouldHave(text("UTC"));
        $("#operator-tenants-grid").shouldHave(attribute("phone-cards"));
        $("#operator-tenants-grid").$(".intervo-card").shouldBe(visible).shouldHave(text("(UTC)"));
        assertInsideWindow("#operator-sign-out");
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
        Selenide.screenshot("phone-operator");
        $("#operator-nav-audit").click();
        $("#operator-audit-view").shouldBe(visible);
        $("#operator-time-zone").shouldHave(text("UTC"));
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
    }
}
