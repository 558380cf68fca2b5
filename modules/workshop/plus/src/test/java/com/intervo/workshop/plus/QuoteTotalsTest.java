package com.intervo.workshop.plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.intervo.workshop.plus.QuoteTotals.Line;
import com.intervo.workshop.plus.QuoteTotals.LineAmount;
import com.intervo.workshop.plus.QuoteTotals.Totals;
import com.intervo.workshop.plus.QuoteTotals.VatGroup;
import com.intervo.workshop.plus.QuoteTotals.VatMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money of a repair quote: rounding, VAT per rate in both modes, reverse charge, warranty and scales. */
class QuoteTotalsTest {

    private static Line line(String quantity, String unitCost, String unitPrice, String rate) {
        return new Line(new BigDecimal(quantity), new BigDecimal(unitCost), new BigDecimal(unitPrice), d(rate), false);
    }

    private static Line warrantyLine(String quantity, String unitCost, String unitPrice, String rate) {
        return new Line(new BigDecimal(quantity), new BigDecimal(unitCost), new BigDecimal(unitPrice), d(rate), true);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Every amount of the totals, lines and groups included, at the scale. */
    private static void assertScale(Totals totals, int scale) {
        List<BigDecimal> all =
                new ArrayList<>(List.of(totals.net(), totals.vat(), totals.gross(), totals.cost(), totals.margin()));
        for (LineAmount amount : totals.lines()) {
            all.addAll(List.of(amount.net(), amount.vat(), amount.gross(), amount.cost()));
        }
        for (VatGroup group : totals.vatGroups()) {
            all.addAll(List.of(group.base(), group.vat()));
        }
        assertThat(all).allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(scale));
    }

    @Test
    void linesAreRoundedHalfUpToCentsAndTotalled() {
        Totals totals = QuoteTotals.of(
                List.of(line("1", "40.00", "99.995", "21"), line("2", "10.125", "25.50", "21")),
                VatMode.PER_LINE,
                false,
                "RON");

        assertThat(totals.lines())
                .containsExactly(
                        // 99.995 → 100.00, VAT 21.00
                        new LineAmount(d("100.00"), d("21.00"), d("121.00"), d("40.00")),
                        // 2 x 25.50 = 51.00, VAT 10.71; cost 2 x 10.125 = 20.25
                        new LineAmount(d("51.00"), d("10.71"), d("61.71"), d("20.25")));
        assertThat(totals.net()).isEqualTo(d("151.00"));
        assertThat(totals.vat()).isEqualTo(d("31.71"));
        assertThat(totals.gross()).isEqualTo(d("182.71"));
        assertThat(totals.cost()).isEqualTo(d("60.25"));
        assertThat(totals.margin()).isEqualTo(d("90.75"));
        assertThat(totals.vatGroups()).containsExactly(new VatGroup(d("21"), d("151.00"), d("31.71")));
        assertThat(totals.reverseCharge()).isFalse();
        assertScale(totals, 2);
    }

    @Test
    void perLineAndPerDocumentRoundingDiffer() {
        // each line: net round(1.0250) = 1.03, VAT round(0.2163) = 0.22
        List<Line> lines =
                List.of(line("1", "0", "1.0250", "21"), line("1", "0", "1.0250", "21"), line("1", "0", "1.0250", "21"));

        Totals perLine = QuoteTotals.of(lines, VatMode.PER_LINE, false, "EUR");
        Totals perDocument = QuoteTotals.of(lines, VatMode.PER_DOCUMENT, false, "EUR");

        // 0.22 + 0.22 + 0.22
        assertThat(perLine.vat()).isEqualTo(d("0.66"));
        assertThat(perLine.vatGroups()).containsExactly(new VatGroup(d("21"), d("3.09"), d("0.66")));
        assertThat(perLine.gross()).isEqualTo(d("3.75"));
        // round(3.09 x 0.21 = 0.6489)
        assertThat(perDocument.vat()).isEqualTo(d("0.65"));
        assertThat(perDocument.vatGroups()).containsExactly(new VatGroup(d("21"), d("3.09"), d("0.65")));
        assertThat(perDocument.gross()).isEqualTo(d("3.74"));
        // the lines still show their own rounded VAT
        assertThat(perDocument.lines()).extracting(LineAmount::vat).containsOnly(d("0.22"));
        assertThat(perDocument.net()).isEqualTo(perLine.net()).isEqualTo(d("3.09"));
    }

