package com.intervo.crm;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A catalog part or service as a quote prices it: cost and sale price without VAT, in the catalog's currency, with
 * the VAT rate of the quote's day (a category's rate changes by date).
 */
public record PricedItem(
        UUID id,
        Kind kind,
        String code,
        String name,
        String unit,
        BigDecimal cost,
        BigDecimal price,
        String currency,
        BigDecimal vatRate) {

    public enum Kind {
        PART,
        SERVICE
    }
}
