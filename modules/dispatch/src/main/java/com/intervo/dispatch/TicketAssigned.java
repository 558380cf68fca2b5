package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.util.UUID;

/** A ticket went to a technician (who gets a push notification); {@code previousTechnicianId} lost it, if any. */
public record TicketAssigned(
        TenantId tenant,
        UUID ticketId,
        String number,
        UUID technicianId,
        UUID previousTechnicianId,
        String customerName,
        String problem)
        implements TenantEvent {}
