package com.intervo.workshop.plus;

import com.intervo.kernel.errors.DomainException;
import java.math.BigDecimal;

/** Input rules of Plus, checked before anything is written (the database's constraints stand behind them). */
final class PlusRules {

    /** The translation key of the one point a type without a checklist is evaluated on. */
    static final String GENERAL_POINT = "workshopplus.evaluation.general-point";

    static final BigDecimal MAX_QUANTITY = new BigDecimal("10000");
    static final BigDecimal MAX_MONEY = new BigDecimal("1000000000");

    private PlusRules() {}

    /** Stripped text, null when blank; longer than {@code max}: refused. */
    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw DomainException.invalid("workshopplus.error.too-long", field, max);
        }
        if (stripped.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw DomainException.invalid("workshopplus.error.control-characters", field);
        }
        return stripped;
    }

    static String required(String value, String field, int max) {
        String text = text(value, field, max);
        if (text == null) {
            throw DomainException.invalid("workshopplus.error.required", field);
        }
        return text;
    }

    /** More than 0, at most 10,000, at most 3 decimals. */
    static BigDecimal quantity(BigDecimal quantity, String field) {
        if (quantity == null) {
            throw DomainException.invalid("workshopplus.error.required", field);
        }
        if (quantity.signum() <= 0
                || quantity.compareTo(MAX_QUANTITY) > 0
                || quantity.stripTrailingZeros().scale() > 3) {
            throw DomainException.invalid("workshopplus.error.quantity", field);
        }
        return quantity;
    }

    /** 0 or more, below a billion, at most 4 decimals. */
    static BigDecimal money(BigDecimal amount, String field) {
        if (amount == null) {
            throw DomainException.invalid("workshopplus.error.required", field);
        }
        if (amount.signum() < 0
                || amount.compareTo(MAX_MONEY) >= 0
                || amount.stripTrailingZeros().scale() > 4) {
            throw DomainException.invalid("workshopplus.error.money", field);
        }
        return amount;
    }

    static BigDecimal vatRate(BigDecimal rate, String field) {
        if (rate == null) {
            throw DomainException.invalid("workshopplus.error.required", field);
        }
        if (rate.signum() < 0
                || rate.compareTo(new BigDecimal("100")) > 0
                || rate.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("workshopplus.error.vat-rate", field);
        }
        return rate;
    }
}
