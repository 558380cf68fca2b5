package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a workspace, user name and password. Every failure is the same {@link BadCredentialsException}
 * (and costs the same password hash), so nobody learns which of the three was wrong. Too many failures in a
 * row lock the user for a while; a locked user cannot sign in even with the right password.
 */
@Service
@EnableConfigurationProperties(SecuritySettings.class)
public class SignInService {

    private static final Logger log = LoggerFactory.getLogger(SignInService.class);

    private final TenantDirectory tenants;
    private final UserAccounts users;
    private final UserTokens tokens;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String dummyHash;

    SignInService(
            TenantDirectory tenants,
            UserAccounts users,
            UserTokens tokens,
            PasswordEncoder passwords,
            TransactionTemplate tx,
            SecuritySettings settings,
            Optional<Clock> clock) {
        this.tenants = tenants;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        this.dummyHash = passwords.encode("timing-equalizer");
    }

    public IntervoUser authenticate(String workspace, String username, String password) {
        String key = workspace == null ? "" : workspace.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<Tenant> tenant = tenants.findActive(key);
        if (tenant.isEmpty() || password == null) {
            passwords.matches(String.valueOf(password), dummyHash);
            throw failed();
        }
        TenantId id = tenant.get().tenantId();
        // sign-in bookkeeping is written even while the workspace is read-only
        Outcome outcome = TenantAccess.allowingWrites(() ->
                TenantContext.callAs(id, () -> tx.execute(s -> check(id, username, password))));
        if (outcome.unconfirmed()) {
            throw new EmailNotConfirmedException();
        }
        if (outcome.user() == null) {
            if (outcome.lockedNow()) {
                log.warn("User {}/{} locked after repeated failed sign-ins", id, UserAccount.normalize(username));
            }
            throw failed();
        }
        return outcome.user();
    }

    private record Outcome(IntervoUser user, boolean lockedNow, boolean unconfirmed) {

        Outcome(IntervoUser user, boolean lockedNow) {
            this(user, lockedNow, false);
        }
    }

    private Outcome check(TenantId tenant, String username, String password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = users.findByUsername(UserAccount.normalize(username));
        if (found.isPresent() && !found.get().isActive() && awaitsConfirmation(found.get())) {
            // the admin of a new workspace who signs in before following the e-mailed link learns why, but
            // only with the right password, and wrong ones count towards the lock as everywhere else
            UserAccount account = found.get();
            if (account.isLockedAt(now)) {
                passwords.matches(password, dummyHash);
                return new Outcome(null, false);
            }
            if (!passwords.matches(password, account.getPasswordHash())) {
                account.loginFailed(now, settings.maxFailedLogins(), settings.lockout());
                return new Outcome(null, account.isLockedAt(now));
            }
            return new Outcome(null, false, true);
        }
        if (found.isEmpty() || !found.get().isActive()) {
            passwords.matches(password, dummyHash);
            return new Outcome(null, false);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            passwords.matches(password, dummyHash);
            return new Outcome(null, false);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            account.loginFailed(now, settings.maxFailedLogins(), settings.lockout());
            return new Outcome(null, account.isLockedAt(now));
        }
        account.loginSucceeded(now);
        return new Outcome(IntervoUser.of(tenant, account), false);
    }

    /** Never active and holding an e-mail verification link (expired ones too: a new link can be sent). */
    private boolean awaitsConfirmation(UserAccount account) {
        java.util.List<UserToken> links = tokens.findByUserIdAndPurpose(account.getId(), UserToken.Purpose.VERIFY);
        return account.getLastLoginAt() == null
                && !links.isEmpty()
                && links.stream().allMatch(t -> t.getUsedAt() == null);
    }

    private static BadCredentialsException failed() {
        return new BadCredentialsException("kernel.login.failed");
    }
}
