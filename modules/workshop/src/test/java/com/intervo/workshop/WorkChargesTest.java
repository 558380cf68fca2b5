package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the handover protocol lists and totals of the work log. */
class WorkChargesTest {

    private static final UUID SHEET = UUID.randomUUID();

    private static WorkEntry entry(WorkEntry.Kind kind, String text, String cost) {
        return new WorkEntry(
                UUID.randomUUID(),
                SHEET,
                kind,
                text,
                kind == WorkEntry.Kind.WORK ? 30 : null,
                cost == null ? null : new BigDecimal(cost),
                "RON",
                UUID.randomUUID(),
                "Ion");
    }

    @Test
    void chargedWorkIsListedWithItsPriceRoundedToCentsAndTotalled() {
        WorkCharges charges = WorkCharges.of(List.of(
                entry(WorkEntry.Kind.WORK, "Display replaced", "350.005"),
                entry(WorkEntry.Kind.NOTE, "Customer called", null),
                entry(WorkEntry.Kind.WORK, "Cleaned inside", null),
                entry(WorkEntry.Kind.WORK, "Battery", "89.9"),
                entry(WorkEntry.Kind.FINAL, "Tested with the customer", null)));

        assertThat(charges.lines())
                .extracting(WorkCharges.Line::description, WorkCharges.Line::price)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Display replaced", new BigDecimal("350.01")),
                        org.assertj.core.groups.Tuple.tuple("Battery", new BigDecimal("89.90")));
        assertThat(charges.net()).isEqualByComparingTo("439.91").hasScaleOf(2);
        // the workshop states no VAT: what the customer pays is the listed total
        assertThat(charges.gross()).isEqualTo(charges.net());
        assertThat(charges.workDone()).isEqualTo("Display replaced\nCleaned inside\nBattery");
        // the uncharged work is said in words only, so nothing prints twice
        assertThat(charges.workNotCharged()).isEqualTo("Cleaned inside");
    }

    @Test
    void noChargedWorkTotalsZero() {
        WorkCharges charges = WorkCharges.of(List.of(entry(WorkEntry.Kind.NOTE, "Waiting", null)));
        assertThat(charges.lines()).isEmpty();
        assertThat(charges.net()).isEqualTo(new BigDecimal("0.00"));
        assertThat(charges.workDone()).isEmpty();
    }
}
