package com.intervo.kernel.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * What the API accepts at its edge, for every endpoint at once (JSON bodies and query parameters): no control
 * characters in text (tab and line breaks allowed), dates in a sane window, finite numbers of a sane size. Each
 * check answers the message key of the refusal, or null when the value is fine.
 */
public final class InputRules {

    /** Dates before this are refused. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** Dates from this on are refused. */
    public static final LocalDate END = LocalDate.of(2200, 1, 1);
    /** The largest magnitude of a decimal number (money is numeric(19,4)). */
    public static final BigDecimal MAX_DECIMAL = new BigDecimal("1e15");
    /** The largest magnitude of a whole number in a query parameter (day counts, offsets, limits). */
    public static final long MAX_QUERY_INTEGER = 1_000_000;

    public static final String CONTROL_CHARACTER = "kernel.api.input.control-character";
    public static final String DATE_OUT_OF_RANGE = "kernel.api.input.date-out-of-range";
    public static final String NUMBER_OUT_OF_RANGE = "kernel.api.input.number-out-of-range";
    public static final String ENCODING = "kernel.api.input.encoding";

    private static final Instant EARLIEST_INSTANT = EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_INSTANT = END.atStartOfDay().toInstant(ZoneOffset.UTC);

    private InputRules() {}

    /** The refusal of any value the API reads, or null. */
    public static String refusal(Object value) {
        return switch (value) {
            case null -> null;
            case CharSequence s -> hasControlCharacter(s) ? CONTROL_CHARACTER : null;
            case LocalDate d -> d.isBefore(EARLIEST) || !d.isBefore(END) ? DATE_OUT_OF_RANGE : null;
            case LocalDateTime t -> refusal(t.toLocalDate());
            case OffsetDateTime t -> refusal(t.toInstant());
            case ZonedDateTime t -> refusal(t.toInstant());
            case Instant i -> i.isBefore(EARLIEST_INSTANT) || !i.isBefore(END_INSTANT) ? DATE_OUT_OF_RANGE : null;
            case Date d -> refusal(d.toInstant());
            case BigDecimal d -> d.abs().compareTo(MAX_DECIMAL) > 0 ? NUMBER_OUT_OF_RANGE : null;
            case Double d ->
                !Double.isFinite(d) || Math.abs(d) > MAX_DECIMAL.doubleValue() ? NUMBER_OUT_OF_RANGE : null;
            case Float f -> !Float.isFinite(f) || Math.abs(f) > MAX_DECIMAL.floatValue() ? NUMBER_OUT_OF_RANGE : null;
            default -> null;
        };
    }

    /** The refusal of a whole number sent as a query parameter, or null. */
    public static String queryIntegerRefusal(long value) {
        return Math.abs(value) > MAX_QUERY_INTEGER ? NUMBER_OUT_OF_RANGE : null;
    }

    /** C0 control characters (NUL among them) and DEL; tab, line feed and carriage return are text. */
    public static boolean hasControlCharacter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Whether the type is one whose values {@link #refusal(Object)} checks. */
    static boolean isChecked(Class<?> type) {
        return type == String.class
                || type == LocalDate.class
                || type == LocalDateTime.class
                || type == OffsetDateTime.class
                || type == ZonedDateTime.class
                || type == Instant.class
                || type == Date.class
                || type == BigDecimal.class
                || type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class;
    }
}
