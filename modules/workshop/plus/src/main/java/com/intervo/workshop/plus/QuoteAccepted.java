package com.intervo.workshop.plus;

import com.intervo.kernel.tenancy.TenantEvent;
import com.intervo.kernel.tenancy.TenantId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The customer accepted a quote (the initial one or a supplementary one): Stock reserves the parts, Purchasing orders
 * what is missing. Published in the accepting transaction; a listener of another module carries the license
 * condition of its own module.
 *
 * @param lines every line of the quote; {@code partId} is set for parts to replace or recondition
 */
public record QuoteAccepted(
        TenantId tenant, UUID sheetId, String sheetNumber, UUID quoteId, boolean supplementary, List<Line> lines)
        implements TenantEvent {

    public QuoteAccepted {
        lines = List.copyOf(lines);
    }

    /** A quote line: its kind, the catalog part (parts only) or item, the quantity. */
    public record Line(UUID lineId, Plus.LineKind kind, UUID partId, UUID itemId, BigDecimal quantity) {}
}
