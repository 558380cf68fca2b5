package com.intervo.crm;

import java.math.BigDecimal;

/** An active part with the VAT rate of a given day (a category's rate changes by date). */
public record PricedPart(PartRef part, BigDecimal vatRate) {}
