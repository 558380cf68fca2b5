package com.intervo.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.SignInService;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.Licenses.ModuleLicense;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.RefusingPort;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.BadCredentialsException;

/** Self-service sign-up: checks first, provisioning undone on failure, 14-day trial, e-mail verification. */
@TenantIntegrationTest
class SignupIT {

    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/verify-email/([a-z0-9_]+)/([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final MailCatcher catcher = new MailCatcher();

    @Autowired
    SignupService signups;

    @Autowired
    SignInService signIn;

    @Autowired
    UserInvitations invitations;

    @Autowired
    UserDirectory users;

    @Autowired
    Licenses licenses;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JavaMailSender mailSender;

    @AfterEach
    void tearDown() {
        TenantContext.clear();
    }

    private static String newKey() {
        return "su_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static SignupRequest request(String key, String email) {
        return new SignupRequest(
                "Acme Service SRL",
                key,
                email,
                PASSWORD,
                "RO",
                "ro",
                "RON",
                "Europe/Bucharest",
                Set.of(ModuleKey.WORKSHOP_PLUS, ModuleKey.DISPATCH));
    }

    private boolean leftBehind(String key) {
        Integer schemas = jdbc.queryForObject(
                "select count(*) from information_schema.schemata where schema_name = ?", Integer.class, "t_" + key);
        Integer rows =
                jdbc.queryForObject("select count(*) from platform.tenant where tenant_key = ?", Integer.class, key);
        return schemas + rows > 0;
    }

    @Test
    void aCompanySignsUpVerifiesItsEmailAndSignsIn() throws Exception {
        String key = newKey();
        List<TenantProvisioning.Step> steps = new ArrayList<>();
        SignupService.Signup done = signups.signUp(request(key, "owner@acme.example"), steps::add);

        assertThat(steps).containsExactly(TenantProvisioning.Step.values());
        assertThat(done.tenant().key()).isEqualTo(key);
        assertThat(done.workspaceUrl()).isEqualTo("http://" + key + ".localhost:8080/login");
        assertThat(jdbc.queryForObject("select status from platform.tenant where tenant_key = ?", String.class, key))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject(
                        "select default_locale || ' ' || time_zone || ' ' || currency from platform.tenant where tenant_key = ?",
                        String.class,
                        key))
                .isEqualTo("ro Europe/Bucharest RON");
        assertThat(signups.isAvailable(key)).isFalse();

        // the admin exists but cannot sign in before the e-mail is confirmed
        TenantId tenant = new TenantId(key);
        var admin =
                TenantContext.callAs(tenant, () -> users.findByUsername("admin").orElseThrow());
        assertThat(admin.isActive()).isFalse();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isCatalogEditor()).isTrue();
        assertThat(admin.getEmail()).isEqualTo("owner@acme.example");
        assertThatThrownBy(() -> signIn.authenticate(key, "admin", PASSWORD))
                .isInstanceOf(BadCredentialsException.class);

        // trial of the picked modules (Workshop Plus brings Simple along), valid for 14 days
        Instant now = Instant.now();
        List<ModuleLicense> trial = licenses.licenses(tenant).stream()
                .filter(l -> l.source() == Entitlement.Source.TRIAL)
                .toList();
        assertThat(trial)
                .extracting(ModuleLicense::module)
                .containsExactlyInAnyOrder(ModuleKey.WORKSHOP_PLUS, ModuleKey.DISPATCH);
        assertThat(trial).allSatisfy(l -> {
            assertThat(l.state()).isEqualTo(ModuleLicense.State.ACTIVE);
            assertThat(Duration.between(now, l.validUntil()))
                    .isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14));
        });
        assertThat(licenses.effectiveModules(tenant))
                .containsExactlyInAnyOrder(ModuleKey.WORKSHOP_SIMPLE, ModuleKey.WORKSHOP_PLUS, ModuleKey.DISPATCH);

        // the mail, in the chosen language, carries a single-use verification link
        assertThat(catcher.smtp().waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = catcher.smtp().getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("owner@acme.example");
        assertThat(message.getSubject()).contains(key).contains("Confirmă");
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link in %s", body).isTrue();
        assertThat(m.group(1)).isEqualTo(key);
        String token = m.group(2);

        // the link cannot be used to set a password, nor on another workspace
        assertThatThrownBy(() -> invitations.setPassword(
                        UserInvitations.Link.EMAIL_VERIFICATION, key, token, "another-password", "another-password"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> invitations.verifyEmail("demo", token)).isInstanceOf(DomainException.class);

        assertThat(invitations.verifyEmail(key, token).username()).isEqualTo("admin");
        IntervoUser user = signIn.authenticate(key, "admin", PASSWORD);
        assertThat(user.roles()).contains(Role.ADMIN);
        // once only
        assertThatThrownBy(() -> invitations.verifyEmail(key, token))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("users.link.invalid"));
    }

    @Test
    void aTakenReservedOrHostileWorkspaceNameIsRefusedBeforeAnythingIsCreated() {
        TenantId taken = fixtures.newTenant();
        assertRefused(request(taken.key(), "a@acme.example"), "workspace", "signup.error.workspace-taken");
        for (String key : List.of(
                "signup",
                "admin",
                "platform",
                "x; drop schema platform",
                "X",
                "a",
                "1abc",
                "Acme",
                "a".repeat(40),
                "")) {
            assertRefused(request(key, "a@acme.example"), "workspace", "signup.error.workspace-invalid");
            assertThat(signups.isAvailable(key)).isFalse();
        }
        assertThat(signups.isAvailable(null)).isFalse();
        assertThat(signups.isAvailable(taken.key())).isFalse();
        assertThat(signups.isAvailable(newKey())).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.schemata where schema_name = 'platform'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(catcher.smtp().getReceivedMessages()).isEmpty();
    }

    @Test
    void badInputsAreRefusedWithTheFieldNamedAndNothingCreated() {
        String key = newKey();
        SignupRequest ok = request(key, "a@acme.example");
        check(
                ok,
                r -> new SignupRequest(
                        " ",
                        r.workspace(),
                        r.email(),
                        r.password(),
                        r.country(),
                        r.language(),
                        r.currency(),
                        r.timeZone(),
                        r.modules()),
                "companyName");
        check(
                ok,
                r -> new SignupRequest(
                        r.companyName(),
                        r.workspace(),
                        "not-an-address",
                        r.password(),
                        r.country(),
                        r.language(),
                        r.currency(),
                        r.timeZone(),
                        r.modules()),
                "email");
        check(
                ok,
                r -> new SignupRequest(
                        r.companyName(),
                        r.workspace(),
                        r.email(),
                        "short",
                        r.country(),
                        r.language(),
                        r.currency(),
                        r.timeZone(),
                        r.modules()),
                "password");
        check(
                ok,
                r -> new SignupRequest(
                        r.companyName(),
                        r.workspace(),
                        r.email(),
                        r.password(),
                        "XX",
                        r.language(),
                        r.currency(),
                        r.timeZone(),
                        r.modules()),
                "country");
        check(
                ok,
                r -> new SignupRequest(
                        r.companyName(),
                        r.workspace(),
                        r.email(),
                        r.password(),
                        r.country(),
                        "de",
                        r.currency(),
                        r.timeZone(),
                        r.modules()),
                "language");
        check(
                ok,
                r -> new SignupRequest(
                        r.companyName(),
                        r.workspace(),
                        r.email(),
                        r.password(),
                        r.country(),
                        r.language(),
                        "EURO",
                        r.timeZone(),
                        r.modules()),
                "currency");
        check(
                ok,
                r -> new SignupRequest(
                        r.companyName(),
                        r.workspace(),
                        r.email(),
                        r.password(),
                        r.country(),
                        r.language(),
                        r.currency(),
                        "Mars/Olympus",
                        r.modules()),
                "timeZone");
        check(
                ok,
                r -> new SignupRequest(
                        r.companyName(),
                        r.workspace(),
                        r.email(),
                        r.password(),
                        r.country(),
                        r.language(),
                        r.currency(),
                        r.timeZone(),
                        Set.of()),
                "modules");
        assertThat(leftBehind(key)).isFalse();
        assertThat(catcher.smtp().getReceivedMessages()).isEmpty();
    }

    @Test
    void aFailedProvisioningLeavesNothingAndTheSameNameCanBeRetried() throws Exception {
        String key = newKey();
        // the mail server is unreachable: the verification mail fails inside the seed
        try (RefusingPort down = RefusingPort.open()) {
            ((JavaMailSenderImpl) mailSender).setPort(down.port());
            assertThatThrownBy(() -> signups.signUp(request(key, "owner@acme.example"), step -> {}))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("signup.error.failed"));
        }
        assertThat(leftBehind(key)).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.entitlement e join platform.tenant t on t.id = e.tenant_id where t.tenant_key = ?",
                        Integer.class,
                        key))
                .isZero();
        assertThat(signups.isAvailable(key)).isTrue();

        ((JavaMailSenderImpl) mailSender).setPort(catcher.smtp().getSmtp().getPort());
        SignupService.Signup done = signups.signUp(request(key, "owner@acme.example"), step -> {});
        assertThat(done.tenant().key()).isEqualTo(key);
        assertThat(catcher.smtp().waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(licenses.effectiveModules(done.tenant())).contains(ModuleKey.DISPATCH);
    }

    private void check(SignupRequest ok, UnaryOperator<SignupRequest> spoil, String field) {
        assertThatThrownBy(() -> signups.signUp(spoil.apply(ok), step -> {}))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private void assertRefused(SignupRequest request, String field, String key) {
        assertThatThrownBy(() -> signups.signUp(request, step -> {}))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void signUpsAndNameChecksAreLimitedPerAddress() {
        String address =
                "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 50; i++) {
            signups.admit(address);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signups.admit(address))
                .isInstanceOfSatisfying(
                        com.intervo.kernel.errors.DomainException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("signup.error.too-many"));
        // another address is not affected
        signups.admit(address + "1");
        int allowed = 0;
        while (signups.allowNameCheck(address) && allowed < 1000) {
            allowed++;
        }
        org.assertj.core.api.Assertions.assertThat(allowed).isEqualTo(200);
    }
}
