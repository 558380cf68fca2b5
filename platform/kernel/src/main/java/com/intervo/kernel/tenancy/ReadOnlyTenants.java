package com.intervo.kernel.tenancy;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The in-memory list of read-only workspaces that the connection provider consults on every checkout, and
 * the per-thread permission to write anyway (sign-in bookkeeping, paying the overdue invoice).
 */
final class ReadOnlyTenants {

    private static final ThreadLocal<Boolean> WRITES_ALLOWED = new ThreadLocal<>();

    private volatile Set<String> keys = Set.of();

    void replace(Set<String> readOnlyKeys) {
        keys = Set.copyOf(readOnlyKeys);
    }

    Set<String> keys() {
        return keys;
    }

    /** True when a connection for this tenant must refuse writes. */
    boolean refusesWrites(String tenantKey) {
        return keys.contains(tenantKey) && !Boolean.TRUE.equals(WRITES_ALLOWED.get());
    }

    static boolean writesAllowed() {
        return Boolean.TRUE.equals(WRITES_ALLOWED.get());
    }

    static <T> T allowingWrites(Supplier<T> work) {
        Boolean before = WRITES_ALLOWED.get();
        WRITES_ALLOWED.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                WRITES_ALLOWED.remove();
            } else {
                WRITES_ALLOWED.set(before);
            }
        }
    }
}
