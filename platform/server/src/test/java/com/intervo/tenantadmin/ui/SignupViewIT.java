package com.intervo.tenantadmin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.intervo.kernel.identity.SignInService;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The public sign-up page without a browser, as an anonymous visitor. */
@TenantIntegrationTest
class SignupViewIT extends SpringBrowserlessTest {

    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/(verify-email/[a-z0-9_]+/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final MailCatcher catcher = new MailCatcher();

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    SignInService signIn;

    @Test
    void theWorkspaceNameIsCheckedWhileTypingAndErrorsLandOnTheirFields() {
        navigate(SignupView.class);
        TextField workspace = find(TextField.class).id("signup-workspace");
        test(workspace).setValue(fixtures.newTenant().key());
        assertThat(workspace.isInvalid()).isTrue();
        assertThat(workspace.getErrorMessage()).isEqualTo("This workspace name is taken.");
        test(workspace).setValue("x; drop schema platform");
        assertThat(workspace.isInvalid()).isTrue();
        assertThat(workspace.getErrorMessage()).startsWith("Use 2–31");
        test(workspace).setValue("free_" + ThreadLocalRandom.current().nextInt(1_000_000));
        assertThat(workspace.isInvalid()).isFalse();

        test(find(TextField.class).id("signup-company")).setValue("Acme");
        test(find(EmailField.class).id("signup-email")).setValue("not-an-address");
        test(find(PasswordField.class).id("signup-password")).setValue("long-enough-password");
        find(ComboBox.class).id("signup-country").setValue("RO");
        test(find(Button.class).id("signup-submit")).click();
        EmailField email = find(EmailField.class).id("signup-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid e-mail address.");
        assertThat(find(Paragraph.class).all())
                .noneMatch(p -> "signup-done".equals(p.getId().orElse(null)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCompanySignsUpOnThePageAndConfirmsItsEmail() throws Exception {
        String key = "suv_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        navigate(SignupView.class);
        test(find(TextField.class).id("signup-company")).setValue("Acme Service");
        test(find(TextField.class).id("signup-workspace")).setValue(key);
        test(find(TextField.class).id("signup-admin-name")).setValue("Jana Nováková");
        test(find(EmailField.class).id("signup-email")).setValue("owner@acme.example");
        test(find(PasswordField.class).id("signup-password")).setValue("long-enough-password");
        find(ComboBox.class).id("signup-country").setValue("CZ");
        // the currency follows the country
        assertThat(find(ComboBox.class).id("signup-currency").getValue()).isEqualTo("CZK");
        find(CheckboxGroup.class).id("signup-modules").setValue(Set.of(ModuleKey.DISPATCH));
        test(find(Button.class).id("signup-submit")).click();

        for (int i = 0;
                i < 200
                        && find(Paragraph.class).all().stream()
                                .noneMatch(p -> "signup-done".equals(p.getId().orElse(null)));
                i++) {
            Thread.sleep(100);
            roundTrip();
        }
        assertThat(find(Paragraph.class).id("signup-done").getText())
                .contains("owner@acme.example")
                .contains(key);
        assertThat(find(Anchor.class).id("signup-workspace-url").getHref())
                .isEqualTo("http://" + key + ".localhost:8080/login");

        assertThat(catcher.smtp().waitForIncomingEmail(10_000, 1)).isTrue();
        String body = GreenMailUtil.getBody(catcher.smtp().getReceivedMessages()[0])
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).isTrue();
        navigate(m.group(1), VerifyEmailView.class);
        // opening the link (as a mail scanner would) does not confirm yet
        assertThatThrownBy(() -> signIn.authenticate(key, "admin", "long-enough-password"))
                .isInstanceOf(com.intervo.kernel.identity.EmailNotConfirmedException.class);
        // a wrong password says nothing about the address
        assertThatThrownBy(() -> signIn.authenticate(key, "admin", "a-wrong-password!"))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class)
                .isNotInstanceOf(com.intervo.kernel.identity.EmailNotConfirmedException.class);

        // signing in before confirming says so and sends a new link; the first one stops working
        navigate(com.intervo.kernel.ui.LoginView.class);
        test(find(TextField.class).id("workspace")).setValue(key);
        test(find(TextField.class).id("username")).setValue("admin");
        test(find(PasswordField.class).id("password")).setValue("long-enough-password");
        test(find(Button.class).id("sign-in")).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("login-error")
                        .getText())
                .contains("not confirmed");
        Button resend = find(Button.class).id("login-resend");
        assertThat(resend.isVisible()).isTrue();
        test(resend).click();
        assertThat(catcher.smtp().waitForIncomingEmail(10_000, 2)).isTrue();
        String again = GreenMailUtil.getBody(catcher.smtp().getReceivedMessages()[1])
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher second = LINK.matcher(again);
        assertThat(second.find()).isTrue();
        assertThat(second.group(1)).isNotEqualTo(m.group(1));
        navigate(m.group(1), VerifyEmailView.class);
        test(find(com.vaadin.flow.component.button.Button.class).id("verify-confirm"))
                .click();
        assertThat(find(Paragraph.class).id("verify-invalid")).isNotNull();
        navigate(second.group(1), VerifyEmailView.class);
        test(find(com.vaadin.flow.component.button.Button.class).id("verify-confirm"))
                .click();
        assertThat(find(Paragraph.class).id("verify-done").getText())
                .contains(key)
                .contains("admin");
        assertThat(signIn.authenticate(key, "admin", "long-enough-password").username())
                .isEqualTo("admin");
        // the admin is shown under their own name, not the company's
        assertThat(signIn.authenticate(key, "admin", "long-enough-password").displayName())
                .isEqualTo("Jana Nováková");
        navigate(second.group(1), VerifyEmailView.class);
        test(find(com.vaadin.flow.component.button.Button.class).id("verify-confirm"))
                .click();
        assertThat(find(Paragraph.class).id("verify-invalid")).isNotNull();
    }

    @Test
    void countriesAreOrderedByTheirNameInThePageLanguage() {
        for (java.util.Locale locale : com.intervo.kernel.i18n.Messages.LOCALES) {
            java.util.List<String> names = SignupView.countriesByName(locale).stream()
                    .map(c -> java.util.Locale.of("", c).getDisplayCountry(locale))
                    .toList();
            assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(locale));
        }
        assertThat(SignupView.currencyOf("RO")).isEqualTo("RON");
        assertThat(SignupView.currencyOf("AQ")).isNull();
    }
}
