package com.intervo.kernel.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant of the current thread: one bound explicitly (jobs and listeners bind it from the event or the
 * tenant they iterate), else the signed-in user's. Neither means: no tenant data at all.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantId> current() {
        TenantId bound = CURRENT.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TenantPrincipal principal) {
            return Optional.of(principal.tenant());
        }
        return Optional.empty();
    }

    public static TenantId require() {
        return current().orElseThrow(NoTenantBoundException::new);
    }

    /** Runs the action with the tenant bound, restoring whatever was bound before. */
    public static <T> T callAs(TenantId tenant, Supplier<T> action) {
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return action.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable action) {
        callAs(tenant, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T callAsChecked(TenantId tenant, Callable<T> action) throws Exception {
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return action.call();
        } finally {
            restore(previous);
        }
    }

    /** For request filters: bind until {@link #clear()}. */
    public static void bind(TenantId tenant) {
        CURRENT.set(tenant);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static void restore(TenantId previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    public static class NoTenantBoundException extends IllegalStateException {
        public NoTenantBoundException() {
            super("No tenant is bound to this thread");
        }
    }
}
