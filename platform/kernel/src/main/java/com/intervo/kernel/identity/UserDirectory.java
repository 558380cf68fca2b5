package com.intervo.kernel.identity;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Users of the tenant bound to the current thread. */
@Service
public class UserDirectory {

    public static final Set<String> LANGUAGES = Set.of("en", "ro", "ru", "cs");

    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final UserTokens userTokens;
    private final TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;

    UserDirectory(
            UserAccounts users,
            UserTokens userTokens,
            PasswordEncoder passwords,
            TransactionTemplate tx,
            org.springframework.context.ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
        this.userTokens = userTokens;
        this.passwords = passwords;
        this.tx = tx;
    }

    /** Every user of the workspace, active or not, by display name. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<UserAccount> list() {
        TenantContext.require();
        return users.findAll(Sort.by("displayName", "username"));
    }

    @Transactional
    public UserAccount create(
            String username,
            String displayName,
            String email,
            String rawPassword,
            Set<Role> roles,
            boolean catalogEditor) {
        TenantContext.require();
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new IllegalArgumentException("A password needs at least 8 characters");
        }
        UserAccount account = new UserAccount(username, displayName, email, passwords.encode(rawPassword), roles);
        account.setCatalogEditor(catalogEditor);
        return users.saveAndFlush(account);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UUID id) {
        TenantContext.require();
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        TenantContext.require();
        return users.findByUsername(UserAccount.normalize(username));
    }

    /** Active users holding any of the roles, by display name: whom to alert, whom to assign work to. */
    @Transactional(readOnly = true)
    public List<UserAccount> activeWithAnyRole(Set<Role> roles) {
        TenantContext.require();
        if (roles.isEmpty()) {
            return List.of();
        }
        return users.activeWithAnyRole(roles).stream()
                .sorted(java.util.Comparator.comparing(UserAccount::getDisplayName))
                .toList();
    }

    /** Changes what a user may do; applies on the user's next request. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void setRoles(UUID userId, Set<Role> roles, boolean catalogEditor) {
        TenantContext.require();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        UserAccount account =
                users.findById(userId).orElseThrow(() -> DomainException.notFound("users.error.not-found"));
        if (isCurrentUser(userId) && !roles.contains(Role.ADMIN)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "users.error.own-admin", "roles");
        }
        account.setRoles(roles);
        account.setCatalogEditor(catalogEditor);
    }

    /** Signs a user out for good; their history stays. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void deactivate(UUID userId) {
        TenantContext.require();
        if (isCurrentUser(userId)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "users.error.own-deactivate", null);
        }
        users.findById(userId)
                .orElseThrow(() -> DomainException.notFound("users.error.not-found"))
                .setActive(false);
        // open invitation and reset links die with the account
        userTokens.findByUserIdAndUsedAtIsNull(userId).forEach(t -> t.use(java.time.Instant.now()));
        events.publishEvent(new SeatsChanged(TenantContext.require()));
    }

    private static boolean isCurrentUser(UUID userId) {
        return IntervoAuthentication.current()
                .map(u -> u.userId().equals(userId) && u.tenant().equals(TenantContext.require()))
                .orElse(false);
    }

    /** Remembers the user's language for the next sign-in, on any device. */
    @Transactional
    public void setLanguage(UUID userId, String language) {
        TenantContext.require();
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language " + language);
        }
        users.findById(userId).orElseThrow().setLocale(language);
    }

    /** How many users the bound workspace has, and when one last signed in. */
    public record Usage(long users, java.time.Instant lastSignIn) {}

    /** Users who can sign in plus open invitations: what a per-seat price is charged for. */
    @Transactional(readOnly = true)
    public long seats() {
        TenantContext.require();
        return users.countSeats(java.time.Instant.now());
    }

    @Transactional(readOnly = true)
    @RolesAllowed("OPERATOR")
    public Usage usage() {
        TenantContext.require();
        return new Usage(users.count(), users.lastSignIn());
    }

    /**
     * Reloads the user as a principal, so role changes take effect on the next request. The tenant is bound
     * before the transaction starts: a Hibernate session takes its tenant when it opens.
     */
    public Optional<IntervoUser> principal(TenantId tenant, UUID userId) {
        return TenantContext.callAs(
                tenant,
                () -> tx.execute(s ->
                        users.findById(userId).filter(UserAccount::isActive).map(u -> IntervoUser.of(tenant, u))));
    }
}
