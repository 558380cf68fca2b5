package com.intervo.dispatch.live;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per replica that LISTENs on {@link LiveUpdates#CHANNEL} over its own JDBC connection (opened with the
 * pool's URL and credentials, so it never takes a pooled connection) and passes every notification on. The
 * connection is renewed every few minutes and after any failure, with a growing pause; a notification sent while
 * it is being renewed is lost (the board also refreshes when the user acts).
 */
@Component
class PgNotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PgNotificationListener.class);
    private static final Duration RENEW = Duration.ofMinutes(5);

    private final DataSource dataSource;
    private final LiveUpdates live;
    private final AtomicLong received = new AtomicLong();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    PgNotificationListener(DataSource dataSource, LiveUpdates live) {
        this.dataSource = dataSource;
        this.live = live;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("dispatch-listen").start(this::loop);
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

    /** Listening now (tests wait for it). */
    public boolean isListening() {
        return listening;
    }

    public long received() {
        return received.get();
    }

    private void loop() {
        long pause = 500;
        while (running) {
            try (Connection connection = open()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + LiveUpdates.CHANNEL);
                }
                listening = true;
                pause = 500;
                Instant renewAt = Instant.now().plus(RENEW);
                while (running && Instant.now().isBefore(renewAt)) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            received.incrementAndGet();
                            live.deliver(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                log.warn("Dispatch live updates: listening failed ({}), retrying in {} ms", e.toString(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    return;
                }
                pause = Math.min(pause * 2, 30_000);
            } finally {
                listening = false;
            }
        }
    }

    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(),
                    hikari.getPassword());
            connection.setAutoCommit(true);
            return connection;
        }
        return dataSource.getConnection();
    }
}
