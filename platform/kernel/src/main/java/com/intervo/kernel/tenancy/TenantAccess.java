package com.intervo.kernel.tenancy;

import com.intervo.kernel.live.ClusterSignals;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only mode of a workspace: its users still sign in, read and export, but every write is refused — by
 * the database itself, since a read-only workspace's connections run with
 * {@code default_transaction_read_only}. The list is kept in memory; a change is signalled to every replica with
 * its transaction ({@link ClusterSignals}), each re-reads the list at once, and every few seconds anyway (a signal
 * lost while a listener reconnects is caught up that way).
 */
@Service
public class TenantAccess {

    /** PostgreSQL's SQLSTATE for a write attempted in a read-only transaction. */
    public static final String READ_ONLY_SQL_STATE = "25006";

    private static final Logger log = LoggerFactory.getLogger(TenantAccess.class);

    private final Tenants tenants;
    private final ReadOnlyTenants readOnly;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ClusterSignals signals;

    static final String CHANNEL = "intervo_access";

    TenantAccess(
            Tenants tenants,
            ReadOnlyTenants readOnly,
            TransactionTemplate tx,
            ClusterSignals signals,
            Optional<Clock> clock) {
        this.tenants = tenants;
        this.readOnly = readOnly;
        this.tx = tx;
        this.signals = signals;
        this.clock = clock.orElse(Clock.systemUTC());
        signals.on(CHANNEL, tenantKey -> refresh());
    }

    public boolean isReadOnly(TenantId tenant) {
        return tenant != null && readOnly.keys().contains(tenant.key());
    }

    /** True when the tenant bound to this thread is read-only. */
    public boolean isReadOnlyHere() {
        return TenantContext.current().map(this::isReadOnly).orElse(false);
    }

    /** Puts a workspace into read-only mode or lifts it; applies on this node as soon as the change commits. */
    public void setReadOnly(TenantId tenant, boolean on) {
        Instant now = clock.instant();
        ReadOnlyTenants.allowingWrites(() ->
                tx.execute(s -> tenants.findByKey(tenant.key()).map(t -> {
                    if (on && t.getReadOnlySince() == null) {
                        t.readOnly(now);
                    } else if (!on) {
                        t.readOnly(null);
                    }
                    signals.send(CHANNEL, tenant.key());
                    return t;
                })));
        Set<String> next = new HashSet<>(readOnly.keys());
        if (on) {
            next.add(tenant.key());
        } else {
            next.remove(tenant.key());
        }
        readOnly.replace(next);
        log.info("Workspace {} is {}", tenant, on ? "read-only" : "writable again");
    }

    /**
     * Runs work whose writes a read-only workspace still needs: sign-in bookkeeping, API tokens, password
     * resets and paying. Must be called before the transaction starts (connections are set up on checkout).
     */
    public static <T> T allowingWrites(Supplier<T> work) {
        if (ReadOnlyTenants.writesAllowed()) {
            return work.get(); // already allowed further out, before that transaction started
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Writes must be allowed before the transaction starts");
        }
        return ReadOnlyTenants.allowingWrites(work);
    }

    public static void allowingWrites(Runnable work) {
        allowingWrites(() -> {
            work.run();
            return null;
        });
    }

    /** True when the failure (or one of its causes) is the database refusing a write in read-only mode. */
    public static boolean isReadOnlyRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && READ_ONLY_SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(
            fixedDelayString = "${intervo.tenancy.read-only-refresh:10s}",
            initialDelayString = "${intervo.tenancy.read-only-refresh:10s}")
    void refresh() {
        try {
            Set<String> keys = tx.execute(s -> new HashSet<>(tenants.findReadOnlyKeys()));
            readOnly.replace(keys);
        } catch (RuntimeException e) {
            log.warn("Could not refresh the list of read-only workspaces; keeping the previous one", e);
        }
    }
}
