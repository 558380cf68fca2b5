package com.intervo.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Public endpoints' rate limits are one limit for all replicas, kept in PostgreSQL. */
@TenantIntegrationTest
class RateLimitsIT {

    @Autowired RateLimits limits;
    @Autowired JdbcTemplate jdbc;

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
        assertThat(nodeA.tryAcquire("198.51.100.7", t.plus(Duration.ofMinutes(10)).plusMillis(1))).isTrue();
        assertThat(nodeB.tryAcquire("198.51.100.7", t.plus(Duration.ofMinutes(10)).plusMillis(500))).isFalse();
        // failures are recorded whatever the limit
        nodeA.record("198.51.100.9", t);
        nodeA.record("198.51.100.9", t);
        nodeB.record("198.51.100.9", t);
        assertThat(nodeA.exhausted("198.51.100.9", t.plusSeconds(1))).isTrue();

        // the key itself is not stored, only a hash of scope and key
        assertThat(jdbc.queryForObject("select count(*) from platform.rate_limit_hit where key_hash like '198.%'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from platform.rate_limit_hit where scope = 'test.shared'",
                Integer.class)).isEqualTo(8);

        nodeA.clear();
        assertThat(nodeB.tryAcquire("198.51.100.7", t.plusSeconds(4))).isTrue();
    }

    @Test
    void concurrentAttemptsOnAnyReplicaNeverPassTheLimitTogether() throws Exception {
        List<RateLimiter> nodes = List.of(limits.limiter("test.race", Duration.ofMinutes(1), 5, 100),
                limits.limiter("test.race", Duration.ofMinutes(1), 5, 100));
        nodes.get(0).clear();
        Instant now = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RateLimiter node = nodes.get(i % 2);
                attempts.add(pool.submit(() -> node.tryAcquire("203.0.113.50", now)));
            }
            int allowed = 0;
            for (Future<Boolean> attempt : attempts) {
                allowed += attempt.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
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
        assertThat(jdbc.queryForObject("select count(*) from platform.rate_limit_hit where scope = 'test.purge'",
                Integer.class)).isEqualTo(1);
    }
}
