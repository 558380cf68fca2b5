package com.intervo.crm;

import java.math.BigDecimal;
import java.util.UUID;

/** One of a customer's sites, as other modules see it. {@code address} is the formatted one-line address. */
public record SiteRef(
        UUID id, String label, String address, String city, String county, BigDecimal latitude, BigDecimal longitude) {}
