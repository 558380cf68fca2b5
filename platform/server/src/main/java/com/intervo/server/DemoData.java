package com.intervo.server;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.DemoContent;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.kernel.tenancy.TenantRegistration;
import com.intervo.kernel.tenancy.Tenants;
import com.intervo.kernel.ui.DemoMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The demo workspaces, created on first start of the demo/dev profile: "demo" with every module and "acme" with
 * Workshop Simple only, each with an admin, a dispatcher, a technician and a manager.
 */
@Component
@Profile({"demo", "dev"})
class DemoData implements SmartInitializingSingleton, DemoMode {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "intervo-demo";

    private record DemoUser(String username, String displayName, Role role) {}

    private final TenantProvisioning provisioning;
    private final Tenants tenants;
    private final Licenses licenses;
    private final UserDirectory users;

    private final boolean active;
    private final List<DemoContent> contents;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    /**
     * Seeds on the embedded database; on an external one only when asked with {@code intervo.demo.data=true}.
     */
    DemoData(
            TenantProvisioning provisioning,
            Tenants tenants,
            Licenses licenses,
            UserDirectory users,
            Optional<EmbeddedPostgresConfiguration.EmbeddedDatabaseMarker> embedded,
            @Value("${intervo.demo.data:false}") boolean asked,
            List<DemoContent> contents,
            ObjectProvider<SecurityContextHolderStrategy> strategies) {
        // the modules' demo data, the CRM's customers before the sheets and tickets that refer to them
        this.contents = contents.stream()
                .sorted(Comparator.comparingInt(DemoContent::demoOrder))
                .toList();
        this.strategies = strategies;
        this.provisioning = provisioning;
        this.tenants = tenants;
        this.licenses = licenses;
        this.users = users;
        this.active = embedded.isPresent() || asked;
    }

    @Override
    public boolean active() {
        return active;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!active) {
            log.info("External database and intervo.demo.data not set: no demo workspaces created");
            return;
        }
        for (String template : new String[] {"demo", "acme"}) {
            TenantId id = new TenantId(template);
            if (!tenants.existsByKey(id.key())) {
                createLike(template, id);
            }
        }
    }

    /**
     * Runs as one of the demo users (services check roles; work entries and status changes carry their names).
     * Start-up runs before Vaadin installs its security context strategy globally, so the context goes to the
     * strategy method security uses as well.
     */
    void asUser(TenantId tenant, String username, Runnable work) {
        var admin = users.principal(
                        tenant, users.findByUsername(username).orElseThrow().getId())
                .orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new IntervoAuthentication(admin));
        SecurityContextHolderStrategy strategy =
                strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            strategy.clearContext();
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A workspace with the users and data of "demo" (every module, a Romanian boiler service) or of "acme"
     * (Workshop Simple, a Czech repair shop) under the given key: the demo workspaces, and tests' own copies of them.
     */
    void createLike(String template, TenantId id) {
        boolean demo = template.equals("demo");
        TenantRegistration registration = demo
                ? new TenantRegistration(id, "Demo Service SRL", "ro", "Europe/Bucharest", "RON")
                : new TenantRegistration(id, "Acme Repairs s.r.o.", "cs", "Europe/Prague", "CZK");
        Set<ModuleKey> modules = demo ? EnumSet.allOf(ModuleKey.class) : EnumSet.of(ModuleKey.WORKSHOP_SIMPLE);
        List<DemoUser> demoUsers = demo
                ? List.of(
                        new DemoUser("admin", "Andrei Popescu", Role.ADMIN),
                        new DemoUser("dispatcher", "Maria Ionescu", Role.DISPATCHER),
                        new DemoUser("technician", "Vlad Stan", Role.TECHNICIAN),
                        new DemoUser("technician2", "Radu Mureșan", Role.TECHNICIAN),
                        new DemoUser("manager", "Elena Dumitru", Role.MANAGER))
                : List.of(
                        new DemoUser("admin", "Jana Nováková", Role.ADMIN),
                        new DemoUser("dispatcher", "Petr Svoboda", Role.DISPATCHER),
                        new DemoUser("technician", "Tomáš Dvořák", Role.TECHNICIAN),
                        new DemoUser("manager", "Lucie Černá", Role.MANAGER));
        boolean everyModule = modules.containsAll(EnumSet.allOf(ModuleKey.class));
        DemoContent.DemoWorkspace workspace = new DemoContent.DemoWorkspace(
                id,
                registration.currency(),
                registration.defaultLocale(),
                everyModule,
                (username, work) -> asUser(id, username, work));
        provisioning.provision(
                registration,
                tenant -> {
                    demoUsers.forEach(u -> users.create(
                            u.username(),
                            u.displayName(),
                            u.username() + "@" + id.key() + ".example",
                            PASSWORD,
                            Set.of(u.role()),
                            u.role() == Role.ADMIN));
                    contents.forEach(c -> c.seed(workspace));
                },
                step -> {});
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        modules.forEach(m -> licenses.grant(id, m, from, null, Entitlement.Source.DEMO));
        // content whose services check the license, once the workspace is active and licensed
        TenantContext.runAs(id, () -> contents.forEach(c -> c.seedLicensed(workspace)));
        log.info(
                "Demo workspace '{}' ready: users {} with password {}",
                id,
                demoUsers.stream().map(DemoUser::username).toList(),
                PASSWORD);
    }
}
