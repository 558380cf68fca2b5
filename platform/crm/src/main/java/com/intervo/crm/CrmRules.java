package com.intervo.crm;

import com.intervo.kernel.errors.DomainException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/** Input rules shared by the CRM services: each failure names the field and a translation key. */
final class CrmRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    static final Set<String> LANGUAGES = Set.of("en", "ro", "ru", "cs");

    private CrmRules() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("crm.error.required", field);
        }
        return maxLength(value.strip(), field, max);
    }

    static String maxLength(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw DomainException.invalid("crm.error.too-long", field, max);
        }
        return value;
    }

    /** A collection of at most {@code max} entries (null counts as empty). */
    static void atMost(java.util.Collection<?> values, String field, int max) {
        if (values != null && values.size() > max) {
            throw DomainException.invalid("crm.error.too-many", field, max);
        }
    }

    static void email(String value, String field) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            throw DomainException.invalid("crm.error.email", field);
        }
        maxLength(value, field, 320);
    }

    static void language(String value) {
        if (value != null && !value.isBlank() && !LANGUAGES.contains(value)) {
            throw DomainException.invalid("crm.error.language", "language");
        }
    }

    static void coordinates(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw DomainException.invalid("crm.error.coordinates", latitude == null ? "latitude" : "longitude");
        }
        if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw DomainException.invalid("crm.error.coordinates", "latitude");
        }
    }

    static void money(BigDecimal value, String field) {
        if (value == null) {
            throw DomainException.invalid("crm.error.required", field);
        }
        if (value.signum() < 0 || value.scale() > 4 || value.precision() - value.scale() > 15) {
            throw DomainException.invalid("crm.error.money", field);
        }
    }

    static void vatRate(BigDecimal value) {
        if (value == null) {
            throw DomainException.invalid("crm.error.required", "vatRate");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
            throw DomainException.invalid("crm.error.vat", "vatRate");
        }
    }

    static void currency(String value) {
        if (value == null || !CURRENCY.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches()) {
            throw DomainException.invalid("crm.error.currency", "currency");
        }
    }

    /** Escapes LIKE wildcards so a search for "50%" finds "50%", lower-cased like the search column. */
    static String likeTerm(String query) {
        return query.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String digits(String query) {
        String digits = query.replaceAll("[^0-9]", "");
        return digits.length() >= 3 ? digits : "";
    }
}
