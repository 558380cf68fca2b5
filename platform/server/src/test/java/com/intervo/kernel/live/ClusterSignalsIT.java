package com.intervo.kernel.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The replica's listening connection is dropped (a database restart, a fail-over, an idle-connection killer): the
 * listener opens a new one by itself, LISTENs again on every channel, and the next signal from another replica
 * arrives. Signals sent while it is reconnecting are lost (see README, "Live updates across replicas").
 */
@TenantIntegrationTest
class ClusterSignalsIT {

    static final String CHANNEL = "intervo_test_reconnect";

    @Autowired
    ClusterSignals signals;

    @Test
    void aDroppedListenerConnectionIsReopenedAndTheNextSignalArrives() throws SQLException {
        List<String> received = new CopyOnWriteArrayList<>();
        signals.on(CHANNEL, received::add);
        await().atMost(Duration.ofSeconds(10)).until(() -> signals.isListening(CHANNEL));

        // another replica's connection
        try (Connection other = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "postgres")) {
            signal(other, "before");
            await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("before"));

            Set<Integer> dropped = listeners(other);
            assertThat(dropped).isNotEmpty();
            try (PreparedStatement kill = other.prepareStatement(
                    "select pg_terminate_backend(pid) " + "from pg_stat_activity where application_name = ?")) {
                kill.setString(1, ClusterSignals.APPLICATION_NAME);
                kill.execute();
            }

            // a new listening connection, none of the dropped ones, and this node LISTENs on it again
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Set<Integer> now = listeners(other);
                return !now.isEmpty() && now.stream().noneMatch(dropped::contains) && signals.isListening(CHANNEL);
            });
            signal(other, "after");
            await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("after"));
        }
        assertThat(received).containsExactly("before", "after");
    }

    private static void signal(Connection connection, String payload) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        }
    }

    /** The backends of listening connections (one per Spring context of this JVM). */
    private static Set<Integer> listeners(Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select pid from pg_stat_activity where application_name = ?")) {
            query.setString(1, ClusterSignals.APPLICATION_NAME);
            Set<Integer> pids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
            return pids;
        }
    }
}
