package com.intervo.kernel.mail;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.live.ClusterSignals;
import com.intervo.kernel.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's e-mail outbox. {@link #enqueue} writes the message in the caller's transaction: it is sent only if
 * the change that caused it commits, and it is never lost when SMTP is down — {@link OutboxWorker} sends it later,
 * with retries and exponential backoff, once.
 */
@Service
@EnableConfigurationProperties(OutboxSettings.class)
public class Outbox {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,39}$");

    /** Signals "this workspace has mail to send" to every replica's worker. */
    static final String CHANNEL = "intervo_outbox";

    private final OutboxMessages messages;
    private final ClusterSignals signals;
    private final Clock clock;

    Outbox(OutboxMessages messages, ClusterSignals signals, Optional<Clock> clock) {
        this.messages = messages;
        this.signals = signals;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public static boolean isAddress(String email) {
        return email != null
                && email.length() <= 320
                && ADDRESS.matcher(email.strip()).matches();
    }

    /** Queues the mail in the current (or a new) transaction of the bound tenant; returns the message id. */
    @Transactional
    public UUID enqueue(OutboxMail mail) {
        TenantContext.require();
        if (!isAddress(mail.recipient())) {
            throw DomainException.invalid("kernel.outbox.error.recipient", "recipient");
        }
        if (mail.subject() == null || mail.subject().isBlank() || mail.subject().length() > 500) {
            throw DomainException.invalid("kernel.outbox.error.subject", "subject");
        }
        if (mail.text() == null || mail.text().isBlank()) {
            throw DomainException.invalid("kernel.outbox.error.body", "text");
        }
        if (mail.purpose() == null
                || !CODE.matcher(mail.purpose()).matches()
                || (mail.ownerType() != null && !CODE.matcher(mail.ownerType()).matches())
                || (mail.ownerType() == null) != (mail.ownerId() == null)) {
            throw new IllegalArgumentException("Purpose and owner type are codes like SHEET_READY");
        }
        UUID id = messages.save(new OutboxMessage(mail, clock.instant())).getId();
        signals.send(CHANNEL, TenantContext.require().key()); // the workers look at this workspace on their next poll
        return id;
    }

    /** The e-mails a record caused, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxMessageView> of(String ownerType, UUID ownerId) {
        TenantContext.require();
        return messages.findByOwnerTypeAndOwnerIdOrderByCreatedAtDesc(ownerType, ownerId).stream()
                .map(OutboxMessage::view)
                .toList();
    }

    /** Sends a failed or waiting message at the next poll. */
    @Transactional
    @jakarta.annotation.security.RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public void retry(UUID id) {
        TenantContext.require();
        messages.findById(id)
                .orElseThrow(() -> DomainException.notFound("kernel.outbox.error.not-found"))
                .retry(clock.instant());
        signals.send(CHANNEL, TenantContext.require().key());
    }

    @Transactional(readOnly = true)
    public long count(OutboxStatus status) {
        TenantContext.require();
        return messages.countByStatus(status);
    }

    Instant now() {
        return clock.instant();
    }
}
