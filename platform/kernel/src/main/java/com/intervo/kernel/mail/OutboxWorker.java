package com.intervo.kernel.mail;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages of every active tenant, one transaction per message with the tenant bound: the row is
 * claimed with {@code FOR UPDATE SKIP LOCKED}, handed to SMTP and marked SENT before the transaction commits, so
 * replicas never send the same message twice. A failure is recorded on the row (attempts, last error) and the
 * next attempt waits longer each time; after the last attempt the message is FAILED (an admin may retry it).
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

    OutboxWorker(TenantDirectory tenants, OutboxMessages messages, MailTransport transport, TransactionTemplate tx,
                 OutboxSettings settings, Outbox outbox) {
        this.tenants = tenants;
        this.messages = messages;
        this.transport = transport;
        this.tx = tx;
        this.settings = settings;
        this.outbox = outbox;
    }

    @Scheduled(initialDelayString = "${intervo.mail.outbox.poll-interval:10s}",
            fixedDelayString = "${intervo.mail.outbox.poll-interval:10s}")
    void poll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (TenantId tenant : tenants.activeTenants()) {
                try {
                    deliverDue(tenant, outbox.now());
                } catch (RuntimeException e) {
                    log.error("Outbox of tenant {} failed", tenant, e);
                }
            }
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

    private enum Result { SENT, FAILED, NONE_DUE }

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
            message.failed(rootMessage(e), base.plus(settings.delayAfter(message.view().attempts() + 1)),
                    settings.maxAttempts());
            log.warn("Outbox e-mail {} to {} not sent (attempt {}): {}", message.getId(), message.getRecipient(),
                    message.view().attempts(), rootMessage(e));
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
