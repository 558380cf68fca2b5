package com.intervo.kernel.identity;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.mail.PublicAddresses;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations and password resets by e-mail. A link carries the workspace and a random token
 * ({@code /invitation/<workspace>/<token>}); only the token's SHA-256 hash is stored, it works once and expires
 * (invitation: 7 days, reset: 2 hours). Following it, the person chooses a password and the account becomes
 * active.
 */
@Service
public class UserInvitations {

    /** What a link is for; also the route it opens. */
    public enum Link {
        INVITATION("invitation", UserToken.Purpose.INVITE, Duration.ofDays(7)),
        PASSWORD_RESET("password-reset", UserToken.Purpose.RESET, Duration.ofHours(2)),
        /** A new workspace's first admin confirms the e-mail address; the password was chosen at sign-up. */
        EMAIL_VERIFICATION("verify-email", UserToken.Purpose.VERIFY, Duration.ofDays(7));

        private final String path;
        private final UserToken.Purpose purpose;
        private final Duration validFor;

        Link(String path, UserToken.Purpose purpose, Duration validFor) {
            this.path = path;
            this.purpose = purpose;
            this.validFor = validFor;
        }

        public String path() {
            return path;
        }

        public Duration validFor() {
            return validFor;
        }
    }

    /** Whom a still valid link is for. */
    public record Holder(String displayName, String username) {}

    public static final int MIN_PASSWORD = 10;

    private final UserAccounts users;
    private final UserTokens tokens;
    private final TenantDirectory tenants;
    private final PasswordEncoder passwords;
    private final AccountMail mail;
    private final ApiTokenService apiTokens;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String publicUrl;
    private final org.springframework.beans.factory.ObjectProvider<SeatPolicy> seatPolicy;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<SignInService> signIn;
    private final SecureRandom random = new SecureRandom();

    UserInvitations(
            UserAccounts users,
            UserTokens tokens,
            TenantDirectory tenants,
            PasswordEncoder passwords,
            AccountMail mail,
            ApiTokenService apiTokens,
            TransactionTemplate tx,
            Optional<Clock> clock,
            PublicAddresses addresses,
            org.springframework.beans.factory.ObjectProvider<SeatPolicy> seatPolicy,
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<SignInService> signIn) {
        this.signIn = signIn;
        this.seatPolicy = seatPolicy;
        this.events = events;
        this.users = users;
        this.tokens = tokens;
        this.tenants = tenants;
        this.passwords = passwords;
        this.mail = mail;
        this.apiTokens = apiTokens;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
        this.publicUrl = addresses.publicUrl();
    }

    /** Invites in the inviting admin's language (their stored choice, else English). */
    @RolesAllowed("ADMIN")
    public UserAccount invite(String email, String displayName, Set<Role> roles, boolean catalogEditor) {
        Locale locale = IntervoAuthentication.current()
                .map(IntervoUser::locale)
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
        return invite(email, displayName, roles, catalogEditor, locale);
    }

