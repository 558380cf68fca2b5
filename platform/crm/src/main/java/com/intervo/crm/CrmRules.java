package com.intervo.crm;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.errors.FieldRules;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kernel's input rules with the CRM's messages, and the CRM's own (language, coordinates, VAT, currency): each
 * failure names the field and a translation key.
 */
final class CrmRules {

    private static final FieldRules RULES = FieldRules.withKeys("crm.error");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    static final Set<String> LANGUAGES = Set.of("en", "ro", "ru", "cs");

    private CrmRules() {}

    static String required(String value, String field, int max) {
        return RULES.required(value, field, max);
    }

    static String maxLength(String value, String field, int max) {
        return RULES.maxLength(value, field, max);
    }

    /** A collection of at most {@code max} entries (null counts as empty). */
    static void atMost(java.util.Collection<?> values, String field, int max) {
        RULES.atMost(values, field, max);
    }

    static void email(String value, String field) {
        RULES.email(value, field);
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
        if (latitude != null
                && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw DomainException.invalid("crm.error.coordinates", "latitude");
        }
    }

    static void money(BigDecimal value, String field) {
        RULES.requiredMoney(value, field);
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
        if (value == null
                || !CURRENCY.matcher(value.strip().toUpperCase(java.util.Locale.ROOT))
                        .matches()) {
            throw DomainException.invalid("crm.error.currency", "currency");
        }
    }

    /** Escapes LIKE wildcards so a search for "50%" finds "50%", lower-cased like the search column. */
    static String likeTerm(String query) {
        return FieldRules.likeTerm(query);
    }

    static String digits(String query) {
        String digits = query.replaceAll("[^0-9]", "");
        return digits.length() >= 3 ? digits : "";
    }
}
