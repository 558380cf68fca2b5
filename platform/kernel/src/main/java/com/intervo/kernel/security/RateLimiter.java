package com.intervo.kernel.security;

import java.time.Instant;

/** Counts attempts per key in a sliding time window and says when a key has used up its limit. */
public interface RateLimiter {

    /** Whether the key has used up its limit in the window ending now. */
    boolean exhausted(String key, Instant now);

    /** Counts one attempt if the limit allows it; false (and nothing counted) when it is used up. */
    boolean tryAcquire(String key, Instant now);

    /** Counts one attempt whatever the limit (failures are always remembered). */
    void record(String key, Instant now);

    /** Forgets every key. */
    void clear();
}
