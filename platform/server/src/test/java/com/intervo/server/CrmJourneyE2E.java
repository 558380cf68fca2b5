package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.empty;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;

import com.codeborne.selenide.Selenide;
import com.intervo.testsupport.TenantIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dispatcher registers a new customer and their boiler with its ISCIR fields, pins it on the map and opens its card. */
@TenantIntegrationTest
class CrmJourneyE2E {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    DemoWorkspaces demoWorkspaces;

    @AfterEach
    void closeBrowser() {
        Chromium.stop();
    }

    private static void pick(String comboId, String text) {
        $("#" + comboId + " input").setValue(text);
        $$("vaadin-combo-box-item").filterBy(visible).findBy(text(text)).shouldBe(visible);
        $("#" + comboId + " input").sendKeys(Keys.ENTER);
    }

    @Test
    void createACustomerAddABoilerWithAMapPinAndOpenItsCard() {
        // a copy of the demo workspace: its boiler catalog, custom fields and every module
        String workspace = demoWorkspaces.likeDemo().key();
        Chromium.start(1440, 1000);
        open("http://localhost:" + port + "/login");
        $("#workspace input").setValue(workspace);
        $("#username input").setValue("dispatcher");
        $("#password input").setValue(DemoWorkspaces.PASSWORD);
        $("#sign-in").click();
        $("#home-view").shouldBe(visible);

        open("http://localhost:" + port + "/customers");
        $("#new-customer").shouldBe(visible).click();
        $("#customer-name input").shouldBe(visible).setValue("Familia Dumitrescu");
        $("#customer-phone input").setValue("0733 444 555");
        $("#customer-save").click();
        $("#customer-title").shouldHave(text("Familia Dumitrescu"));
        String customerUrl = com.codeborne.selenide.WebDriverRunner.url();
        // the customer's work with each licensed module, and where to start new work for them
        $("#customer-sheets").shouldBe(visible).shouldHave(text("Service sheets"), text("In all: 0"));
        $("#customer-tickets").shouldBe(visible).shouldHave(text("Tickets"), text("In all: 0"));
        $("#customer-tickets-new").click();
        $("#open-ticket-dialog").shouldBe(visible);
        $("#ticket-customer input").shouldHave(com.codeborne.selenide.Condition.value("Familia Dumitrescu"));
        open(customerUrl);
        $("#customer-sheets-new").shouldBe(visible).click();
        $("#intake-customer input").shouldHave(com.codeborne.selenide.Condition.value("Familia Dumitrescu"));
        open(customerUrl);
        $("#customer-title").shouldHave(text("Familia Dumitrescu"));

        $("#add-equipment").click();
        pick("equipment-type", "Centrală termică pe gaz");
        pick("equipment-model", "Vaillant VUW INT II 306/5-5");
        $("#equipment-serial input").setValue("VUW-E2E-0001");
        // the custom fields of the type "Gas boiler"
        $("#custom-field-contract_no input").shouldBe(visible).setValue("CS-E2E-7");
        $("#custom-field-iscir_registration_no input").setValue("CT-E2E/2026");
        $("#custom-field-iscir_due_date input").setValue("3/15/2027");
        $("#custom-field-iscir_due_date input").sendKeys(Keys.ENTER);
        $("#equipment-map").shouldBe(visible).shouldHave(attribute("data-markers", "0"));
        $("#equipment-map").click();
        $("#equipment-latitude input").shouldNotBe(empty);
        $("#equipment-map").shouldHave(attribute("data-markers", "1"));
        Selenide.screenshot("equipment-form");
        $("#equipment-save").click();

        $("#equipment-card").shouldHave(text("VUW-E2E-0001"), text("Familia Dumitrescu"));
        $("#equipment-title").shouldHave(text("Vaillant VUW INT II 306/5-5"));
        $("#equipment-card-map").shouldHave(attribute("data-markers", "1"));
        $("#equipment-custom-fields")
                .shouldHave(text("ISCIR registration no.: CT-E2E/2026"), text("CS-E2E-7"), text("2027"));
        $("#equipment-timeline").shouldHave(text("Registered"));
        Selenide.screenshot("equipment-card");

        // the global search finds it by serial number
        $("#global-search input").setValue("E2E-0001");
        $$("vaadin-combo-box-item")
                .filterBy(visible)
                .findBy(text("VUW-E2E-0001"))
                .click();
        $("#equipment-card").shouldHave(text("VUW-E2E-0001"));

        // the customer page on a phone
        com.codeborne.selenide.WebDriverRunner.getWebDriver()
                .manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(375, 812));
        open(customerUrl);
        $("#customer-sheets").shouldBe(visible);
        $("#customer-sheets-new").shouldBe(visible);
        Selenide.screenshot("customer-page-phone");
    }
}
