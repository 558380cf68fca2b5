package com.intervo.kernel.tenancy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Read access to the tenant registry for the rest of the platform. */
@Service
public class TenantDirectory {

    private final Tenants tenants;
    private final WorkspaceClock workspaceClock;

    TenantDirectory(Tenants tenants, WorkspaceClock workspaceClock) {
        this.tenants = tenants;
        this.workspaceClock = workspaceClock;
    }

    /** An active tenant by its workspace name; empty for malformed, unknown or not-yet-provisioned keys. */
    @Transactional(readOnly = true)
    public Optional<Tenant> findActive(String workspace) {
        if (!TenantId.isValid(workspace)) {
            return Optional.empty();
        }
        return tenants.findByKey(workspace).filter(t -> t.getStatus() == Tenant.Status.ACTIVE);
    }

    /** A tenant in any status (also while it is provisioned or suspended); empty for unknown ones. */
    @Transactional(readOnly = true)
    public Optional<Tenant> find(TenantId tenant) {
        return tenants.findByKey(tenant.key());
    }

    /** A tenant in any status by its workspace name; empty for malformed or unknown names. */
    @Transactional(readOnly = true)
    public Optional<Tenant> find(String workspace) {
        return TenantId.isValid(workspace) ? tenants.findByKey(workspace) : Optional.empty();
    }

    /** A tenant by its row id, in any status. */
    @Transactional(readOnly = true)
    public Optional<Tenant> find(java.util.UUID id) {
        return tenants.findById(id);
    }

    /** Whether a workspace name is taken, by a workspace in any status. */
    @Transactional(readOnly = true)
    public boolean exists(String workspace) {
        return tenants.existsByKey(workspace);
    }

    @Transactional(readOnly = true)
    public List<TenantId> activeTenants() {
        return tenants.findByStatusOrderByKey(Tenant.Status.ACTIVE).stream()
                .map(Tenant::tenantId)
                .toList();
    }

    /** The company name and the defaults of its workspace: language, time zone, currency. */
    @Transactional
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    public Tenant changeDefaults(TenantId tenant, String displayName, String locale, String timeZone, String currency) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw com.intervo.kernel.errors.DomainException.invalid("company.error.name", "displayName");
        }
        if (!java.util.Set.of("en", "ro", "ru", "cs").contains(locale)) {
            throw com.intervo.kernel.errors.DomainException.invalid("company.error.language", "locale");
        }
        if (timeZone == null || !java.time.ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw com.intervo.kernel.errors.DomainException.invalid("company.error.time-zone", "timeZone");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw com.intervo.kernel.errors.DomainException.invalid("company.error.currency", "currency");
        }
        Tenant row = tenants.findByKey(tenant.key()).orElseThrow();
        row.changeDefaults(displayName.strip(), locale, timeZone, currency);
        // the cached zone and currency are forgotten once the change is visible to other transactions
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workspaceClock.forget(tenant);
            }
        });
        return row;
    }

    /** Operators only: a suspended workspace cannot sign in, and its open sessions end. */
    @Transactional
    @jakarta.annotation.security.RolesAllowed("OPERATOR")
    public Tenant suspend(TenantId tenant) {
        Tenant row = tenants.findByKey(tenant.key()).orElseThrow();
        if (row.getStatus() != Tenant.Status.ACTIVE) {
            throw new IllegalStateException("Only an active workspace can be suspended");
        }
        row.suspend();
        return row;
    }

    /** Operators only: a suspended workspace becomes active again. */
    @Transactional
    @jakarta.annotation.security.RolesAllowed("OPERATOR")
    public Tenant restore(TenantId tenant) {
        Tenant row = tenants.findByKey(tenant.key()).orElseThrow();
        if (row.getStatus() != Tenant.Status.SUSPENDED) {
            throw new IllegalStateException("Only a suspended workspace can be restored");
        }
        row.activate();
        return row;
    }

    @Transactional(readOnly = true)
    public List<Tenant> all() {
        return tenants.findAllByOrderByKey();
    }
}
