package com.intervo.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.SignInService;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.identity.UserInvitations;
import com.intervo.kernel.identity.UserInvitations.Link;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.MailCatcher;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

/** Users and roles: role changes, deactivation, invitations and password resets by e-mail (GreenMail). */
@TenantIntegrationTest
class UsersIT {

    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080/(invitation|password-reset)/([a-z0-9_]+)/([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final MailCatcher catcher = new MailCatcher();

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    UserDirectory users;

    @Autowired
    UserInvitations invitations;

    @Autowired
    SignInService signIn;

    @Autowired
    JdbcTemplate jdbc;

    record MailLink(String workspace, String token, String subject, String body) {}

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private MailLink lastMailTo(String address) throws Exception {
        assertThat(catcher.smtp().waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received =
                catcher.smtp().getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1));
        MimeMessage message = received[received.length - 1];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(address);
        String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return new MailLink(m.group(2), m.group(3), message.getSubject(), body);
    }

    private UUID idOf(TenantId tenant, String username) {
        return TenantContext.callAs(
                tenant, () -> users.findByUsername(username).orElseThrow().getId());
    }

    @Test
    void anAdminChangesRolesAndDeactivatesAndTheHistoryStays() {
        TenantId tenant = fixtures.newTenant();
        UUID technician = idOf(tenant, "technician");
        fixtures.signIn(tenant, "admin");
        TenantContext.runAs(tenant, () -> users.setRoles(technician, Set.of(Role.TECHNICIAN, Role.MANAGER), true));
        UserAccount changed =
                TenantContext.callAs(tenant, () -> users.find(technician).orElseThrow());
        assertThat(changed.getRoles()).containsExactlyInAnyOrder(Role.TECHNICIAN, Role.MANAGER);
        assertThat(changed.isCatalogEditor()).isTrue();

        assertThat(signIn.authenticate(tenant.key(), "technician", TenantFixtures.PASSWORD)
                        .roles())
                .contains(Role.MANAGER);
        TenantContext.runAs(tenant, () -> users.deactivate(technician));
        assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "technician", TenantFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        // the record (and everything that points at it) stays, shown as inactive, with its last sign-in
        UserAccount kept = TenantContext.callAs(tenant, () -> users.list()).stream()
                .filter(u -> u.getId().equals(technician))
                .findFirst()
                .orElseThrow();
        assertThat(kept.isActive()).isFalse();
        assertThat(kept.getLastLoginAt()).isNotNull();
    }

    @Test
    void onlyAnAdminManagesUsers() {
        TenantId tenant = fixtures.newTenant();
        UUID technician = idOf(tenant, "technician");
        fixtures.signIn(tenant, "dispatcher");
        TenantContext.runAs(tenant, () -> {
            assertThatThrownBy(() -> users.setRoles(technician, Set.of(Role.ADMIN), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.deactivate(technician)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.invite("x@example.com", "X", Set.of(Role.ADMIN), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.requestPasswordReset(technician))
                    .isInstanceOf(AccessDeniedException.class);
        });
        fixtures.signIn(tenant, "admin");
        UserAccount unchanged =
                TenantContext.callAs(tenant, () -> users.find(technician).orElseThrow());
        assertThat(unchanged.getRoles()).containsExactly(Role.TECHNICIAN);
        assertThat(unchanged.isActive()).isTrue();
        assertThat(catcher.smtp().getReceivedMessages()).isEmpty();
    }

    @Test
    void anAdminCannotDemoteOrDeactivateThemself() {
        TenantId tenant = fixtures.newTenant();
        IntervoUser admin = fixtures.signIn(tenant, "admin");
        TenantContext.runAs(tenant, () -> {
            assertThatThrownBy(() -> users.setRoles(admin.userId(), Set.of(Role.DISPATCHER), true))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("users.error.own-admin");
            assertThatThrownBy(() -> users.deactivate(admin.userId()))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("users.error.own-deactivate");
            // keeping ADMIN while adding another role is fine
            users.setRoles(admin.userId(), Set.of(Role.ADMIN, Role.MANAGER), true);
        });
        UserAccount self =
                TenantContext.callAs(tenant, () -> users.find(admin.userId()).orElseThrow());
        assertThat(self.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MANAGER);
        assertThat(self.isActive()).isTrue();
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndTheUserSignsIn() throws Exception {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        String email = "Ana.Pop+new@" + tenant.key() + ".example";
        UserAccount invited = TenantContext.callAs(
                tenant,
                () -> invitations.invite(email, "Ana Pop", Set.of(Role.DISPATCHER), true, Locale.forLanguageTag("ro")));
        assertThat(invited.getUsername()).isEqualTo("ana.popnew");
        assertThat(invited.isActive()).isFalse();

        MailLink mail = lastMailTo(email);
        assertThat(mail.subject()).startsWith("Invitația");
        assertThat(mail.body()).contains("ana.popnew", "/invitation/" + tenant.key() + "/");
        assertThat(mail.workspace()).isEqualTo(tenant.key());
        fixtures.signOut();

        // not active until the password is chosen
        assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "ana.popnew", "a-new-password"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(invitations.holder(Link.INVITATION, mail.workspace(), mail.token()))
                .hasValueSatisfying(h -> assertThat(h.username()).isEqualTo("ana.popnew"));
        // an invitation token is no reset token
        assertThat(invitations.holder(Link.PASSWORD_RESET, mail.workspace(), mail.token()))
                .isEmpty();

        assertThatThrownBy(() ->
                        invitations.setPassword(Link.INVITATION, mail.workspace(), mail.token(), "short", "short"))
                .hasMessageContaining("users.password.too-short");
        assertThatThrownBy(() -> invitations.setPassword(
                        Link.INVITATION, mail.workspace(), mail.token(), "a-new-password", "a-new-passwort"))
                .hasMessageContaining("users.password.mismatch");
        invitations.setPassword(Link.INVITATION, mail.workspace(), mail.token(), "a-new-password", "a-new-password");

        IntervoUser signedIn = signIn.authenticate(tenant.key(), "ana.popnew", "a-new-password");
        assertThat(signedIn.roles()).containsExactly(Role.DISPATCHER);
        assertThat(signedIn.catalogEditor()).isTrue();
        assertThat(signedIn.locale()).isEqualTo("ro");

        // single use
        assertThatThrownBy(() -> invitations.setPassword(
                        Link.INVITATION, mail.workspace(), mail.token(), "another-password", "another-password"))
                .hasMessageContaining("users.link.invalid");
        assertThat(invitations.holder(Link.INVITATION, mail.workspace(), mail.token()))
                .isEmpty();
        signIn.authenticate(tenant.key(), "ana.popnew", "a-new-password");
    }

    @Test
    void aResentInvitationReplacesTheFirstLink() throws Exception {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        String email = "max@" + tenant.key() + ".example";
        UserAccount invited = TenantContext.callAs(
                tenant, () -> invitations.invite(email, "Max", Set.of(Role.TECHNICIAN), false, Locale.ENGLISH));
        MailLink first = lastMailTo(email);
        assertThat(first.subject()).startsWith("Your invitation");
        catcher.smtp().purgeEmailFromAllMailboxes();
        TenantContext.runAs(tenant, () -> invitations.resendInvitation(invited.getId(), Locale.ENGLISH));
        MailLink second = lastMailTo(email);
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(invitations.holder(Link.INVITATION, first.workspace(), first.token()))
                .isEmpty();
        invitations.setPassword(Link.INVITATION, second.workspace(), second.token(), "maxs-password", "maxs-password");
        signIn.authenticate(tenant.key(), "max", "maxs-password");
        // once signed in, there is nobody left to invite
        assertThatThrownBy(() -> TenantContext.runAs(
                        tenant, () -> invitations.resendInvitation(invited.getId(), Locale.ENGLISH)))
                .hasMessageContaining("users.error.not-invited");
    }

    @Test
    void badInvitationsChangeNothing() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        int before = TenantContext.callAs(tenant, () -> users.list()).size();
        TenantContext.runAs(tenant, () -> {
            assertThatThrownBy(() -> invitations.invite("not-an-address", "X", Set.of(Role.TECHNICIAN), false))
                    .hasMessageContaining("users.error.email-invalid");
            assertThatThrownBy(() -> invitations.invite("x@example.com", " ", Set.of(Role.TECHNICIAN), false))
                    .hasMessageContaining("users.error.name-required");
            assertThatThrownBy(() -> invitations.invite("x@example.com", "X", Set.of(), false))
                    .hasMessageContaining("users.error.role-required");
            assertThatThrownBy(() -> invitations.invite(
                            "TECHNICIAN@" + tenant.key() + ".example", "X", Set.of(Role.TECHNICIAN), false))
                    .hasMessageContaining("users.error.email-taken");
        });
        assertThat(TenantContext.callAs(tenant, () -> users.list())).hasSize(before);
        assertThat(catcher.smtp().getReceivedMessages()).isEmpty();
    }

    @Test
    void aResetLinkWorksOnceAndAnExpiredOneIsRefused() throws Exception {
        TenantId tenant = fixtures.newTenant();
        UUID technician = idOf(tenant, "technician");
        fixtures.signIn(tenant, "admin");
        TenantContext.runAs(tenant, () -> invitations.requestPasswordReset(technician));
        MailLink first = lastMailTo("technician@" + tenant.key() + ".example");
        assertThat(first.body()).contains("/password-reset/" + tenant.key() + "/");

        // expire it
        jdbc.update("UPDATE " + tenant.schema() + ".user_token SET expires_at = now() - interval '1 minute'");
        assertThat(invitations.holder(Link.PASSWORD_RESET, first.workspace(), first.token()))
                .isEmpty();
        assertThatThrownBy(() -> invitations.setPassword(
                        Link.PASSWORD_RESET, first.workspace(), first.token(), "new-password-1", "new-password-1"))
                .hasMessageContaining("users.link.invalid");
        signIn.authenticate(tenant.key(), "technician", TenantFixtures.PASSWORD);

        catcher.smtp().purgeEmailFromAllMailboxes();
        TenantContext.runAs(tenant, () -> invitations.requestPasswordReset(technician));
        MailLink second = lastMailTo("technician@" + tenant.key() + ".example");
        invitations.setPassword(
                Link.PASSWORD_RESET, second.workspace(), second.token(), "new-password-1", "new-password-1");
        assertThatThrownBy(() -> signIn.authenticate(tenant.key(), "technician", TenantFixtures.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(tenant.key(), "technician", "new-password-1")
                        .username())
                .isEqualTo("technician");
        assertThatThrownBy(() -> invitations.setPassword(
                        Link.PASSWORD_RESET, second.workspace(), second.token(), "new-password-2", "new-password-2"))
                .hasMessageContaining("users.link.invalid");

        // deactivation kills open links
        catcher.smtp().purgeEmailFromAllMailboxes();
        TenantContext.runAs(tenant, () -> invitations.requestPasswordReset(technician));
        MailLink third = lastMailTo("technician@" + tenant.key() + ".example");
        TenantContext.runAs(tenant, () -> users.deactivate(technician));
        assertThatThrownBy(() -> invitations.setPassword(
                        Link.PASSWORD_RESET, third.workspace(), third.token(), "new-password-3", "new-password-3"))
                .hasMessageContaining("users.link.invalid");
    }

    @Test
    void aLinkOfOneWorkspaceIsUselessInAnother() throws Exception {
        TenantId a = fixtures.newTenant();
        TenantId b = fixtures.newTenant();
        fixtures.signIn(a, "admin");
        String email = "lena@" + a.key() + ".example";
        TenantContext.runAs(a, () -> invitations.invite(email, "Lena", Set.of(Role.TECHNICIAN), false));
        MailLink mail = lastMailTo(email);
        fixtures.signOut();

        assertThat(invitations.holder(Link.INVITATION, b.key(), mail.token())).isEmpty();
        assertThatThrownBy(() -> invitations.setPassword(
                        Link.INVITATION, b.key(), mail.token(), "lenas-password", "lenas-password"))
                .hasMessageContaining("users.link.invalid");
        for (String bad : new String[] {"Bad;DROP TABLE", "", "public", "no_such_workspace"}) {
            assertThatThrownBy(() -> invitations.setPassword(
                            Link.INVITATION, bad, mail.token(), "lenas-password", "lenas-password"))
                    .hasMessageContaining("users.link.invalid");
        }
        assertThatThrownBy(() -> signIn.authenticate(b.key(), "lena", "lenas-password"))
                .isInstanceOf(BadCredentialsException.class);
        // still good in its own workspace
        invitations.setPassword(Link.INVITATION, a.key(), mail.token(), "lenas-password", "lenas-password");
        signIn.authenticate(a.key(), "lena", "lenas-password");
    }

    @Test
    void theUsersListShowsOnlyTheOwnWorkspace() {
        TenantId a = fixtures.newTenant();
        TenantId b = fixtures.newTenant();
        fixtures.signIn(a, "admin");
        TenantContext.runAs(a, () -> invitations.invite("only-a@example.com", "Only A", Set.of(Role.MANAGER), false));
        assertThat(TenantContext.callAs(a, () -> users.list()))
                .extracting(UserAccount::getUsername)
                .as("ordered by display name")
                .containsExactly("admin", "dispatcher", "manager", "technician", "only-a");
        fixtures.signIn(b, "admin");
        assertThat(TenantContext.callAs(b, () -> users.list()))
                .extracting(UserAccount::getUsername)
                .containsExactlyInAnyOrder("admin", "dispatcher", "technician", "manager");
        // an admin of B cannot touch a user of A by id
        UUID ofA = idOf(a, "technician");
        assertThatThrownBy(() -> TenantContext.runAs(b, () -> users.deactivate(ofA)))
                .hasMessageContaining("users.error.not-found");
    }
}
