package com.intervo.kernel.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a record shows about an e-mail it caused. {@code deliveredVia} is SMTP, or LOG when no SMTP is set up. */
public record OutboxMessageView(
        UUID id,
        String recipient,
        String subject,
        String purpose,
        OutboxStatus status,
        int attempts,
        Instant queuedAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String deliveredVia,
        String lastError,
        List<String> attachments) {}
