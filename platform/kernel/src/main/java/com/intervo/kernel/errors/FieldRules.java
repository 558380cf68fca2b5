package com.intervo.kernel.errors;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The input rules every module's services share, once: each failure is a {@link DomainException} of kind INVALID
 * naming the field, with the module's own translation key ({@code <prefix>.required}, {@code .too-long},
 * {@code .too-many}, {@code .money}, {@code .email}), so each module keeps its wording.
 */
public final class FieldRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_DIGITS_BEFORE_POINT = 15;
    private static final int MAX_SCALE = 4;

    private final String prefix;

    private FieldRules(String prefix) {
        this.prefix = prefix;
    }

    /** Rules whose messages are {@code <keyPrefix>.required} and so on, e.g. {@code "workshop.error"}. */
    public static FieldRules withKeys(String keyPrefix) {
        return new FieldRules(keyPrefix);
    }

    /** Text that must be there: stripped, at most {@code max} characters. */
    public String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(prefix + ".required", field);
        }
        return maxLength(value.strip(), field, max);
    }

    /** Text that may be missing: null when blank, else stripped and at most {@code max} characters. */
    public String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(value, field, max);
    }

    /** At most {@code max} characters once stripped; the value comes back as given. */
    public String maxLength(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw DomainException.invalid(prefix + ".too-long", field, max);
        }
        return value;
    }

    /** A collection of at most {@code max} entries (null counts as empty). */
    public void atMost(Collection<?> values, String field, int max) {
        if (values != null && values.size() > max) {
            throw DomainException.invalid(prefix + ".too-many", field, max);
        }
    }

    /** An amount the money columns hold: not negative, at most 4 decimals and 15 digits before the point. */
    public void money(BigDecimal value, String field) {
        if (value != null
                && (value.signum() < 0
                        || value.scale() > MAX_SCALE
                        || value.precision() - value.scale() > MAX_DIGITS_BEFORE_POINT)) {
            throw DomainException.invalid(prefix + ".money", field);
        }
    }

    /** Like {@link #money} but required. */
    public void requiredMoney(BigDecimal value, String field) {
        if (value == null) {
            throw DomainException.invalid(prefix + ".required", field);
        }
        money(value, field);
    }

    /** An e-mail address when one is given, at most 320 characters. */
    public void email(String value, String field) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            throw DomainException.invalid(prefix + ".email", field);
        }
        maxLength(value, field, 320);
    }

    /** Escapes LIKE wildcards so a search for "50%" finds "50%", lower-cased like the search columns. */
    public static String likeTerm(String query) {
        return query.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
