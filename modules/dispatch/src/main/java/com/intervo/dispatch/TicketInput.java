package com.intervo.dispatch;

import com.intervo.kernel.errors.DomainException;
import java.math.BigDecimal;
import java.time.Duration;

/** Limits and checks of what callers send with a ticket: texts, reasons, GPS coordinates. */
final class TicketInput {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 1000;
    /** Part lines, and findings, per ticket. */
    static final int MAX_LINES = 200;
    static final Duration RECENT = Duration.ofDays(30);

    private TicketInput() {
    }

    static void checkCoordinatesIfAny(FieldContext context) {
        if (context != null && (context.latitude() != null || context.longitude() != null)) {
            checkCoordinates(context.latitude(), context.longitude());
        }
    }

    static void checkCoordinates(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw DomainException.invalid("dispatch.error.coordinates", "latitude");
        }
    }

    static String reason(String reason) {
        return requiredText(reason, "reason", MAX_REASON);
    }

    static String requiredText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("dispatch.error.required", field);
        }
        if (value.strip().length() > max) {
            throw DomainException.invalid("dispatch.error.too-long", field, max);
        }
        return value.strip();
    }

    static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return requiredText(value, field, max);
    }
}
