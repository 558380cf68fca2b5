package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.util.UUID;

/**
 * The work report goes to the customer now: at finish or after the manager's approval, as the workspace chose
 * ({@link ReportSending}). The mail outbox sends file {@code reportFileId} to {@code customerEmail} (when there is
 * one) in {@code language}.
 */
public record WorkReportReleased(
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
