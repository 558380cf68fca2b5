package com.intervo.kernel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limiters for public endpoints, shared by every replica: each counted attempt is a row of
 * {@code platform.rate_limit_hit}, so N replicas enforce one limit, not N. The check and the count of one key run
 * under a transaction-scoped advisory lock on that key, so concurrent attempts on any replica cannot slip past the
 * limit together. Each call takes its own short connection, outside any transaction of the caller (a refused or
 * failed request still counts, and a read-only workspace does not matter). With
 * {@code intervo.rate-limits.store=memory} the limiters are per node, in memory (a single node without the table).
 */
@Component
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9_.-]{0,39}");

    private final DataSource dataSource;
    private final boolean shared;
    private final Clock clock;

    RateLimits(
            DataSource dataSource,
            @Value("${intervo.rate-limits.store:database}") String store,
            Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.shared = !"memory".equalsIgnoreCase(store.strip());
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A limiter of {@code limit} attempts per key in a sliding {@code window}; {@code scope} names it (e.g.
     * {@code portal.ip}) and keeps its keys apart from other limiters'. {@code maxKeys} bounds the in-memory store.
     */
    public RateLimiter limiter(String scope, Duration window, int limit, int maxKeys) {
        if (scope == null || !SCOPE.matcher(scope).matches()) {
            throw new IllegalArgumentException("Not a rate-limit scope: " + scope);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate-limit window is positive");
        }
        return shared
                ? new Shared(scope, window, Math.max(1, limit))
                : new SlidingWindowLimiter(window, limit, maxKeys);
    }

    /** Deletes the attempts that have left their window. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${intervo.rate-limits.purge-interval:PT5M}")
    public int purge() {
        if (!shared) {
            return 0;
        }
        try {
            return delete("delete from platform.rate_limit_hit where expires_at < ?", Timestamp.from(clock.instant()));
        } catch (SQLException e) {
            log.warn("Rate limits: purge failed: {}", e.toString());
            return 0;
        }
    }

    private final class Shared implements RateLimiter {

        private final String scope;
        private final Duration window;
        private final int limit;

        Shared(String scope, Duration window, int limit) {
            this.scope = scope;
            this.window = window;
            this.limit = limit;
        }

        @Override
        public boolean exhausted(String key, Instant now) {
            return inTransaction(key, (c, hash) -> count(c, hash, now) >= limit);
        }

        @Override
        public boolean tryAcquire(String key, Instant now) {
            return inTransaction(key, (c, hash) -> {
                if (count(c, hash, now) >= limit) {
                    return false;
                }
                insert(c, hash, now);
                return true;
            });
        }

        @Override
        public void record(String key, Instant now) {
            inTransaction(key, (c, hash) -> {
                insert(c, hash, now);
                return true;
            });
        }

        @Override
        public void clear() {
            try {
                delete("delete from platform.rate_limit_hit where scope = ?", scope);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Rate limits: clear failed", e);
            }
        }

        private int count(Connection c, String hash, Instant now) throws SQLException {
            try (PreparedStatement select = c.prepareStatement("""
                    select count(*) from platform.rate_limit_hit
                    where scope = ? and key_hash = ? and hit_at > ?""")) {
                select.setString(1, scope);
                select.setString(2, hash);
                select.setTimestamp(3, Timestamp.from(now.minus(window)));
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }

        private void insert(Connection c, String hash, Instant now) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into platform.rate_limit_hit (scope, key_hash, hit_at, expires_at) values (?, ?, ?, ?)""")) {
                insert.setString(1, scope);
                insert.setString(2, hash);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now.plus(window)));
                insert.executeUpdate();
            }
        }

        private boolean inTransaction(String key, Step step) {
            String hash = hash(scope, String.valueOf(key));
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    try (PreparedStatement lock =
                            c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                        lock.setString(1, scope + ":" + hash);
                        lock.execute();
                    }
                    boolean result = step.run(c, hash);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Rate limits: " + e.getMessage(), e);
            }
        }
    }

    /** One delete on a short connection of its own, committed at once. */
    private int delete(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            delete.setObject(1, parameter);
            return delete.executeUpdate();
        }
    }

    private interface Step {
        boolean run(Connection connection, String keyHash) throws SQLException;
    }

    static String hash(String scope, String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scope.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
