package com.intervo.technician.core.api;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/** A part of the workspace's catalog, as the app offers it when a technician adds a part used. */
public final class CatalogPart {
    public UUID id;
    public String code;
    public String name;
    public String unit;
    public BigDecimal price;
    public String currency;

    /** Whether every word typed is in the code or the name (case and accents as typed). */
    public boolean matches(String query) {
        if (query == null || query.trim().isEmpty()) {
            return true;
        }
        String haystack = ((code == null ? "" : code) + " " + (name == null ? "" : name)).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
