package com.intervo.tenantadmin;

import com.intervo.kernel.identity.OperatorAuditEntry;
import com.intervo.kernel.identity.OperatorAuditEntry.Action;
import com.intervo.kernel.identity.OperatorAuditLog;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.Licenses.ModuleLicense;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform operators' console: every workspace with its modules and usage, and the few actions an operator
 * takes. Operators only; every action writes an audit row in its own transaction.
 */
@Service
@RolesAllowed("OPERATOR")
public class OperatorConsoleService {

    /** One workspace as the console shows it; usage figures are null when they could not be read. */
    public record TenantOverview(
            TenantId tenant,
            String name,
            Tenant.Status status,
            Set<ModuleKey> modules,
            Set<Entitlement.Source> sources,
            Long users,
            Instant lastSignIn,
            Long storageBytes,
            com.intervo.tenantadmin.billing.BillingAccount.Status billing,
            boolean readOnly) {}

    private final TenantDirectory tenants;
    private final Licenses licenses;
    private final UserDirectory users;
    private final OperatorAuditLog audit;
    private final com.intervo.tenantadmin.billing.Subscriptions billing;
    private final com.intervo.kernel.tenancy.TenantAccess access;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    OperatorConsoleService(
            TenantDirectory tenants,
            Licenses licenses,
            UserDirectory users,
            OperatorAuditLog audit,
            com.intervo.tenantadmin.billing.Subscriptions billing,
            com.intervo.kernel.tenancy.TenantAccess access,
            Optional<Clock> clock) {
        this.billing = billing;
        this.access = access;
        this.tenants = tenants;
        this.licenses = licenses;
        this.users = users;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every workspace, by key; cheap: usage is read per row with {@link #overview(Tenant)}. */
    public List<Tenant> tenants() {
        return tenants.all();
    }

    /** Modules, entitlement sources, users, last sign-in and storage of one workspace. */
    public TenantOverview overview(Tenant tenant) {
        TenantId id = tenant.tenantId();
        Set<ModuleKey> modules = EnumSet.noneOf(ModuleKey.class);
        Set<Entitlement.Source> sources = EnumSet.noneOf(Entitlement.Source.class);
        for (ModuleLicense license : licenses.licenses(id)) {
            if (license.state() == ModuleLicense.State.ACTIVE || license.state() == ModuleLicense.State.INCLUDED) {
                modules.add(license.module());
            }
            if (license.state() == ModuleLicense.State.ACTIVE) {
                sources.addAll(license.sources());
            }
        }
        Long userCount = null;
        Instant lastSignIn = null;
        Long storage = null;
        if (tenant.getStatus() != Tenant.Status.PROVISIONING) {
            UserDirectory.Usage usage = TenantContext.callAs(id, users::usage);
            userCount = usage.users();
            lastSignIn = usage.lastSignIn();
            storage = storageBytes(id);
        }
        return new TenantOverview(
                id,
                tenant.getDisplayName(),
                tenant.getStatus(),
                modules,
                sources,
                userCount,
                lastSignIn,
                storage,
                billing.account(id).map(a -> a.getStatus()).orElse(null),
                access.isReadOnly(id));
    }

    /** Tables, indexes and TOAST of the workspace's schema (files on disk are not counted). */
    @Transactional(readOnly = true)
    public long storageBytes(TenantId tenant) {
        Object bytes = entityManager
                .createNativeQuery("""
                        select coalesce(sum(pg_total_relation_size(c.oid)), 0)
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = :schema and c.relkind in ('r', 'm')""")
                .setParameter("schema", tenant.schema())
                .getSingleResult();
        return ((Number) bytes).longValue();
    }

    @Transactional
    public int extendTrial(TenantId tenant, int days) {
        int extended = licenses.extendTrial(tenant, days);
        audit.record(Action.EXTEND_TRIAL, tenant.key(), days + " days, " + extended + " entitlements");
        return extended;
    }

    /** A module granted by hand (a partner, a goodwill gesture): open-ended, or through the given day (UTC). */
    @Transactional
    public void grantModule(TenantId tenant, ModuleKey module, LocalDate through) {
        Instant now = clock.instant();
        Instant until = through == null
                ? null
                : through.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (until != null && !until.isAfter(now)) {
            throw new IllegalArgumentException("The grant must end in the future");
        }
        licenses.grant(tenant, module, now, until, Entitlement.Source.MANUAL);
        audit.record(
                Action.GRANT_MODULE,
                tenant.key(),
                module + (through == null ? ", open-ended" : ", through " + through));
    }

    @Transactional
    public void suspend(TenantId tenant) {
        tenants.suspend(tenant);
        licenses.evict(tenant);
        audit.record(Action.SUSPEND_TENANT, tenant.key(), null);
    }

    @Transactional
    public void restore(TenantId tenant) {
        tenants.restore(tenant);
        licenses.evict(tenant);
        audit.record(Action.RESTORE_TENANT, tenant.key(), null);
    }

    public List<OperatorAuditEntry> auditLog() {
        return audit.latest(500);
    }
}
