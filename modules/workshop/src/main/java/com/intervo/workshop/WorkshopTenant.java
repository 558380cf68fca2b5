package com.intervo.workshop;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.WorkspaceClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The bound tenant's defaults (zone, currency, language) and who is acting. */
@Component
class WorkshopTenant {

    private final TenantDirectory tenants;
    private final WorkspaceClock workspace;

    WorkshopTenant(TenantDirectory tenants, WorkspaceClock workspace) {
        this.tenants = tenants;
        this.workspace = workspace;
    }

    Tenant tenant() {
        // also while the workspace is being provisioned (its seed data)
        return tenants.find(TenantContext.require()).orElseThrow(() -> new IllegalStateException("Unknown workspace"));
    }

    ZoneId zone() {
        return workspace.zone();
    }

    LocalDate today() {
        return workspace.today();
    }

    static Optional<IntervoUser> user() {
        return IntervoAuthentication.current();
    }

    /** "tenant/username" of the signed-in user, "system" for jobs. */
    static String actor() {
        return user().map(IntervoUser::getName).orElse("system");
    }
}
