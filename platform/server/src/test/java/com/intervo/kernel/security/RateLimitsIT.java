package com.intervo.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Public endpoints' rate limits are one limit for all replicas, kept in PostgreSQL. */
@TenantIntegrationTest
class RateLimitsIT {

    private static final int ATTEMPTS = 40;

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoReplicasShareOneLimitThatSlidesAndForgets() {
        // each replica builds its own limiter for the same scope, as the portal does at start-up
        RateLimiter nodeA = limits.limiter("test.shared", Duration.ofMinutes(10), 3, 100);
        RateLimiter nodeB = limits.limiter("test.shared", Duration.ofMinutes(10), 3, 100);
        RateLimiter otherScope = limits.limiter("test.other", Duration.ofMinutes(10), 3, 100);
        nodeA.clear();
        otherScope.clear();
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(nodeA.tryAcquire("198.51.100.7", t)).isTrue();
        assertThat(nodeB.tryAcquire("198.51.100.7", t.plusSeconds(1))).isTrue();
        assertThat(nodeA.tryAcquire("198.51.100.7", t.plusSeconds(2))).isTrue();
        assertThat(nodeB.exhausted("198.51.100.7", t.plusSeconds(3))).isTrue();
        assertThat(nodeB.tryAcquire("198.51.100.7", t.plusSeconds(3))).isFalse();
        // another key and another scope count apart
        assertThat(nodeB.tryAcquire("198.51.100.8", t.plusSeconds(3))).isTrue();
        assertThat(otherScope.tryAcquire("198.51.100.7", t.plusSeconds(3))).isTrue();
        // the window slides: the first attempt leaves it after ten minutes
        assertThat(nodeA.tryAcquire(
                        "198.51.100.7", t.plus(Duration.ofMinutes(10)).plusMillis(1)))
                .isTrue();
        assertThat(nodeB.tryAcquire(
                        "198.51.100.7", t.plus(Duration.ofMinutes(10)).plusMillis(500)))
                .isFalse();
        // failures are recorded whatever the limit
        nodeA.record("198.51.100.9", t);
        nodeA.record("198.51.100.9", t);
        nodeB.record("198.51.100.9", t);
        assertThat(nodeA.exhausted("198.51.100.9", t.plusSeconds(1))).isTrue();

        // the key itself is not stored, only a hash of scope and key
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.rate_limit_hit where key_hash like '198.%'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.rate_limit_hit where scope = 'test.shared'", Integer.class))
                .isEqualTo(8);

        nodeA.clear();
        assertThat(nodeB.tryAcquire("198.51.100.7", t.plusSeconds(4))).isTrue();
    }

    @Test
    void concurrentAttemptsOnAnyReplicaNeverPassTheLimitTogether() throws Exception {
        // two replicas: each its own connection pool and its own limiters, over the one database
        try (HikariDataSource replicaA = replicaPool();
                HikariDataSource replicaB = replicaPool()) {
            List<RateLimiter> nodes = List.of(
                    new RateLimits(replicaA, "database", Optional.empty())
                            .limiter("test.race", Duration.ofMinutes(1), 5, 100),
                    new RateLimits(replicaB, "database", Optional.empty())
                            .limiter("test.race", Duration.ofMinutes(1), 5, 100));
            nodes.get(0).clear();
            Instant now = Instant.now();
            ExecutorService threads = Executors.newFixedThreadPool(ATTEMPTS);
            try {
                // a few rounds, each with a new key: 40 attempts released together by a barrier
                for (int round = 0; round < 3; round++) {
                    String key = "203.0.113." + (50 + round);
                    CyclicBarrier start = new CyclicBarrier(ATTEMPTS);
                    List<Future<Boolean>> attempts = new ArrayList<>();
                    for (int i = 0; i < ATTEMPTS; i++) {
                        RateLimiter node = nodes.get(i % 2);
                        attempts.add(threads.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            return node.tryAcquire(key, now);
                        }));
                    }
                    int allowed = 0;
                    for (Future<Boolean> attempt : attempts) {
                        allowed += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                    }
                    assertThat(allowed)
                            .as("attempts allowed in round %d", round)
                            .isEqualTo(5);
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from platform.rate_limit_hit where scope = 'test.race'",
                                    Integer.class))
                            .isEqualTo(5 * (round + 1));
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    /** A replica's own pool to the test database, its connections open before the race starts. */
    private static HikariDataSource replicaPool() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestDatabase.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(ATTEMPTS / 2);
        config.setMinimumIdle(ATTEMPTS / 2);
        config.setPoolName("replica-" + UUID.randomUUID());
        HikariDataSource pool = new HikariDataSource(config);
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < ATTEMPTS / 2; i++) {
                open.add(pool.getConnection());
            }
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
        return pool;
    }

    @Test
    void attemptsPastTheirWindowArePurged() {
        RateLimiter limiter = limits.limiter("test.purge", Duration.ofHours(1), 10, 100);
        limiter.clear();
        Instant longAgo = Instant.now().minus(Duration.ofHours(3));
        limiter.record("a", longAgo);
        limiter.record("b", longAgo);
        limiter.record("c", Instant.now());
        assertThat(limits.purge()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform.rate_limit_hit where scope = 'test.purge'", Integer.class))
                .isEqualTo(1);
    }
}
