package com.intervo.workshop.plus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The money of a repair quote: each line's net, VAT, gross and cost in the currency's minor units, the VAT per rate
 * and the document's totals. Pure arithmetic on {@link BigDecimal}, rounded half up to the currency's fraction
 * digits; no Spring, no database.
 */
public final class QuoteTotals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuoteTotals() {}

    /**
     * How VAT is rounded: each line's VAT rounded and summed, or the VAT of each rate's summed base rounded once.
     */
    public enum VatMode {
        PER_LINE,
        PER_DOCUMENT
    }

    /**
     * quantity &gt; 0 (up to 3 decimals), unitCost and unitPrice net of VAT (&gt;= 0, up to 4 decimals), vatRate
     * percent 0..100; a warranty line is charged 0 to the customer but keeps its cost.
     */
    public record Line(
            BigDecimal quantity, BigDecimal unitCost, BigDecimal unitPrice, BigDecimal vatRate, boolean warranty) {}

    /**
     * One line's amounts in the currency's minor units: net = round(quantity x unitPrice) (0 for warranty), vat =
     * round(net x rate / 100) (0 under reverse charge), gross = net + vat, cost = round(quantity x unitCost).
     */
    public record LineAmount(BigDecimal net, BigDecimal vat, BigDecimal gross, BigDecimal cost) {}

    /** VAT per rate, ordered by rate descending: base = sum of the nets at that rate, vat as the mode rounds it. */
    public record VatGroup(BigDecimal rate, BigDecimal base, BigDecimal vat) {}

    /** The quote's amounts: per line (in the order given), per VAT rate, and in total; margin = net - cost. */
    public record Totals(
            List<LineAmount> lines,
            List<VatGroup> vatGroups,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            BigDecimal cost,
            BigDecimal margin,
            boolean reverseCharge) {}

    /**
     * currencyCode: ISO 4217; its {@link Currency#getDefaultFractionDigits()} decide the scale (2 for RON/EUR/CZK,
     * 0 for JPY). HALF_UP rounding. Reverse charge: every VAT is 0 and there is a single group at rate 0 holding
     * the whole base. margin = net - cost.
     * <p>
     * A warranty line, charged nothing, opens no VAT group of its own; an empty quote has no groups and every
     * amount 0. Rates that differ only in their scale ({@code 21} and {@code 21.00}) are one group, whose rate is
     * given without trailing zeros ({@code 21}, {@code 9.5}).
     *
     * @throws IllegalArgumentException naming the problem: a missing list, line, mode or value, a quantity not
     *     above 0, a negative cost or price, a rate outside 0..100, an unknown currency or one without minor units
     */
    public static Totals of(List<Line> lines, VatMode mode, boolean reverseCharge, String currencyCode) {
        if (lines == null) {
            throw new IllegalArgumentException("The quote's lines are missing");
        }
        if (mode == null) {
            throw new IllegalArgumentException("The VAT mode is missing");
        }
        int scale = scale(currencyCode);
        for (int i = 0; i < lines.size(); i++) {
            check(lines.get(i), i + 1);
        }

        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        List<LineAmount> amounts = new ArrayList<>(lines.size());
        // rate -> [base, sum of the rounded line vats]; compareTo-keyed, so 21 and 21.00 fall together
        Map<BigDecimal, BigDecimal[]> groups = new TreeMap<>(Comparator.reverseOrder());
        BigDecimal net = zero;
        BigDecimal cost = zero;
        for (Line line : lines) {
            BigDecimal lineNet = line.warranty() ? zero : round(line.quantity().multiply(line.unitPrice()), scale);
            BigDecimal lineVat = reverseCharge ? zero : vatOf(lineNet, line.vatRate(), scale);
            BigDecimal lineCost = round(line.quantity().multiply(line.unitCost()), scale);
            amounts.add(new LineAmount(lineNet, lineVat, lineNet.add(lineVat), lineCost));
            net = net.add(lineNet);
            cost = cost.add(lineCost);
            if (!line.warranty()) {
                BigDecimal rate = reverseCharge ? BigDecimal.ZERO : plain(line.vatRate());
                BigDecimal[] group = groups.computeIfAbsent(rate, r -> new BigDecimal[] {zero, zero});
                group[0] = group[0].add(lineNet);
                group[1] = group[1].add(lineVat);
            }
        }

        List<VatGroup> vatGroups = new ArrayList<>(groups.size());
        BigDecimal vat = zero;
        for (Map.Entry<BigDecimal, BigDecimal[]> group : groups.entrySet()) {
            BigDecimal rate = group.getKey();
            BigDecimal base = group.getValue()[0];
            BigDecimal groupVat =
                    reverseCharge ? zero : mode == VatMode.PER_LINE ? group.getValue()[1] : vatOf(base, rate, scale);
            vatGroups.add(new VatGroup(rate, base, groupVat));
            vat = vat.add(groupVat);
        }
        return new Totals(
                List.copyOf(amounts),
                List.copyOf(vatGroups),
                net,
                vat,
                net.add(vat),
                cost,
                net.subtract(cost),
                reverseCharge);
    }

    private static int scale(String currencyCode) {
        if (currencyCode == null || currencyCode.isBlank()) {
            throw new IllegalArgumentException("The currency is missing");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency: " + currencyCode, e);
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("The currency " + currencyCode + " has no minor units");
        }
        return digits;
    }

    private static void check(Line line, int position) {
        if (line == null) {
            throw new IllegalArgumentException("Line " + position + " is missing");
        }
        if (line.quantity() == null) {
            throw new IllegalArgumentException("Line " + position + ": the quantity is missing");
        }
        if (line.quantity().signum() <= 0) {
            throw new IllegalArgumentException("Line " + position + ": the quantity must be above 0, not "
                    + line.quantity().toPlainString());
        }
        if (line.unitCost() == null) {
            throw new IllegalArgumentException("Line " + position + ": the unit cost is missing");
        }
        if (line.unitCost().signum() < 0) {
            throw new IllegalArgumentException("Line " + position + ": the unit cost is negative: "
                    + line.unitCost().toPlainString());
        }
        if (line.unitPrice() == null) {
            throw new IllegalArgumentException("Line " + position + ": the unit price is missing");
        }
        if (line.unitPrice().signum() < 0) {
            throw new IllegalArgumentException("Line " + position + ": the unit price is negative: "
                    + line.unitPrice().toPlainString());
        }
        if (line.vatRate() == null) {
            throw new IllegalArgumentException("Line " + position + ": the VAT rate is missing");
        }
        if (line.vatRate().signum() < 0 || line.vatRate().compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Line " + position + ": the VAT rate must be between 0 and 100 %, not "
                    + line.vatRate().toPlainString());
        }
    }

    private static BigDecimal vatOf(BigDecimal base, BigDecimal rate, int scale) {
        // exact: base x rate / 100 is a shift of the decimal point, rounded once
        return round(base.multiply(rate).movePointLeft(2), scale);
    }

    private static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** 21.00 → 21, 9.50 → 9.5, 0.0 → 0. */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
