package com.intervo.server;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selenide.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.StripeStub;
import com.intervo.testsupport.TenantIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service company signs up with Dispatch, invites its technician, pays on (the local stand-in for) Stripe's
 * hosted checkout, and sees its Dispatch license active once Stripe's webhook confirms the payment.
 */
@TenantIntegrationTest
class BillingJourneyE2E {

    private static final Duration STRIPE = Duration.ofSeconds(30);
    private static final Pattern VERIFY =
            Pattern.compile("http://localhost:8080/(verify-email/[a-z0-9_]+/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    Licenses licenses;

    @RegisterExtension
    static final MailCatcher catcher = new MailCatcher();

    @BeforeEach
    void mail() {
        StripeStub.get().price("price_team", 4900);
        StripeStub.get().price("price_dispatch", 1900);
    }

    @AfterEach
    void tearDown() {
        Chromium.stop();
    }

    @Test
    void signUpPickDispatchInviteATechnicianAndPayWithStripe() throws Exception {
        String base = "http://localhost:" + port;
        String workspace = "e2e_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
        Chromium.start(1280, 1000);

        // sign up with Dispatch only
        open(base + "/signup");
        $("#signup-company input").shouldBe(visible).setValue("Termo Service Cluj SRL");
        $("#signup-workspace input").setValue(workspace);
        String domain = workspace.replace('_', '-') + ".example";
        $("#signup-email input").setValue("office@" + domain);
        $("#signup-password input").setValue("a-long-enough-password");
        $("#signup-country input").setValue("Romania");
        $$("vaadin-combo-box-item").filterBy(visible).findBy(text("Romania")).shouldBe(visible);
        $("#signup-country input").sendKeys(Keys.ENTER);
        // a Romanian company pays in lei unless it picks otherwise
        $("#signup-currency input").shouldHave(com.codeborne.selenide.Condition.value("RON"));
        $("#signup-admin-name input").setValue("Ioana Mureșan");
        $$("#signup-modules vaadin-checkbox")
                .findBy(text("Workshop Simple"))
                .$("input")
                .click();
        $$("#signup-modules vaadin-checkbox")
                .findBy(text("Dispatch"))
                .$("input")
                .click();
        $$("#signup-modules vaadin-checkbox").findBy(text("Dispatch")).shouldHave(attribute("checked"));
        $("#signup-submit").click();
        $("#signup-done").shouldBe(visible, Duration.ofSeconds(60));

        // signing in before confirming says what is missing
        open(base + "/login");
        $("#workspace input").setValue(workspace);
        $("#username input").setValue("admin");
        $("#password input").setValue("a-long-enough-password");
        $("#sign-in").click();
        $("#login-error").shouldBe(visible).shouldHave(text("not confirmed"));
        $("#login-resend").shouldBe(visible);

        // the e-mail address is confirmed with the link in the mail
        catcher.smtp().waitForIncomingEmail(10_000, 1);
        MimeMessage verification = Arrays.stream(catcher.smtp().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(domain);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        Matcher link = VERIFY.matcher(
                GreenMailUtil.getBody(verification).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        open(base + "/" + link.group(1));
        $("#verify-confirm").shouldBe(visible).click();
        $("#verify-done").shouldBe(visible);

        open(base + "/login");
        $("#workspace input").setValue(workspace);
        $("#username input").setValue("admin");
        $("#password input").setValue("a-long-enough-password");
        $("#sign-in").click();
        $("#home-view").shouldBe(visible).shouldHave(text("Ioana Mureșan"));

        // invite the technician
        open(base + "/admin/users");
        $("#invite-user").shouldBe(visible).click();
        $("#invite-email input").shouldBe(visible).setValue("mihai@" + domain);
        $("#invite-name input").setValue("Mihai Pop");
        // no role is pre-ticked: the admin chooses one
        $$("#user-roles vaadin-checkbox").findBy(text("Technician")).click();
        $("#invite-send").click();
        $("#users-grid").shouldHave(text("Mihai Pop"));

        // the trial shows; Dispatch is pre-selected; pay with Stripe
        open(base + "/admin/licenses");
        $("#billing-status-text").shouldHave(text("Trial"));
        $("#billing-users").shouldHave(text("2 of 10 users"));
        $("#billing-module-dispatch").shouldHave(attribute("checked"));
        $$("#billing-plan vaadin-radio-button").findBy(text("Team")).$("input").click();
        $("#billing-total").shouldHave(text("87"));
        Selenide.screenshot("billing-before-checkout");
        $("#billing-order").click();
        // what changes and what it costs, before anything changes
        $("#billing-confirm-text").shouldBe(visible).shouldHave(text("Plan: Trial → Team"), text("87"));
        Selenide.screenshot("billing-confirm");
        $("vaadin-button[slot='confirm-button']").shouldBe(visible).click();

        // Stripe's hosted checkout (the local stub): one item per module, Dispatch per user
        $("#lines").shouldBe(visible).shouldHave(text("price_team × 1"), text("price_dispatch × 2"));
        assertThat(licenses.isLicensed(new TenantId(workspace), ModuleKey.WORKSHOP_SIMPLE))
                .isFalse();
        $("#pay").click();

        // back in Intervo: the license is active once Stripe's webhook has confirmed the payment
        $("#billing-status-text").shouldHave(text("Subscription active"), STRIPE);
        $("#billing-next-payment").shouldHave(text("87"));
        $("#licenses-grid").shouldHave(text("Subscription"));
        $("#billing-invoices").shouldHave(text("Paid"));
        Selenide.screenshot("billing-after-checkout");
        assertThat(licenses.isLicensed(new TenantId(workspace), ModuleKey.DISPATCH))
                .isTrue();
        // this workspace's Stripe customer got the checkout's events, each applied once
        StripeStub.get().awaitIdle(Duration.ofSeconds(15));
        String customer = (String) StripeStub.get().customerOfTenant(workspace).get("id");
        assertThat(StripeStub.get().sentTo(customer))
                .extracting(StripeStub.SentEvent::type)
                .containsExactly("customer.subscription.created", "invoice.paid", "checkout.session.completed");
        assertThat(StripeStub.get().sentTo(customer)).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.answer().outcome()).isEqualTo("APPLIED");
        });
    }
}
