package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.util.UUID;

/**
 * The work report of a finished ticket was rendered and stored (file {@code reportFileId}, a PDF). It goes to the
 * customer with {@link WorkReportReleased}, at the moment the workspace chose.
 */
public record WorkReportIssued(
        TenantId tenant,
        UUID ticketId,
        String ticketNumber,
        String reportNumber,
        UUID reportFileId,
        UUID customerId,
        String customerName,
        String customerEmail,
        String language)
        implements TenantEvent {}
