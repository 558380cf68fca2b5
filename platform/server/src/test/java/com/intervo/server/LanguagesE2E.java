package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Romanian page in a real browser, at desktop and phone width: the document says it is Romanian, the date
 * picker's calendar is Romanian and starts on Monday, chart axes carry Romanian dates and numbers.
 */
@TenantIntegrationTest
class LanguagesE2E {

    @LocalServerPort
    int port;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    UserDirectory users;

    @AfterEach
    void closeBrowser() {
        Chromium.stop();
    }

    @ParameterizedTest
    @ValueSource(ints = {1440, 375})
    void aRomanianPageIsRomanianToTheDatePicker(int width) {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        // the admin has chosen Romanian (the shell's language menu stores the same)
        TenantContext.callAs(tenant, () -> {
            users.setLanguage(users.findByUsername("admin").orElseThrow().getId(), "ro");
            return null;
        });
        Chromium.start(width, 900);
        open("http://localhost:" + port + "/login");
        $("#login-view").shouldBe(visible);
        assertThat((String) Selenide.executeJavaScript("return document.documentElement.lang"))
                .isEqualTo("en");
        $("#workspace input").setValue(tenant.key());
        $("#username input").setValue("admin");
        $("#password input").setValue(TenantFixtures.PASSWORD);
        $("#sign-in").click();
        $("#home-view").shouldBe(visible);
        assertThat((String) Selenide.executeJavaScript("return document.documentElement.lang"))
                .isEqualTo("ro");

        open("http://localhost:" + port + "/workshop/reports");
        $("vaadin-date-picker").shouldBe(visible);
        assertThat((String) Selenide.executeJavaScript("return document.documentElement.lang"))
                .isEqualTo("ro");
        List<Object> months =
                Selenide.executeJavaScript("return document.querySelector('vaadin-date-picker').i18n.monthNames");
        assertThat(months).startsWith((Object) "Ianuarie", "Februarie");
        assertThat(((Number) Selenide.executeJavaScript(
                                "return document.querySelector('vaadin-date-picker').i18n.firstDayOfWeek"))
                        .intValue())
                .isEqualTo(1);
        // the calendar as a person sees it: Romanian month, Monday first, Romanian buttons
        $("vaadin-date-picker").$("input").click();
        assertThat((Boolean) Selenide.executeJavaScript("return document.querySelector('vaadin-date-picker').opened"))
                .isTrue();
        assertThat((String)
                        Selenide.executeJavaScript("return document.querySelector('vaadin-date-picker').i18n.today"))
                .isEqualTo("Astăzi");
        assertThat((String)
                        Selenide.executeJavaScript("return document.querySelector('vaadin-date-picker').i18n.cancel"))
                .isEqualTo("Anulează");
        Selenide.screenshot("date-picker-ro-" + width);
        Selenide.executeJavaScript("document.querySelector('vaadin-date-picker').opened = false");

        $("#chart-periods").shouldHave(attribute("data-drawn", "true"));
        String axis = $("#chart-periods").getText();
        assertThat(axis).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        Selenide.screenshot("reports-ro-" + width);
    }
}
