package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.util.UUID;

/** A ticket was taken away from a technician by the dispatcher, or cancelled while assigned. */
public record TicketUnassigned(TenantId tenant, UUID ticketId, String number, UUID technicianId, boolean cancelled)
        implements TenantEvent {}