    @Test
    void perLineAndPerDocumentAgreeWhereTheRoundingFallsTheSameWay() {
        // per line 0.01 + 0.01 + 0.01; per document round(0.15 x 0.19 = 0.0285)
        List<Line> lines =
                List.of(line("1", "0", "0.05", "19"), line("1", "0", "0.05", "19"), line("1", "0", "0.05", "19"));

        assertThat(QuoteTotals.of(lines, VatMode.PER_LINE, false, "EUR").vat()).isEqualTo(d("0.03"));
        assertThat(QuoteTotals.of(lines, VatMode.PER_DOCUMENT, false, "EUR").vat())
                .isEqualTo(d("0.03"));
    }

    @Test
    void perDocumentRoundsEachRateOnce() {
        // 21 %: lines 0.2163 → 0.22 each; group round(3.09 x 0.21) = 0.65. 9 %: 0.0945 → 0.09 each; round(2.10 x 0.09 =
        // 0.189)
        List<Line> lines = List.of(
                line("1", "0", "1.025", "21"),
                line("1", "0", "1.05", "9"),
                line("1", "0", "1.025", "21"),
                line("1", "0", "1.05", "9"),
                line("1", "0", "1.025", "21"));

        Totals perLine = QuoteTotals.of(lines, VatMode.PER_LINE, false, "EUR");
        Totals perDocument = QuoteTotals.of(lines, VatMode.PER_DOCUMENT, false, "EUR");

        assertThat(perLine.vatGroups())
                .containsExactly(
                        new VatGroup(d("21"), d("3.09"), d("0.66")), new VatGroup(d("9"), d("2.10"), d("0.18")));
        assertThat(perLine.vat()).isEqualTo(d("0.84"));
        assertThat(perDocument.vatGroups())
                .containsExactly(
                        new VatGroup(d("21"), d("3.09"), d("0.65")), new VatGroup(d("9"), d("2.10"), d("0.19")));
        assertThat(perDocument.vat()).isEqualTo(d("0.84"));
        assertThat(perDocument.gross()).isEqualTo(d("6.03"));
    }

    @Test
    void mixedRatesAreGroupedByRateDescending() {
        Totals totals = QuoteTotals.of(
                List.of(
                        line("1", "5.00", "10.00", "9"),
                        line("2", "20.00", "50.00", "21"),
                        line("1", "0", "30.00", "0"),
                        line("1", "3.00", "5.00", "9.00"),
                        line("1", "1.00", "100.00", "21.0")),
                VatMode.PER_DOCUMENT,
                false,
                "EUR");

        assertThat(totals.vatGroups())
                .extracting(VatGroup::rate, VatGroup::base, VatGroup::vat)
                .containsExactly(
                        tuple(d("21"), d("200.00"), d("42.00")),
                        tuple(d("9"), d("15.00"), d("1.35")),
                        tuple(d("0"), d("30.00"), d("0.00")));
        assertThat(totals.net()).isEqualTo(d("245.00"));
        assertThat(totals.vat()).isEqualTo(d("43.35"));
        assertThat(totals.gross()).isEqualTo(d("288.35"));
        assertThat(totals.cost()).isEqualTo(d("49.00"));
        assertThat(totals.margin()).isEqualTo(d("196.00"));
        assertScale(totals, 2);
    }

    @Test
    void zeroRateLinesCarryNoVat() {
        Totals totals = QuoteTotals.of(List.of(line("3", "1.00", "12.50", "0")), VatMode.PER_LINE, false, "CZK");

        assertThat(totals.lines()).containsExactly(new LineAmount(d("37.50"), d("0.00"), d("37.50"), d("3.00")));
        assertThat(totals.vatGroups()).containsExactly(new VatGroup(d("0"), d("37.50"), d("0.00")));
        assertThat(totals.vat()).isEqualTo(d("0.00"));
        assertThat(totals.gross()).isEqualTo(d("37.50"));
    }

