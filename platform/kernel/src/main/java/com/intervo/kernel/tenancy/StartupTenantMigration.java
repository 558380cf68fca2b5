package com.intervo.kernel.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every tenant schema up to date before traffic. Tenants whose stored changelog hash matches are
 * skipped, so start-up does not grow with the tenant count. Replicas starting together take turns through
 * a cluster-wide advisory lock, which also makes clearing stale Liquibase locks safe.
 */
@Component
@EnableConfigurationProperties(StartupTenantMigration.Settings.class)
class StartupTenantMigration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupTenantMigration.class);
    private static final long MIGRATION_LOCK = 0x1A7E_4B0L;
    /** A provisioning takes seconds; a record this old in PROVISIONING was left by a crash. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(1);

    @ConfigurationProperties("intervo.tenancy")
    record Settings(Boolean migrateOnStartup) {
        boolean enabled() {
            return migrateOnStartup == null || migrateOnStartup;
        }
    }

    private final Settings settings;
    private final DataSource dataSource;
    private final Tenants tenants;
    private final TenantMigrator migrator;
    private final TransactionTemplate tx;
    private final TenantProvisioning provisioning;

    StartupTenantMigration(
            Settings settings,
            DataSource dataSource,
            Tenants tenants,
            TenantMigrator migrator,
            TransactionTemplate tx,
            TenantProvisioning provisioning) {
        this.provisioning = provisioning;
        this.settings = settings;
        this.dataSource = dataSource;
        this.tenants = tenants;
        this.migrator = migrator;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (settings.enabled()) {
            migrateAll();
        }
    }

    /** Returns how many tenants were migrated (the rest were up to date). */
    int migrateAll() {
        long started = System.nanoTime();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            try (PreparedStatement st = lock.prepareStatement("SELECT pg_advisory_lock(?)")) {
                st.setLong(1, MIGRATION_LOCK);
                st.execute();
            }
            try {
                return migrateAllLocked(lock, started);
            } finally {
                try (PreparedStatement st = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    st.setLong(1, MIGRATION_LOCK);
                    st.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tenant migration at start-up failed", e);
        }
    }

    private int migrateAllLocked(Connection connection, long started) throws SQLException {
        provisioning.cleanUpAbandoned(ABANDONED_AFTER);
        String hash = migrator.changelogHash();
        // suspended tenants too: their schema must be current when they come back
        List<Tenant> active = tx.execute(
                s -> tenants.findByStatusInOrderByKey(List.of(Tenant.Status.ACTIVE, Tenant.Status.SUSPENDED)));
        List<Tenant> behind =
                active.stream().filter(t -> !hash.equals(t.getSchemaHash())).toList();
        log.info(
                "Tenant schemas: {} in use, {} up to date, {} to migrate",
                active.size(),
                active.size() - behind.size(),
                behind.size());
        int n = 0;
        for (Tenant tenant : behind) {
            n++;
            TenantId id = tenant.tenantId();
            log.info("Migrating tenant {} ({} of {})", id, n, behind.size());
            clearStaleLiquibaseLock(connection, id);
            migrator.migrate(id);
            tx.executeWithoutResult(s -> tenants.findByKey(id.key()).ifPresent(t -> t.migrated(hash, Instant.now())));
        }
        log.info(
                "Tenant schemas ready: {} migrated in {} ms", behind.size(), (System.nanoTime() - started) / 1_000_000);
        return behind.size();
    }

    /** Safe under the advisory lock: no other node migrates now, so any held Liquibase lock is stale. */
    private static void clearStaleLiquibaseLock(Connection connection, TenantId id) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DO $$ BEGIN IF to_regclass('" + id.schema() + ".databasechangeloglock') IS NOT NULL THEN "
                    + "UPDATE " + id.schema() + ".databasechangeloglock SET locked = false, lockgranted = null, "
                    + "lockedby = null WHERE locked; END IF; END $$");
        }
    }
}
