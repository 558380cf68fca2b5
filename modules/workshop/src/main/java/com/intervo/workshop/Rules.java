package com.intervo.workshop;

import com.intervo.kernel.errors.DomainException;
import java.math.BigDecimal;
import java.util.Locale;

/** Input rules of the workshop: each failure names the field and a translation key. */
final class Rules {

    private Rules() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("workshop.error.required", field);
        }
        return maxLength(value.strip(), field, max);
    }

    static String maxLength(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw DomainException.invalid("workshop.error.too-long", field, max);
        }
        return value;
    }

    static void money(BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || value.scale() > 4 || value.precision() - value.scale() > 15)) {
            throw DomainException.invalid("workshop.error.money", field);
        }
    }

    static String likeTerm(String query) {
        return query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