    @Test
    void reverseChargeHasNoVatAndOneGroupAtZero() {
        Totals totals = QuoteTotals.of(
                List.of(line("1", "50.00", "200.00", "21"), line("2", "1.00", "7.25", "9")),
                VatMode.PER_LINE,
                true,
                "EUR");

        assertThat(totals.reverseCharge()).isTrue();
        assertThat(totals.lines()).extracting(LineAmount::vat).containsOnly(d("0.00"));
        assertThat(totals.lines())
                .extracting(LineAmount::net, LineAmount::gross)
                .containsExactly(tuple(d("200.00"), d("200.00")), tuple(d("14.50"), d("14.50")));
        assertThat(totals.vatGroups()).containsExactly(new VatGroup(d("0"), d("214.50"), d("0.00")));
        assertThat(totals.vat()).isEqualTo(d("0.00"));
        assertThat(totals.gross()).isEqualTo(totals.net()).isEqualTo(d("214.50"));
        assertThat(totals.margin()).isEqualTo(d("162.50"));
        // the same under the other mode
        assertThat(QuoteTotals.of(
                                List.of(line("1", "50.00", "200.00", "21"), line("2", "1.00", "7.25", "9")),
                                VatMode.PER_DOCUMENT,
                                true,
                                "EUR")
                        .vatGroups())
                .containsExactly(new VatGroup(d("0"), d("214.50"), d("0.00")));
    }

    @Test
    void warrantyLinesChargeNothingButKeepTheirCost() {
        Totals totals = QuoteTotals.of(
                List.of(warrantyLine("1", "310.00", "450.00", "21"), warrantyLine("2", "12.345", "20.00", "21")),
                VatMode.PER_LINE,
                false,
                "RON");

        assertThat(totals.lines())
                .containsExactly(
                        new LineAmount(d("0.00"), d("0.00"), d("0.00"), d("310.00")),
                        new LineAmount(d("0.00"), d("0.00"), d("0.00"), d("24.69")));
        assertThat(totals.net()).isEqualTo(d("0.00"));
        assertThat(totals.gross()).isEqualTo(d("0.00"));
        assertThat(totals.cost()).isEqualTo(d("334.69"));
        assertThat(totals.margin()).isEqualTo(d("-334.69")).isNegative();
        // nothing charged, nothing to declare
        assertThat(totals.vatGroups()).isEmpty();
        assertScale(totals, 2);
    }

    @Test
    void aWarrantyLineNextToChargedOnesOnlyAddsItsCost() {
        Totals totals = QuoteTotals.of(
                List.of(line("1", "0", "150.00", "21"), warrantyLine("1", "80.00", "120.00", "21")),
                VatMode.PER_DOCUMENT,
                false,
                "RON");

        assertThat(totals.vatGroups()).containsExactly(new VatGroup(d("21"), d("150.00"), d("31.50")));
        assertThat(totals.net()).isEqualTo(d("150.00"));
        assertThat(totals.gross()).isEqualTo(d("181.50"));
        assertThat(totals.cost()).isEqualTo(d("80.00"));
        assertThat(totals.margin()).isEqualTo(d("70.00"));
    }

    @Test
    void decimalQuantities() {
        // 1.5 h of labour at 120.00; 0.333 kg of refrigerant at 85.00 = 28.305 → 28.31
        Totals totals = QuoteTotals.of(
                List.of(line("1.5", "60.00", "120.00", "21"), line("0.333", "40.5", "85.00", "21")),
                VatMode.PER_LINE,
                false,
                "EUR");

        assertThat(totals.lines())
                .containsExactly(
                        new LineAmount(d("180.00"), d("37.80"), d("217.80"), d("90.00")),
                        // VAT round(28.31 x 0.21 = 5.9451); cost round(13.4865)
                        new LineAmount(d("28.31"), d("5.95"), d("34.26"), d("13.49")));
        assertThat(totals.net()).isEqualTo(d("208.31"));
        assertThat(totals.vat()).isEqualTo(d("43.75"));
        assertThat(totals.gross()).isEqualTo(d("252.06"));
    }

