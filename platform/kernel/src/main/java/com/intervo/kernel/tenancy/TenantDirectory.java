package com.intervo.kernel.tenancy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the tenant registry for the rest of the platform. */
@Service
public class TenantDirectory {

    private final Tenants tenants;

    TenantDirectory(Tenants tenants) {
        this.tenants = tenants;
    }

    /** An active tenant by its workspace name; empty for malformed, unknown or not-yet-provisioned keys. */
    @Transactional(readOnly = true)
    public Optional<Tenant> findActive(String workspace) {
        if (!TenantId.isValid(workspace)) {
            return Optional.empty();
        }
        return tenants.findByKey(workspace).filter(t -> t.getStatus() == Tenant.Status.ACTIVE);
    }

    @Transactional(readOnly = true)
    public List<TenantId> activeTenants() {
        return tenants.findByStatusOrderByKey(Tenant.Status.ACTIVE).stream().map(Tenant::tenantId).toList();
    }

    @Transactional(readOnly = true)
    public List<Tenant> all() {
        return tenants.findAllByOrderByKey();
    }
}
