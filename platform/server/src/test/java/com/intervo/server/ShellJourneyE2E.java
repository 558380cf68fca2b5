package com.intervo.server;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;

import com.codeborne.selenide.Selenide;
import com.intervo.testsupport.TenantIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shell in a real browser: sign in, the menu, the language switch, sign out; by subdomain; on a phone. */
@TenantIntegrationTest
class ShellJourneyE2E {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    DemoWorkspaces demoWorkspaces;

    @AfterEach
    void closeBrowser() {
        Chromium.stop();
    }

    private void signIn(String workspace, String username, String password) {
        if (workspace != null) {
            $("#workspace input").setValue(workspace);
        }
        $("#username input").setValue(username);
        $("#password input").setValue(password);
        $("#sign-in").click();
    }

    /** The one journey on the shared "demo" workspace itself, as a visitor finds it; it leaves it as it was. */
    @Test
    void signInToDemoSeeTheMenuSwitchToRomanianAndSignOut() {
        Chromium.start(1280, 900);
        open("http://localhost:" + port + "/");
        $("#login-view").shouldBe(visible);
        $("#demo-hint").shouldHave(text("intervo-demo"));

        signIn("demo", "admin", "wrong-password");
        $("#login-error").shouldBe(visible).shouldHave(text("Sign-in failed"));

        signIn("demo", "admin", "intervo-demo");
        $("#home-view").shouldHave(text("Welcome, Andrei Popescu"));
        $("#side-menu").shouldHave(text("Home"), text("Administration"), text("Licenses"));

        $("#user-menu vaadin-menu-bar-button").click();
        $("#language-menu").shouldBe(visible).click();
        $("#language-ro").shouldBe(visible).click();
        $("#home-view").shouldHave(text("Bun venit, Andrei Popescu"));
        $("#side-menu").shouldHave(text("Acasă"), text("Administrare"), text("Licențe"));
        Selenide.screenshot("shell-desktop-ro");

        $("#side-menu").$(byText("Licențe")).click();
        $("#licenses-grid").shouldHave(text("Dispecerat"), text("Activ"));

        $("#user-menu vaadin-menu-bar-button").click();
        $("#sign-out").shouldBe(visible).click();
        $("#login-view").shouldBe(visible);
        open("http://localhost:" + port + "/admin/licenses");
        $("#login-view").shouldBe(visible);

        // the language is remembered for the user, on the next sign-in too
        signIn("demo", "admin", "intervo-demo");
        $("#home-view").shouldHave(text("Bun venit"));
        $("#user-menu vaadin-menu-bar-button").click();
        $("#language-menu").shouldBe(visible).click();
        $("#language-en").shouldBe(visible).click();
        $("#home-view").shouldHave(text("Welcome"));
    }

    @Test
    void theSubdomainNamesTheWorkspaceAndUnlicensedViewsAreRefused() {
        // a copy of acme: Workshop Simple only
        String acme = demoWorkspaces.likeAcme().key();
        Chromium.start(1280, 900);
        open("http://" + acme + ".localhost:" + port + "/");
        $("#login-view").shouldBe(visible).shouldHave(text(acme));
        $("#workspace").shouldNot(exist);
        signIn(null, "dispatcher", DemoWorkspaces.PASSWORD);
        $("#home-modules").shouldHave(text("Workshop Simple")).shouldNotHave(text("Dispatch"));
        open("http://" + acme + ".localhost:" + port + "/fixture/dispatch");
        $("#not-found-view").shouldBe(visible);
        $("#dispatch-fixture-view").shouldNot(exist);
    }

    @Test
    void theShellWorksAtPhoneWidth() {
        String workspace = demoWorkspaces.likeDemo().key();
        Chromium.start(390, 844);
        open("http://localhost:" + port + "/login");
        signIn(workspace, "technician", DemoWorkspaces.PASSWORD);
        $("#home-view").shouldBe(visible);
        $("vaadin-drawer-toggle").shouldBe(visible).click();
        $("#side-menu").shouldBe(visible).shouldHave(text("Home"));
        Selenide.screenshot("shell-phone-menu");
    }

