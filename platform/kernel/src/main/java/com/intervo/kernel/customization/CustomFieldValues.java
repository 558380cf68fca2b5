package com.intervo.kernel.customization;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Normalizes and formats one custom field value by its type. Stored forms: TEXT a string, NUMBER a decimal
 * number, DATE an ISO {@code yyyy-MM-dd} string, BOOLEAN true/false, CHOICE the option's key.
 */
public final class CustomFieldValues {

    public static final int MAX_TEXT = 2000;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CustomFieldValues() {}

    /** A value the field refuses; {@code messageKey} explains why. */
    static final class Refused extends Exception {
        final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    /** True when the raw value counts as "not filled in". */
    public static boolean isEmpty(Object raw) {
        return raw == null || (raw instanceof CharSequence s && s.toString().isBlank());
    }

    /** The stored form of a non-empty raw value. */
    static Object normalize(CustomFieldDefinition field, Object raw) throws Refused {
        return switch (field.type()) {
            case TEXT -> text(raw);
            case NUMBER -> number(raw);
            case DATE -> date(raw).toString();
            case BOOLEAN -> bool(raw);
            case CHOICE -> choice(field, raw);
        };
    }

    private static String text(Object raw) throws Refused {
        String text;
        if (raw instanceof CharSequence s) {
            text = s.toString().strip();
        } else if (raw instanceof Number n) {
            text = (n instanceof BigDecimal b ? b : new BigDecimal(n.toString())).toPlainString();
        } else {
            throw new Refused("customization.error.not-text");
        }
        if (text.length() > MAX_TEXT) {
            throw new Refused("customization.error.too-long");
        }
        return text;
    }

    static BigDecimal number(Object raw) throws Refused {
        try {
            BigDecimal number;
            if (raw instanceof BigDecimal b) {
                number = b;
            } else if (raw instanceof Double || raw instanceof Float) {
                double d = ((Number) raw).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new Refused("customization.error.not-a-number");
                }
                number = BigDecimal.valueOf(d);
            } else if (raw instanceof Number n) {
                number = new BigDecimal(n.toString());
            } else if (raw instanceof CharSequence s) {
                number = new BigDecimal(s.toString().strip());
            } else {
                throw new Refused("customization.error.not-a-number");
            }
            if (number.precision() - number.scale() > 15 || number.scale() > 6) {
                throw new Refused("customization.error.number-range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Refused("customization.error.not-a-number");
        }
    }

    static LocalDate date(Object raw) throws Refused {
        if (raw instanceof LocalDate d) {
            return d;
        }
        if (raw instanceof CharSequence s
                && ISO_DATE.matcher(s.toString().strip()).matches()) {
            try {
                return LocalDate.parse(s.toString().strip());
            } catch (DateTimeParseException e) {
                throw new Refused("customization.error.not-a-date");
            }
        }
        throw new Refused("customization.error.not-a-date");
    }

    static Boolean bool(Object raw) throws Refused {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof CharSequence s) {
            String text = s.toString().strip();
            if (text.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        throw new Refused("customization.error.not-a-boolean");
    }

    private static String choice(CustomFieldDefinition field, Object raw) throws Refused {
        if (raw instanceof CharSequence s && field.option(s.toString().strip()).isPresent()) {
            return s.toString().strip();
        }
        throw new Refused("customization.error.unknown-choice");
    }

    /**
     * A stored value as a person reads it: dates and numbers in the locale's format, yes/no and choice labels
     * translated. {@code translate} turns a translation key into text (e.g. {@code component::getTranslation}).
     */
    public static String format(
            CustomFieldDefinition field, Object value, Locale locale, Function<String, String> translate) {
        if (isEmpty(value)) {
            return "";
        }
        try {
            return switch (field.type()) {
                case TEXT -> value.toString();
                case NUMBER -> {
                    NumberFormat format = NumberFormat.getNumberInstance(locale);
                    format.setMaximumFractionDigits(6);
                    yield format.format(number(value));
                }
                case DATE ->
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .format(date(value));
                case BOOLEAN -> translate.apply(bool(value) ? "customization.value.yes" : "customization.value.no");
                case CHOICE ->
                    field.option(value.toString()).map(o -> o.label(locale)).orElse(value.toString());
            };
        } catch (Refused e) {
            return value.toString();
        }
    }
}