    @Test
    void yenHasNoMinorUnits() {
        // 3 x 333.5 = 1000.5 → 1001; VAT round(100.1) = 100
        Totals totals = QuoteTotals.of(List.of(line("3", "100", "333.5", "10")), VatMode.PER_DOCUMENT, false, "JPY");

        assertThat(totals.lines()).containsExactly(new LineAmount(d("1001"), d("100"), d("1101"), d("300")));
        assertThat(totals.vatGroups()).containsExactly(new VatGroup(d("10"), d("1001"), d("100")));
        assertThat(totals.gross()).isEqualTo(d("1101"));
        assertThat(totals.margin()).isEqualTo(d("701"));
        assertScale(totals, 0);
    }

    @Test
    void noLinesTotalZero() {
        Totals totals = QuoteTotals.of(List.of(), VatMode.PER_LINE, false, "RON");

        assertThat(totals.lines()).isEmpty();
        assertThat(totals.vatGroups()).isEmpty();
        assertThat(List.of(totals.net(), totals.vat(), totals.gross(), totals.cost(), totals.margin()))
                .containsOnly(d("0.00"));
        assertThat(QuoteTotals.of(List.of(), VatMode.PER_DOCUMENT, true, "JPY").gross())
                .isEqualTo(d("0"));
    }

    @Test
    void theResultCannotBeChanged() {
        Totals totals = QuoteTotals.of(List.of(line("1", "0", "1", "21")), VatMode.PER_LINE, false, "RON");

        assertThatThrownBy(() -> totals.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> totals.vatGroups().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        List<Line> ok = List.of(line("1", "0", "1", "21"));

        assertThatThrownBy(() -> QuoteTotals.of(null, VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lines");
        assertThatThrownBy(() -> QuoteTotals.of(ok, null, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VAT mode");
        assertThatThrownBy(() ->
                        QuoteTotals.of(Arrays.asList(line("1", "0", "1", "21"), null), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> QuoteTotals.of(ok, VatMode.PER_LINE, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> QuoteTotals.of(ok, VatMode.PER_LINE, false, "XYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown currency: XYZ");
        assertThatThrownBy(() -> QuoteTotals.of(ok, VatMode.PER_LINE, false, "XAU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no minor units");
        assertThatThrownBy(() -> QuoteTotals.of(List.of(line("0", "0", "1", "21")), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 1")
                .hasMessageContaining("quantity");
        assertThatThrownBy(() -> QuoteTotals.of(List.of(line("-2", "0", "1", "21")), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity");
        assertThatThrownBy(() -> QuoteTotals.of(
                        List.of(new Line(null, d("0"), d("1"), d("21"), false)), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity is missing");
        assertThatThrownBy(() -> QuoteTotals.of(List.of(line("1", "-0.01", "1", "21")), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit cost");
        assertThatThrownBy(() -> QuoteTotals.of(
                        List.of(new Line(d("1"), null, d("1"), d("21"), false)), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit cost is missing");
        assertThatThrownBy(() -> QuoteTotals.of(List.of(line("1", "0", "-5", "21")), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit price");
        assertThatThrownBy(() -> QuoteTotals.of(
                        List.of(new Line(d("1"), d("0"), null, d("21"), false)), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit price is missing");
        assertThatThrownBy(() -> QuoteTotals.of(List.of(line("1", "0", "1", "-1")), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VAT rate");
        assertThatThrownBy(() -> QuoteTotals.of(List.of(line("1", "0", "1", "100.01")), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VAT rate");
        assertThatThrownBy(() -> QuoteTotals.of(
                        List.of(new Line(d("1"), d("0"), d("1"), null, false)), VatMode.PER_LINE, false, "RON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VAT rate is missing");
        // the bounds themselves are valid rates
        assertThat(QuoteTotals.of(List.of(line("1", "0", "1", "100")), VatMode.PER_LINE, false, "RON")
                        .vat())
                .isEqualTo(d("1.00"));
    }
}
