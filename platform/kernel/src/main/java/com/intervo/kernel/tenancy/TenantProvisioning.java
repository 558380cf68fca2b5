package com.intervo.kernel.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates tenants at run time: record (PROVISIONING) → schema → tenant changelog → seed → ACTIVE.
 * Any failure drops the schema and the record, so no half-made tenant remains and the key can be retried.
 */
@Service
public class TenantProvisioning {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

    /** Steps reported to a progress listener, e.g. the sign-up page's progress bar. */
    public enum Step {
        RECORDED,
        SCHEMA_CREATED,
        SEEDED,
        ACTIVE
    }

    public interface Progress {
        void reached(Step step);
    }

    private final Tenants tenants;
    private final TenantMigrator migrator;
    private final TransactionTemplate tx;

    TenantProvisioning(Tenants tenants, TenantMigrator migrator, TransactionTemplate tx) {
        this.tenants = tenants;
        this.migrator = migrator;
        this.tx = tx;
    }

    public Tenant provision(TenantRegistration registration) {
        return provision(registration, tenant -> {}, step -> {});
    }

    /**
     * @param seed runs with the new tenant bound, e.g. to create its first admin user; if it throws,
     *             the whole tenant is undone
     */
    public Tenant provision(TenantRegistration registration, Consumer<TenantId> seed, Progress progress) {
        TenantId id = registration.id();
        long started = System.nanoTime();
        Tenant tenant;
        try {
            tenant = tx.execute(s -> {
                if (tenants.existsByKey(id.key())) {
                    throw new TenantAlreadyExistsException(id);
                }
                return tenants.saveAndFlush(new Tenant(
                        id,
                        registration.displayName(),
                        registration.defaultLocale(),
                        registration.timeZone(),
                        registration.currency()));
            });
        } catch (DataIntegrityViolationException e) {
            throw new TenantAlreadyExistsException(id);
        }
        progress.reached(Step.RECORDED);
        try {
            migrator.migrate(id);
            progress.reached(Step.SCHEMA_CREATED);
            TenantContext.runAs(id, () -> seed.accept(id));
            progress.reached(Step.SEEDED);
            Tenant active = tx.execute(s -> {
                Tenant t = tenants.findByKey(id.key()).orElseThrow();
                t.migrated(migrator.changelogHash(), Instant.now());
                t.activate();
                return t;
            });
            progress.reached(Step.ACTIVE);
            log.info("Provisioned tenant {} in {} ms", id, (System.nanoTime() - started) / 1_000_000);
            return active;
        } catch (RuntimeException e) {
            log.warn("Provisioning of tenant {} failed, undoing it: {}", id, e.toString());
            undo(id);
            throw new TenantProvisioningException(id, e);
        }
    }

    /**
     * Removes tenants left half-made by a crash during provisioning (the undo runs only in the JVM that
     * provisioned). Only records older than {@code olderThan}, so a provisioning running elsewhere is left alone.
     */
    int cleanUpAbandoned(java.time.Duration olderThan) {
        Instant limit = Instant.now().minus(olderThan);
        List<Tenant> abandoned = tx.execute(s -> tenants.findByStatusOrderByKey(Tenant.Status.PROVISIONING).stream()
                .filter(t -> t.getCreatedAt().isBefore(limit))
                .toList());
        for (Tenant tenant : abandoned) {
            log.warn("Removing tenant {} left half-provisioned since {}", tenant.getKey(), tenant.getCreatedAt());
            undo(tenant.tenantId());
        }
        return abandoned.size();
    }

    private void undo(TenantId id) {
        try {
            migrator.dropSchema(id);
        } finally {
            tx.executeWithoutResult(s -> tenants.findByKey(id.key()).ifPresent(tenants::delete));
        }
    }

    public static class TenantAlreadyExistsException extends RuntimeException {
        public TenantAlreadyExistsException(TenantId id) {
            super("Workspace " + id.key() + " is taken");
        }
    }

    public static class TenantProvisioningException extends RuntimeException {
        public TenantProvisioningException(TenantId id, Throwable cause) {
            super("Provisioning of workspace " + id.key() + " failed", cause);
        }
    }
}
