package com.intervo.kernel.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts events per key in a sliding time window, in memory. Bounded twice: each key keeps at most {@code limit}
 * time stamps, and at most {@code maxKeys} keys are kept (the least recently used are forgotten first).
 * Thread-safe. Per node: behind N replicas the effective limit is at most N times higher, which is why public
 * endpoints take theirs from {@link RateLimits} (shared through PostgreSQL).
 */
public final class SlidingWindowLimiter implements RateLimiter {

    private final Duration window;
    private final int limit;
    private final Map<String, Deque<Instant>> events;

    public SlidingWindowLimiter(Duration window, int limit, int maxKeys) {
        this.window = window;
        this.limit = Math.max(1, limit);
        this.events = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Whether the key has used up its limit in the window ending now. */
    @Override
    public synchronized boolean exhausted(String key, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return false;
        }
        prune(times, now);
        return times.size() >= limit;
    }

    /** Counts one event if the limit allows it; false (and nothing counted) when it is used up. */
    @Override
    public synchronized boolean tryAcquire(String key, Instant now) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** Counts one event whatever the limit (failures are always remembered, up to the limit). */
    @Override
    public synchronized void record(String key, Instant now) {
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        if (times.size() >= limit) {
            times.removeFirst();
        }
        times.addLast(now);
    }

    public synchronized int keys() {
        return events.size();
    }

    @Override
    public synchronized void clear() {
        events.clear();
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant from = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
            times.removeFirst();
        }
    }
}
