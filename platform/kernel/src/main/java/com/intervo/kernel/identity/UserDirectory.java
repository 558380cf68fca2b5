package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
    private final TransactionTemplate tx;

    UserDirectory(UserAccounts users, PasswordEncoder passwords, TransactionTemplate tx) {
        this.users = users;
        this.passwords = passwords;
        this.tx = tx;
    }

    @Transactional
    public UserAccount create(String username, String displayName, String email, String rawPassword,
                              Set<Role> roles, boolean catalogEditor) {
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

    /** Changes what a user may do; applies on the user's next request. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void setRoles(UUID userId, Set<Role> roles, boolean catalogEditor) {
        TenantContext.require();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        UserAccount account = users.findById(userId).orElseThrow();
        account.setRoles(roles);
        account.setCatalogEditor(catalogEditor);
    }

    /** Signs a user out for good; their history stays. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void deactivate(UUID userId) {
        TenantContext.require();
        users.findById(userId).orElseThrow().setActive(false);
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

    /**
     * Reloads the user as a principal, so role changes take effect on the next request. The tenant is bound
     * before the transaction starts: a Hibernate session takes its tenant when it opens.
     */
    public Optional<IntervoUser> principal(TenantId tenant, UUID userId) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> users.findById(userId)
                .filter(UserAccount::isActive)
                .map(u -> IntervoUser.of(tenant, u))));
    }
}
