package com.intervo.kernel.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bell's badge follows alerts on every replica: the unread count goes out through PostgreSQL with the
 * transaction that raised the alert (never on rollback), and reaches only the screens of that workspace's user.
 */
@TenantIntegrationTest
class AlertSignalsIT {

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationBroadcaster broadcaster;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    com.intervo.kernel.identity.UserDirectory users;

    @AfterEach
    void clear() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void anAlertReachesTheOpenScreensOfItsUserOnEveryReplicaAndNoOtherWorkspace() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(broadcaster::isListening);
        TenantId tenant = fixtures.newTenant();
        TenantId other = fixtures.newTenant();
        UUID dispatcher = TenantContext.callAs(
                tenant, () -> users.findByUsername("dispatcher").orElseThrow().getId());
        List<Long> mine = new CopyOnWriteArrayList<>();
        List<Long> sameIdElsewhere = new CopyOnWriteArrayList<>();
        Runnable a = broadcaster.register(tenant, dispatcher, mine::add);
        Runnable b = broadcaster.register(other, dispatcher, sameIdElsewhere::add);
        try {
            Alert alert = new Alert("TEST", "kernel.notifications.title", List.of(), null, null, null);
            TenantContext.runAs(tenant, () -> notifier.notifyUsers(List.of(dispatcher), alert));
            await().atMost(Duration.ofSeconds(10)).until(() -> mine.contains(1L));

            // an alert whose transaction rolls back is neither stored nor announced
            TenantContext.runAs(
                    tenant,
                    () -> tx.executeWithoutResult(s -> {
                        notifier.notifyUsers(List.of(dispatcher), alert);
                        s.setRollbackOnly();
                    }));
            assertThat(TenantContext.callAs(tenant, () -> notifier.countUnread(dispatcher)))
                    .isEqualTo(1);

            // another replica raises one: the signal arrives through the database
            try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "postgres");
                    PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, NotificationBroadcaster.CHANNEL);
                notify.setString(2, "not a payload");
                notify.execute();
                notify.setString(2, tenant.key() + ":" + dispatcher + ":-5");
                notify.execute();
                notify.setString(2, tenant.key() + ":" + dispatcher + ":7");
                notify.execute();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> mine.contains(7L));
            assertThat(mine).containsExactly(1L, 7L);
            assertThat(sameIdElsewhere).isEmpty();
        } finally {
            a.run();
            b.run();
        }
    }
}
