package com.intervo.dispatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of a ticket's action log. */
public record TicketActionEntry(
        UUID id,
        ActionType action,
        Instant at,
        Instant deviceAt,
        UUID userId,
        String actor,
        String actorName,
        BigDecimal latitude,
        BigDecimal longitude,
        BigDecimal accuracyM,
        String detail) {}
