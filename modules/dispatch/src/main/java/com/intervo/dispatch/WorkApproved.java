package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A manager approved the parts and hours of a finished ticket: ready to be invoiced. */
public record WorkApproved(
        TenantId tenant,
        UUID ticketId,
        String ticketNumber,
        UUID customerId,
        UUID equipmentId,
        List<ApprovedPart> parts,
        int labourMinutes,
        String approvedBy,
        Instant approvedAt)
        implements TenantEvent {

    public record ApprovedPart(
            UUID partId,
            String code,
            String name,
            String unit,
            BigDecimal quantity,
            BigDecimal unitPrice,
            String currency,
            BigDecimal vatRate) {}
}
