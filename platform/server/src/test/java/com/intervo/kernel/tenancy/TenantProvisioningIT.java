package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TenantIntegrationTest
class TenantProvisioningIT {

    @Autowired
    TenantProvisioning provisioning;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StartupTenantMigration startupMigration;

    @Autowired
    TenantMigrator migrator;

    private List<String> schemas() {
        return jdbc.queryForList("select nspname from pg_namespace order by 1", String.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "demo; drop schema platform cascade",
                "Demo",
                "a",
                "1abc",
                "abc-def",
                "t_x\"",
                "public",
                "pg_catalog",
                "information_schema",
                "no_tenant",
                "platform",
                "../etc",
                "abcdefghijklmnopqrstuvwxyz012345",
                "",
                " demo",
                "démo"
            })
    void maliciousOrMalformedKeysAreRefusedBeforeAnySql(String key) {
        List<String> before = schemas();
        assertThatThrownBy(() -> provisioning.provision(TenantRegistration.of(key, "Evil")))
                .isInstanceOf(InvalidTenantKeyException.class);
        assertThatThrownBy(() -> TenantSchemas.schemaFor(key)).isInstanceOf(InvalidTenantKeyException.class);
        assertThat(schemas()).isEqualTo(before);
        assertThat(tenants.count()).isEqualTo(tenants.findAllByOrderByKey().size());
    }

    @Test
    void aFailedProvisioningLeavesNothingBehindAndCanBeRetried() {
        TenantId id = new TenantId("failing_co");
        assertThatThrownBy(() -> provisioning.provision(
                        TenantRegistration.of(id.key(), "Failing Co"),
                        tenant -> {
                            throw new IllegalStateException("seed broke");
                        },
                        step -> {}))
                .isInstanceOf(TenantProvisioning.TenantProvisioningException.class);
        assertThat(tenants.existsByKey(id.key())).isFalse();
        assertThat(schemas()).doesNotContain(id.schema());

        Tenant retried = provisioning.provision(TenantRegistration.of(id.key(), "Failing Co"));
        assertThat(retried.getStatus()).isEqualTo(Tenant.Status.ACTIVE);
        assertThat(schemas()).contains(id.schema());
        assertThat(jdbc.queryForObject("select count(*) from " + id.schema() + ".databasechangelog", Integer.class))
                .isPositive();
    }

    @Test
    void aTakenKeyIsRefused() {
        TenantId existing = fixtures.newTenant();
        assertThatThrownBy(() -> provisioning.provision(TenantRegistration.of(existing.key(), "Copy")))
                .isInstanceOf(TenantProvisioning.TenantAlreadyExistsException.class);
        assertThat(schemas()).contains(existing.schema());
    }

    @Test
    void startUpMigratesOnlyTenantsThatAreBehind() {
        TenantId behind = fixtures.newTenant();
        jdbc.update("update platform.tenant set schema_hash = 'old' where tenant_key = ?", behind.key());
        assertThat(startupMigration.migrateAll()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select schema_hash from platform.tenant where tenant_key = ?", String.class, behind.key()))
                .isEqualTo(migrator.changelogHash());
        assertThat(startupMigration.migrateAll()).isZero();
    }

    @Test
    void tenantsLeftHalfProvisionedByACrashAreRemovedAtStartUpButRecentOnesAreNot() {
        for (String[] t : new String[][] {{"crashed_co", "3 hours"}, {"busy_co", "1 minute"}}) {
            jdbc.update(
                    "insert into platform.tenant (id, version, created_at, created_by, updated_at, updated_by,"
                            + " tenant_key, display_name, status, default_locale, time_zone, currency) values"
                            + " (gen_random_uuid(), 0, now() - cast(? as interval), 'system', now(), 'system', ?, ?,"
                            + " 'PROVISIONING', 'en', 'UTC', 'EUR')",
                    t[1],
                    t[0],
                    t[0]);
            jdbc.execute("create schema t_" + t[0]);
        }
        startupMigration.migrateAll();
        assertThat(tenants.existsByKey("crashed_co")).isFalse();
        assertThat(schemas()).doesNotContain("t_crashed_co").contains("t_busy_co");
        assertThat(tenants.existsByKey("busy_co")).isTrue();
        jdbc.update("delete from platform.tenant where tenant_key = 'busy_co'");
        jdbc.execute("drop schema t_busy_co");
    }

    @Test
    void suspendedTenantsAreMigratedToo() {
        TenantId suspended = fixtures.newTenant();
        jdbc.update(
                "update platform.tenant set status = 'SUSPENDED', schema_hash = 'old' where tenant_key = ?",
                suspended.key());
        assertThat(startupMigration.migrateAll()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select schema_hash from platform.tenant where tenant_key = ?", String.class, suspended.key()))
                .isEqualTo(migrator.changelogHash());
    }

    @Test
    void staleLiquibaseLocksAreClearedBeforeMigrating() {
        TenantId tenant = fixtures.newTenant();
        jdbc.update("update " + tenant.schema() + ".databasechangeloglock set locked = true, lockgranted = now(), "
                + "lockedby = 'crashed node'");
        jdbc.update("update platform.tenant set schema_hash = 'old' where tenant_key = ?", tenant.key());
        assertThat(startupMigration.migrateAll()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select bool_or(locked) from " + tenant.schema() + ".databasechangeloglock", Boolean.class))
                .isFalse();
    }
}
