package com.intervo.dispatch;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.errors.FieldRules;
import java.math.BigDecimal;
import java.time.Duration;

/** Limits and checks of what callers send with a ticket: texts, reasons, GPS coordinates. */
final class TicketInput {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 1000;
    /** Part lines, and findings, per ticket. */
    static final int MAX_LINES = 200;

    static final Duration RECENT = Duration.ofDays(30);
    /** The kernel's input rules with dispatch's messages ({@code dispatch.error.required}, {@code .too-long}). */
    private static final FieldRules RULES = FieldRules.withKeys("dispatch.error");

    private TicketInput() {}

    static void checkCoordinatesIfAny(FieldContext context) {
        if (context != null && (context.latitude() != null || context.longitude() != null)) {
            checkCoordinates(context.latitude(), context.longitude());
        }
    }

    static void checkCoordinates(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null
                || longitude == null
                || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw DomainException.invalid("dispatch.error.coordinates", "latitude");
        }
    }

    static String reason(String reason) {
        return requiredText(reason, "reason", MAX_REASON);
    }

    static String requiredText(String value, String field, int max) {
        return RULES.required(value, field, max);
    }

    static String optionalText(String value, String field, int max) {
        return RULES.optional(value, field, max);
    }
}