    @Test
    void homeSaysWhatWaitsAndOpensTheListAtBothWidths() {
        String workspace = demoWorkspaces.likeDemo().key();
        Chromium.start(1440, 900);
        open("http://localhost:" + port + "/login");
        signIn(workspace, "dispatcher", DemoWorkspaces.PASSWORD);
        $("#home-today").shouldBe(visible).shouldHave(text("What needs you today"));
        // the cards are laid out as cards (the shell's style sheet applies), side by side on a desktop
        org.assertj.core.api.Assertions.assertThat(
                        $("#home-workshop-unassigned").getCssValue("display"))
                .isEqualTo("flex");
        $("#home-workshop-unassigned").shouldBe(visible);
        $("#home-dispatch-unassigned").shouldBe(visible);
        Selenide.screenshot("home-desktop");
        $("#home-workshop-unassigned").click();
        $("#queue-view").shouldBe(visible);
        $("#queue-unassigned input").shouldBe(com.codeborne.selenide.Condition.checked);

        com.codeborne.selenide.WebDriverRunner.getWebDriver()
                .manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(375, 812));
        open("http://localhost:" + port + "/");
        $("#home-workshop-unassigned").shouldBe(visible);
        Selenide.screenshot("home-phone");
    }

    @Test
    void theTemplatePreviewReallyShowsThePdfInThePage() {
        String workspace = demoWorkspaces.likeDemo().key();
        Chromium.start(1440, 900);
        open("http://localhost:" + port + "/login");
        signIn(workspace, "admin", DemoWorkspaces.PASSWORD);
        $("#home-view").shouldBe(visible);
        open("http://localhost:" + port + "/admin/documents");
        $("#documents-form").shouldBe(visible);
        $("#documents-preview-frame")
                .shouldHave(com.codeborne.selenide.Condition.attributeMatching("src", ".*dynamic/resource.*"));
        // the frame holds the PDF (served as one, and allowed into our own page), not the error page a refused
        // frame gets: that error page belongs to no origin, so reading the frame's address throws
        framedPdf();
        Selenide.screenshot("documents-preview");
        // a change in the form shows in a new preview
        String first = $("#documents-preview-frame").getAttribute("src");
        $("#documents-form-title input").setValue("Fișă de primire");
        $("#documents-form-title input").sendKeys(org.openqa.selenium.Keys.TAB);
        $("#documents-preview-frame").shouldNotHave(com.codeborne.selenide.Condition.attribute("src", first));
        framedPdf();
    }

    private static void framedPdf() {
        // what the browser got for the frame: a PDF that our own page may frame (a refused frame shows an error)
        String served = Selenide.executeAsyncJavaScript("const done = arguments[arguments.length - 1];"
                + " fetch(document.getElementById('documents-preview-frame').src).then(r => done("
                + " r.headers.get('content-type') + '|' + r.headers.get('x-frame-options')));");
        org.assertj.core.api.Assertions.assertThat(served)
                .startsWith("application/pdf")
                .endsWith("|SAMEORIGIN");
        // and the frame really holds it: a refused frame shows an error page of no origin, which cannot be read
        com.codeborne.selenide.Selenide.Wait().until(driver -> {
            String frame = Selenide.executeJavaScript(
                    "const f = document.getElementById('documents-preview-frame');"
                            + " try { return String(f.contentWindow.location.href) + ' ' + (f.contentDocument"
                            + " ? f.contentDocument.contentType : 'no document'); } catch (e) { return 'refused: ' + e.name; }");
            return frame != null && frame.contains("dynamic/resource") && frame.endsWith(" application/pdf");
        });
    }

    private static org.openqa.selenium.By byText(String text) {
        return com.codeborne.selenide.Selectors.byText(text);
    }
}
