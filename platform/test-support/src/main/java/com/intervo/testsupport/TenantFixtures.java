package com.intervo.testsupport;

import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.kernel.tenancy.TenantRegistration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Fresh tenants for a test: a random key, the four standard users, and the licenses the test asks for. */
@Component
public class TenantFixtures {

    public static final String PASSWORD = "fixture-password";

    private final TenantProvisioning provisioning;
    private final UserDirectory users;
    private final Licenses licenses;
    private final ApiTokenService tokens;

    TenantFixtures(TenantProvisioning provisioning, UserDirectory users, Licenses licenses, ApiTokenService tokens) {
        this.provisioning = provisioning;
        this.users = users;
        this.licenses = licenses;
        this.tokens = tokens;
        ActingAs.use(this);
    }

    public TenantId newTenant(ModuleKey... modules) {
        TenantId id =
                new TenantId("t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36));
        provisioning.provision(
                TenantRegistration.of(id.key(), "Fixture " + id.key()),
                tenant -> {
                    for (Role role : Role.values()) {
                        String name = role.name().toLowerCase();
                        users.create(
                                name,
                                "Fixture " + name,
                                name + "@" + tenant.key() + ".example",
                                PASSWORD,
                                Set.of(role),
                                role == Role.ADMIN);
                    }
                },
                step -> {});
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
        for (ModuleKey module : modules) {
            licenses.grant(id, module, from, null, Entitlement.Source.MANUAL);
        }
        return id;
    }

    /** Signs one of the standard users in on this thread (services check roles); undo with {@link #signOut()}. */
    public IntervoUser signIn(TenantId tenant, String username) {
        IntervoUser user = users.principal(
                        tenant,
                        TenantContext.callAs(
                                tenant,
                                () -> users.findByUsername(username)
                                        .orElseThrow()
                                        .getId()))
                .orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new IntervoAuthentication(user));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A bearer token for one of the standard users ("admin", "technician", ...). */
    public String token(TenantId tenant, String username) {
        return tokens.issue(users.principal(
                                tenant,
                                TenantContext.callAs(
                                        tenant,
                                        () -> users.findByUsername(username)
                                                .orElseThrow()
                                                .getId()))
                        .orElseThrow())
                .token();
    }
}
