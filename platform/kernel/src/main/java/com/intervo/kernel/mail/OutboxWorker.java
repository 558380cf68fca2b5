package com.intervo.kernel.mail;

import com.intervo.kernel.live.ClusterSignals;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages, one transaction per message with the tenant bound: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, handed to SMTP and marked SENT before the transaction commits, so replicas never
 * send the same message twice. A failure is recorded on the row (attempts, last error) and the next attempt waits
 * longer each time; after the last attempt the message is FAILED (an admin may retry it).
 * <p>
 * Which workspaces to look into: those a cluster signal named (a message was queued or retried there, on any
 * replica) and those whose next attempt this worker saw coming, every poll; every active workspace only every
 * {@code sweep-interval} (after a start, or a signal lost while the listener reconnected). Thousands of workspaces
 * without mail cost nothing between sweeps.
 * <p>
 * Delivery is "at least once" only in one corner: if this node dies after SMTP accepted a message and before the
 * commit, the message is sent again (it carries {@code X-Intervo-Message-Id} so a receiver can tell).
 */
@Component
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final TenantDirectory tenants;
    private final OutboxMessages messages;
    private final MailTransport transport;
    private final TransactionTemplate tx;
    private final OutboxSettings settings;
    private final Outbox outbox;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Workspaces with mail to look at, and from when (a signalled one: at once). */
    private final Map<String, Instant> due = new ConcurrentHashMap<>();

    private volatile Instant nextSweep = Instant.MIN;

    OutboxWorker(
            TenantDirectory tenants,
            OutboxMessages messages,
            MailTransport transport,
            TransactionTemplate tx,
            OutboxSettings settings,
            Outbox outbox,
            ClusterSignals signals) {
        this.tenants = tenants;
        this.messages = messages;
        this.transport = transport;
        this.tx = tx;
        this.settings = settings;
        this.outbox = outbox;
        signals.on(Outbox.CHANNEL, key -> {
            if (TenantId.isValid(key)) {
                due.put(key, Instant.MIN);
            }
        });
    }

    @Scheduled(
            initialDelayString = "${intervo.mail.outbox.poll-interval:10s}",
            fixedDelayString = "${intervo.mail.outbox.poll-interval:10s}")
    void poll() {
        poll(outbox.now());
    }

    /** One round; returns the workspaces it looked into (none when a round is already running). */
    Set<TenantId> poll(Instant now) {
        if (!running.compareAndSet(false, true)) {
            return Set.of();
        }
        try {
            Set<TenantId> visit = new LinkedHashSet<>();
            if (!now.isBefore(nextSweep)) {
                nextSweep = now.plus(settings.sweepInterval());
                visit.addAll(tenants.activeTenants());
            }
            due.forEach((key, at) -> {
                if (!at.isAfter(now)) {
                    visit.add(new TenantId(key));
                }
            });
            for (TenantId tenant : visit) {
                due.remove(tenant.key());
                try {
                    deliverDue(tenant, now);
                    // remember when this workspace has mail due next (a retry, the rest of a big batch)
                    TenantContext.callAs(tenant, () -> tx.execute(s -> messages.nextDue()))
                            .ifPresent(next -> due.merge(tenant.key(), next, (a, b) -> a.isBefore(b) ? a : b));
                } catch (RuntimeException e) {
                    log.error("Outbox of tenant {} failed", tenant, e);
                }
            }
            return visit;
        } finally {
            running.set(false);
        }
    }

    /**
     * Sends the tenant's messages due at {@code now} (at most one batch); stops at the first failure, since the
     * SMTP server is then most likely down for the rest as well. Returns how many were sent.
     */
    public int deliverDue(TenantId tenant, Instant now) {
        return TenantContext.callAs(tenant, () -> {
            int sent = 0;
            for (int i = 0; i < settings.batchSize(); i++) {
                Result result = tx.execute(status -> deliverOne(now));
                if (result == Result.NONE_DUE) {
                    break;
                }
                if (result == Result.FAILED) {
                    break;
                }
                sent++;
            }
            return sent;
        });
    }

    private enum Result {
        SENT,
        FAILED,
        NONE_DUE
    }

    private Result deliverOne(Instant now) {
        OutboxMessage message = messages.claimDue(now).orElse(null);
        if (message == null) {
            return Result.NONE_DUE;
        }
        try {
            String via = transport.send(message);
            message.sent(outbox.now(), via);
            return Result.SENT;
        } catch (RuntimeException e) {
            Instant base = now.isAfter(outbox.now()) ? now : outbox.now();
            message.failed(
                    rootMessage(e),
                    base.plus(settings.delayAfter(message.view().attempts() + 1)),
                    settings.maxAttempts());
            log.warn(
                    "Outbox e-mail {} to {} not sent (attempt {}): {}",
                    message.getId(),
                    message.getRecipient(),
                    message.view().attempts(),
                    rootMessage(e));
            return Result.FAILED;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
