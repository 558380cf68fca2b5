package com.intervo.kernel.live;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signals between the replicas through PostgreSQL (ARCHITECTURE.md rule 7): a module sends a short payload on a
 * channel with {@code NOTIFY} inside the transaction that made the change, so it goes out only if that commits; one
 * thread per replica LISTENs on every registered channel over its own JDBC connection (opened with the pool's URL
 * and credentials, so it never holds a pooled connection) and hands each payload to that channel's handlers — on
 * every node, the sending one included, so there is one path for all. Payloads carry the tenant key; handlers check
 * it. The connection is renewed every few minutes and after any failure, with a growing pause; a signal sent while
 * it is being renewed is lost, so screens also refresh when their user acts. The connection shows in
 * {@code pg_stat_activity} under {@link #APPLICATION_NAME}.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Duration RENEW = Duration.ofMinutes(5);
    /** PostgreSQL's limit is 8000 bytes; ours are a tenant key and an id or two. */
    private static final int MAX_PAYLOAD = 1000;
    /** The listening connection's {@code application_name}. */
    public static final String APPLICATION_NAME = "intervo-cluster-signals";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private volatile Set<String> listeningOn = Set.of();
    private volatile boolean running;
    private Thread thread;

    ClusterSignals(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Sends a signal with the current transaction (delivered at commit, dropped on rollback). Must run inside a
     * transaction.
     */
    public void send(String channel, String payload) {
        check(channel);
        if (payload == null || payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("A signal's payload is 1 to " + MAX_PAYLOAD + " characters");
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A signal is sent inside the transaction of its change");
        }
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, channel, payload);
    }

    /** Calls the handler (on the listening thread; keep it short) for every signal on the channel, on this node. */
    public void on(String channel, Consumer<String> handler) {
        check(channel);
        handlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Whether this node listens on the channel right now (tests wait for it). */
    public boolean isListening(String channel) {
        return listeningOn.contains(channel);
    }

    private static void check(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("cluster-signals").start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        long pause = 500;
        while (running) {
            try (Connection connection = open()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                Set<String> listening = ConcurrentHashMap.newKeySet();
                pause = 500;
                Instant renewAt = Instant.now().plus(RENEW);
                while (running && Instant.now().isBefore(renewAt)) {
                    // channels registered after start are picked up here
                    for (String channel : handlers.keySet()) {
                        if (listening.add(channel)) {
                            try (Statement statement = connection.createStatement()) {
                                statement.execute("LISTEN " + channel); // checked against CHANNEL
                            }
                            listeningOn = Set.copyOf(listening);
                        }
                    }
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listeningOn = Set.of();
                if (!running) {
                    return;
                }
                log.warn("Cluster signals: listening failed ({}), retrying in {} ms", e.toString(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    return;
                }
                pause = Math.min(pause * 2, 30_000);
            } finally {
                listeningOn = Set.of();
            }
        }
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> handler : handlers.getOrDefault(channel, List.of())) {
            try {
                handler.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A handler of signals on {} failed: {}", channel, e.toString());
            }
        }
    }

    private Connection open() throws SQLException {
        // the pool behind any wrapper (metrics, tracing): the listener must not hold one of its connections for good
        HikariDataSource hikari = dataSource instanceof HikariDataSource h
                ? h
                : dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        if (hikari != null && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            // how operators (and tests) tell the listener's backend in pg_stat_activity
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
            connection.setAutoCommit(true);
            return connection;
        }
        return dataSource.getConnection();
    }
}
