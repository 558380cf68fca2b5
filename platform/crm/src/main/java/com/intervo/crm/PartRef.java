package com.intervo.crm;

import java.math.BigDecimal;
import java.util.UUID;

/** A part of the catalog as other modules offer it (price as listed, without VAT). */
public record PartRef(UUID id, String code, String name, String unit, BigDecimal price, String currency) {}
