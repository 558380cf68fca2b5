package com.intervo.kernel.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How the product writes money, numbers, dates and times for a person: one place, so every screen, report and
 * chart of a language looks the same ("1.234,50 RON" and "7 dec. 2026, 04:26" in Romanian, "RON 1,234.50" and
 * "Dec 7, 2026, 4:26 AM" in English). Dates are medium style, times short, moments in the workspace's zone.
 */
public final class Formats {

    private Formats() {}

    /** An amount with two decimals and its currency, as the language writes it; empty for no amount. */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Messages.supported(locale));
        Currency known = currency(currency);
        if (known != null) {
            format.setCurrency(known);
        }
        String text = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        // an unknown code keeps its letters instead of the locale's own currency sign
        return known == null && currency != null && !currency.isBlank()
                ? number(amount, 2, locale) + " " + currency.strip()
                : text;
    }

    /** A quantity or measure with the decimals it has (at most four), grouped as the language writes it. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setMaximumFractionDigits(4);
        if (value instanceof BigDecimal decimal) {
            BigDecimal plain = decimal.stripTrailingZeros();
            format.setMinimumFractionDigits(Math.min(4, Math.max(0, plain.scale())));
            return format.format(plain);
        }
        return format.format(value);
    }

    /** A number with exactly {@code decimals} decimals (hours "1,5"). */
    public static String number(Number value, int decimals, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.supported(locale));
    }

    /** Date and time of a moment in the given zone (the workspace's). */
    public static DateTimeFormatter dateTimes(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.supported(locale))
                .withZone(zone);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dates(locale).format(date);
    }

    public static String dateTime(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : dateTimes(locale, zone).format(at);
    }

    public static String dateTime(LocalDateTime at, Locale locale) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Messages.supported(locale))
                        .format(at);
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
