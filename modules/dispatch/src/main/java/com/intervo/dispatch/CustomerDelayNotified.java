package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;

/** The customer is to be told that the technician will come later: the mail outbox sends it with the new ETA. */
public record CustomerDelayNotified(
        TenantId tenant,
        UUID ticketId,
        String ticketNumber,
        UUID customerId,
        String customerName,
        String customerEmail,
        String language,
        Instant eta,
        String message)
        implements TenantEvent {}
