package com.intervo.kernel.identity;

import com.intervo.kernel.identity.OperatorAuditEntry.Action;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an operator's user name and password, like {@link SignInService} for tenant users: every failure is the
 * same {@link BadCredentialsException} at the same cost, and too many failures in a row lock the operator.
 */
@Service
public class OperatorSignIn {

    private static final Logger log = LoggerFactory.getLogger(OperatorSignIn.class);

    private final OperatorAccounts accounts;
    private final OperatorAuditLog audit;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String dummyHash;

    OperatorSignIn(
            OperatorAccounts accounts,
            OperatorAuditLog audit,
            PasswordEncoder passwords,
            TransactionTemplate tx,
            SecuritySettings settings,
            Optional<Clock> clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwords = passwords;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        this.dummyHash = passwords.encode("timing-equalizer");
    }

    public PlatformOperator authenticate(String username, String password) {
        if (username == null || password == null) {
            passwords.matches(String.valueOf(password), dummyHash);
            throw failed();
        }
        String name = OperatorAccount.normalize(username);
        Outcome outcome = tx.execute(s -> check(name, password));
        if (outcome.operator() == null) {
            if (outcome.lockedNow()) {
                log.warn("Operator {} locked after repeated failed sign-ins", name);
            }
            throw failed();
        }
        return outcome.operator();
    }

    private record Outcome(PlatformOperator operator, boolean lockedNow) {}

    private Outcome check(String username, String password) {
        Instant now = clock.instant();
        Optional<OperatorAccount> found = accounts.findByUsername(username);
        if (found.isEmpty() || !found.get().isActive() || found.get().isLockedAt(now)) {
            passwords.matches(password, dummyHash);
            return new Outcome(null, false);
        }
        OperatorAccount account = found.get();
        if (!passwords.matches(password, account.getPasswordHash())) {
            account.loginFailed(now, settings.maxFailedLogins(), settings.lockout());
            return new Outcome(null, account.isLockedAt(now));
        }
        account.loginSucceeded(now);
        audit.write(account.getUsername(), Action.SIGN_IN, null, null);
        return new Outcome(account.principal(), false);
    }

    /** Another operator account; only an operator may create one. */
    @Transactional
    @RolesAllowed(OperatorAuthentication.ROLE)
    public PlatformOperator create(String username, String displayName, String rawPassword) {
        OperatorAccount account = newAccount(username, displayName, rawPassword);
        audit.record(Action.CREATE_OPERATOR, null, account.getUsername());
        return account.principal();
    }

    /** Start-up only: the first operator, when none exists yet. */
    boolean bootstrap(String username, String rawPassword) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            if (accounts.count() > 0) {
                return false;
            }
            OperatorAccount account = newAccount(username, username, rawPassword);
            audit.write("system", Action.CREATE_OPERATOR, null, account.getUsername());
            return true;
        }));
    }

    private OperatorAccount newAccount(String username, String displayName, String rawPassword) {
        String name = OperatorAccount.normalize(username);
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("Invalid operator user name");
        }
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new IllegalArgumentException("A password needs at least 8 characters");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("Operator exists: " + name);
        }
        return accounts.saveAndFlush(new OperatorAccount(
                name,
                displayName == null || displayName.isBlank() ? name : displayName.strip(),
                passwords.encode(rawPassword)));
    }

    /** For the session filter: the operator still exists and is active. */
    @Transactional(readOnly = true)
    public boolean isActive(UUID operatorId) {
        return accounts.findById(operatorId).map(OperatorAccount::isActive).orElse(false);
    }

    private static BadCredentialsException failed() {
        return new BadCredentialsException("operator.login.failed");
    }
}