    /**
     * Creates an inactive user (user name from the e-mail address) and e-mails an invitation link in the
     * given language. The mail is sent inside the transaction: if it cannot be sent, nobody is created.
     */
    @RolesAllowed("ADMIN")
    public UserAccount invite(String email, String displayName, Set<Role> roles, boolean catalogEditor, Locale locale) {
        TenantId tenant = TenantContext.require();
        String address = email == null ? "" : email.trim();
        String name = displayName == null ? "" : displayName.trim();
        if (!AccountMail.isAddress(address)) {
            throw DomainException.invalid("users.error.email-invalid", "email");
        }
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("users.error.name-required", "displayName");
        }
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("users.error.role-required", "roles");
        }
        String language = com.intervo.kernel.i18n.Messages.supported(locale).getLanguage();
        UserAccount invited = tx.execute(s -> {
            if (users.existsByEmailIgnoreCase(address)) {
                throw DomainException.conflict("users.error.email-taken", "email");
            }
            java.util.OptionalInt limit = seatPolicy
                    .getIfAvailable(() -> t -> java.util.OptionalInt.empty())
                    .maxSeats(tenant);
            if (limit.isPresent() && users.countSeats(clock.instant()) >= limit.getAsInt()) {
                throw DomainException.conflict("users.error.seat-limit", "email", limit.getAsInt());
            }
            UserAccount account =
                    new UserAccount(uniqueUsername(address), name, address, passwords.encode(newSecret()), roles);
            account.setActive(false);
            account.setCatalogEditor(catalogEditor);
            account.setLocale(language);
            account = users.saveAndFlush(account);
            String link = issue(tenant, account, Link.INVITATION);
            mail.send(
                    address,
                    Locale.forLanguageTag(language),
                    "users.mail.invitation.subject",
                    "users.mail.invitation.body",
                    name,
                    tenant.key(),
                    account.getUsername(),
                    link,
                    Link.INVITATION.validFor().toDays());
            return account;
        });
        events.publishEvent(new SeatsChanged(tenant));
        return invited;
    }

    /**
     * Sends a fresh invitation to a user who never signed in (the first link expired or got lost); earlier
     * links stop working.
     */
    @RolesAllowed("ADMIN")
    public void resendInvitation(UUID userId, Locale fallback) {
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            UserAccount account =
                    users.findById(userId).orElseThrow(() -> DomainException.notFound("users.error.not-found"));
            if (account.isActive() || account.getLastLoginAt() != null || account.getEmail() == null) {
                throw DomainException.conflict("users.error.not-invited", null);
            }
            tokens.findByUserIdAndUsedAtIsNull(userId).forEach(t -> t.use(now));
            Locale locale = account.getLocale() != null
                    ? Locale.forLanguageTag(account.getLocale())
                    : fallback == null ? Locale.ENGLISH : fallback;
            String link = issue(tenant, account, Link.INVITATION);
            mail.send(
                    account.getEmail(),
                    locale,
                    "users.mail.invitation.subject",
                    "users.mail.invitation.body",
                    account.getDisplayName(),
                    tenant.key(),
                    account.getUsername(),
                    link,
                    Link.INVITATION.validFor().toDays());
        });
    }

    /** E-mails the user a link to choose a new password, in the user's language (else the given one). */
    @RolesAllowed("ADMIN")
    public void requestPasswordReset(UUID userId, Locale fallback) {
        TenantId tenant = TenantContext.require();
        tx.executeWithoutResult(s -> {
            UserAccount account =
                    users.findById(userId).orElseThrow(() -> DomainException.notFound("users.error.not-found"));
            if (!account.isActive()) {
                throw DomainException.conflict("users.error.inactive", null);
            }
            if (account.getEmail() == null || account.getEmail().isBlank()) {
                throw DomainException.conflict("users.error.no-email", null);
            }
            Locale locale = account.getLocale() != null
                    ? Locale.forLanguageTag(account.getLocale())
                    : fallback == null ? Locale.ENGLISH : fallback;
            String link = issue(tenant, account, Link.PASSWORD_RESET);
            mail.send(
                    account.getEmail(),
                    locale,
                    "users.mail.reset.subject",
                    "users.mail.reset.body",
                    account.getDisplayName(),
                    tenant.key(),
                    account.getUsername(),
                    link,
                    Link.PASSWORD_RESET.validFor().toHours());
        });
    }

    @RolesAllowed("ADMIN")
    public void requestPasswordReset(UUID userId) {
        requestPasswordReset(
                userId,
                IntervoAuthentication.current()
                        .map(IntervoUser::locale)
                        .map(Locale::forLanguageTag)
                        .orElse(Locale.ENGLISH));
    }

    /**
     * Creates the first user of a workspace that is being provisioned: user name "admin", administrator and
     * catalog editor, with the password chosen at sign-up but inactive until the e-mailed verification link is
     * followed. The mail (subject and body keys given by the caller; parameters: company, workspace, user name,
     * link, days valid) is sent inside the transaction: if it cannot be sent, nobody is created. Refused once the
     * workspace has any user, so it cannot add admins to a running workspace.
     */
    public UserAccount createFirstAdmin(
            String email,
            String companyName,
            String displayName,
            String rawPassword,
            Locale locale,
            String subjectKey,
            String bodyKey) {
        TenantId tenant = TenantContext.require();
        String address = email == null ? "" : email.trim();
        if (!AccountMail.isAddress(address)) {
            throw DomainException.invalid("users.error.email-invalid", "email");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD || rawPassword.length() > 200) {
            throw DomainException.invalid("users.password.too-short", "password", MIN_PASSWORD);
        }
        String language = com.intervo.kernel.i18n.Messages.supported(locale).getLanguage();
        return tx.execute(s -> {
            if (users.count() > 0) {
                throw new IllegalStateException("Workspace " + tenant.key() + " already has users");
            }
            UserAccount account = new UserAccount(
                    "admin",
                    displayName == null || displayName.isBlank() ? companyName : displayName.strip(),
                    address,
                    passwords.encode(rawPassword),
                    Set.of(Role.ADMIN));
            account.setActive(false);
            account.setCatalogEditor(true);
            account.setLocale(language);
            account = users.saveAndFlush(account);
            String link = issue(tenant, account, Link.EMAIL_VERIFICATION);
            mail.send(
                    address,
                    Locale.forLanguageTag(language),
                    subjectKey,
                    bodyKey,
                    companyName,
                    tenant.key(),
                    account.getUsername(),
                    link,
                    Link.EMAIL_VERIFICATION.validFor().toDays());
            return account;
        });
    }

    /**
     * Follows an e-mail verification link, once: the user becomes active and may sign in with the password
     * chosen at sign-up. A wrong, used or expired link is {@code users.link.invalid}.
     */
    public Holder verifyEmail(String workspace, String token) {
        TenantId tenant = tenantOf(workspace).orElseThrow(UserInvitations::invalidLink);
        Instant now = clock.instant();
        return TenantAccess.allowingWrites(() -> TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> {
                    UserToken t = usable(Link.EMAIL_VERIFICATION, token).orElseThrow(UserInvitations::invalidLink);
                    UserAccount account = users.findById(t.getUserId()).orElseThrow(UserInvitations::invalidLink);
                    account.setActive(true);
                    t.use(now);
                    users.flush();
                    return new Holder(account.getDisplayName(), account.getUsername());
                })));
    }

    /**
     * Sends the admin of a new workspace a fresh e-mail verification link (earlier ones stop working), for the
     * sign-in page when the right password met an unconfirmed address: the password is checked again here, so
     * only its owner can have the mail sent, and only to the address given at sign-up.
     */
    public void resendEmailVerification(String workspace, String username, String password) {
        try {
            signIn.getObject().authenticate(workspace, username, password);
            throw invalidLink();
        } catch (EmailNotConfirmedException expected) {
            // the password is right and the address still unconfirmed: a new link may go out
        }
        Tenant tenant =
                tenants.findActive(workspace.trim().toLowerCase(Locale.ROOT)).orElseThrow(UserInvitations::invalidLink);
        TenantId id = tenant.tenantId();
        TenantAccess.allowingWrites(() -> TenantContext.callAs(
                id,
                () -> tx.execute(s -> {
                    UserAccount account = users.findByUsername(UserAccount.normalize(username))
                            .filter(u -> !u.isActive() && u.getEmail() != null)
                            .orElseThrow(UserInvitations::invalidLink);
                    // earlier links are removed, not marked used: a used one means the address was confirmed
                    tokens.deleteAll(tokens.findByUserIdAndPurpose(account.getId(), UserToken.Purpose.VERIFY));
                    Locale locale =
                            account.getLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(account.getLocale());
                    String link = issue(id, account, Link.EMAIL_VERIFICATION);
                    mail.send(
                            account.getEmail(),
                            locale,
                            "users.mail.verify.subject",
                            "users.mail.verify.body",
                            tenant.getDisplayName(),
                            id.key(),
                            account.getUsername(),
                            link,
                            Link.EMAIL_VERIFICATION.validFor().toDays());
                    return account.getId();
                })));
    }

    /** Whom a link is for, if it is still valid. Anyone may ask: the token is the secret. */
    public Optional<Holder> holder(Link link, String workspace, String token) {
        return tenantOf(workspace)
                .flatMap(tenant -> TenantContext.callAs(
                        tenant,
                        () -> tx.execute(s -> usable(link, token)
                                .flatMap(t -> users.findById(t.getUserId()))
                                .filter(u -> link == Link.INVITATION || u.isActive())
                                .map(u -> new Holder(u.getDisplayName(), u.getUsername())))));
    }

    /**
     * Sets the password a link allows, once. A wrong, used or expired link is one and the same error
     * ({@code users.link.invalid}); a password that is too short or not repeated exactly changes nothing.
     */
    public Holder setPassword(Link link, String workspace, String token, String password, String repeated) {
        if (link == Link.EMAIL_VERIFICATION) {
            throw invalidLink();
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw DomainException.invalid("users.password.too-short", "password", MIN_PASSWORD);
        }
        if (!password.equals(repeated)) {
            throw DomainException.invalid("users.password.mismatch", "repeated");
        }
        TenantId tenant = tenantOf(workspace).orElseThrow(UserInvitations::invalidLink);
        Instant now = clock.instant();
        // a read-only workspace still lets its users back in; new users (invitations) wait until it is paid
        java.util.function.Supplier<IntervoUser> change = () -> TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> {
                    UserToken t = usable(link, token).orElseThrow(UserInvitations::invalidLink);
                    UserAccount account = users.findById(t.getUserId()).orElseThrow(UserInvitations::invalidLink);
                    if (link == Link.PASSWORD_RESET && !account.isActive()) {
                        throw invalidLink();
                    }
                    account.passwordSet(passwords.encode(password));
                    tokens.findByUserIdAndUsedAtIsNull(account.getId()).stream()
                            .filter(other -> other.getPurpose() == link.purpose)
                            .forEach(other -> other.use(now));
                    t.use(now);
                    users.flush();
                    return IntervoUser.of(tenant, account);
                }));
        IntervoUser user = link == Link.PASSWORD_RESET ? TenantAccess.allowingWrites(change) : change.get();
        if (link == Link.PASSWORD_RESET) {
            apiTokens.revokeAll(user);
        }
        return new Holder(user.displayName(), user.username());
    }

    private Optional<UserToken> usable(Link link, String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(ApiTokenService.hash(token), link.purpose)
                .filter(t -> t.isUsableAt(clock.instant()));
    }

    /** The workspace of a link, validated before it reaches any SQL. */
    private Optional<TenantId> tenantOf(String workspace) {
        if (workspace == null || !TenantId.isValid(workspace)) {
            return Optional.empty();
        }
        return tenants.findActive(workspace).map(Tenant::tenantId);
    }

    private String issue(TenantId tenant, UserAccount account, Link link) {
        String token = newSecret();
        tokens.save(new UserToken(
                link.purpose,
                account.getId(),
                ApiTokenService.hash(token),
                clock.instant().plus(link.validFor())));
        return publicUrl + "/" + link.path() + "/" + tenant.key() + "/" + token;
    }

    private String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The e-mail's local part as a user name, made valid and unique ("ana.pop", "ana.pop2", ...). */
    private String uniqueUsername(String email) {
        String base = email.substring(0, email.indexOf('@'))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "")
                .replaceAll("^[^a-z0-9]+", "");
        if (base.isEmpty()) {
            base = "user";
        }
        base = base.substring(0, Math.min(base.length(), 90));
        String candidate = base;
        for (int i = 2; users.existsByUsername(candidate); i++) {
            candidate = base + i;
        }
        return candidate;
    }

    private static DomainException invalidLink() {
        return DomainException.invalid("users.link.invalid", null);
    }
}
