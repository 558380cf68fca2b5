package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.util.UUID;

/** Something happened to a ticket (every action of its log). Published in the transaction that did it. */
public record TicketChanged(
        TenantId tenant,
        UUID ticketId,
        String number,
        ActionType action,
        TicketStage stage,
        UUID technicianId,
        UUID actorId)
        implements TenantEvent {}
