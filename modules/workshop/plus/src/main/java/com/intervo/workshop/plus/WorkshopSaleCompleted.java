package com.intervo.workshop.plus;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A repair ended with a sale ready for invoicing: the accepted lines that were done (with their quantities and prices;
 * warranty lines at 0 with their cost), or the evaluation fee of a declined quote. Invoicing issues the invoice from
 * it; Stock consumes the parts.
 */
public record WorkshopSaleCompleted(
        TenantId tenant,
        UUID saleId,
        UUID sheetId,
        String sheetNumber,
        UUID customerId,
        String currency,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        BigDecimal cost,
        List<Line> lines)
        implements TenantEvent {

    public WorkshopSaleCompleted {
        lines = List.copyOf(lines);
    }

    /** {@code kind} is a {@link Plus.LineKind} name or "FEE". */
    public record Line(
            String kind,
            UUID partId,
            UUID serviceId,
            String code,
            String description,
            String unit,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            boolean warranty,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            BigDecimal cost) {}
}
