package com.intervo.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.kernel.live.ClusterSignals;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another replica puts a workspace into read-only mode (or lifts it): this node follows as soon as the signal
 * arrives, not at its next periodic re-read (switched off for the tests).
 */
@TenantIntegrationTest
class ReadOnlySignalIT {

    @Autowired
    TenantAccess access;

    @Autowired
    ClusterSignals signals;

    @Autowired
    TenantFixtures fixtures;

    @Test
    void aChangeOnAnotherReplicaAppliesHereAtOnce() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.isListening(TenantAccess.CHANNEL));
        TenantId tenant = fixtures.newTenant();
        TenantId other = fixtures.newTenant();
        assertThat(access.isReadOnly(tenant)).isFalse();

        remote(tenant, "now()");
        await().atMost(Duration.ofSeconds(5)).until(() -> access.isReadOnly(tenant));
        assertThat(access.isReadOnly(other)).isFalse();

        remote(tenant, "null");
        await().atMost(Duration.ofSeconds(5)).until(() -> !access.isReadOnly(tenant));
    }

    /** What another replica's {@code setReadOnly} does: the row and the signal, in one transaction. */
    private static void remote(TenantId tenant, String since) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "postgres")) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                            "update platform.tenant set read_only_since = " + since + " where tenant_key = ?");
                    PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
                update.setString(1, tenant.key());
                update.executeUpdate();
                notify.setString(1, TenantAccess.CHANNEL);
                notify.setString(2, tenant.key());
                notify.execute();
            }
            c.commit();
        }
    }
}
