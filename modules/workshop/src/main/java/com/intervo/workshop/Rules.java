package com.intervo.workshop;

import com.intervo.kernel.errors.FieldRules;
import java.math.BigDecimal;

/** The kernel's input rules with the workshop's messages: each failure names the field and a translation key. */
final class Rules {

    private static final FieldRules RULES = FieldRules.withKeys("workshop.error");

    private Rules() {}

    static String required(String value, String field, int max) {
        return RULES.required(value, field, max);
    }

    static String maxLength(String value, String field, int max) {
        return RULES.maxLength(value, field, max);
    }

    static void money(BigDecimal value, String field) {
        RULES.money(value, field);
    }

    static String likeTerm(String query) {
        return FieldRules.likeTerm(query);
    }
}
