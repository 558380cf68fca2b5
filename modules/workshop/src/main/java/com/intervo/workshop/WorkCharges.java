package com.intervo.workshop;

import com.intervo.workshop.domain.WorkEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the handover protocol lists of the work log: every work entry's text, the charged ones as lines with their
 * price (rounded to cents), the uncharged ones as text only, and the net total of the lines. Prices are final: the
 * workshop states no VAT, so gross equals net.
 */
record WorkCharges(String workDone, String workNotCharged, List<Line> lines, BigDecimal net) {

    record Line(String description, BigDecimal price) {}

    static WorkCharges of(List<WorkEntry> entries) {
        List<WorkEntry> work =
                entries.stream().filter(e -> e.getKind() == WorkEntry.Kind.WORK).toList();
        List<Line> lines = work.stream()
                .filter(e -> e.getCost() != null)
                .map(e -> new Line(e.getText(), e.getCost().setScale(2, RoundingMode.HALF_UP)))
                .toList();
        BigDecimal net = lines.stream().map(Line::price).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new WorkCharges(
                work.stream().map(WorkEntry::getText).collect(Collectors.joining("\n")),
                work.stream()
                        .filter(e -> e.getCost() == null)
                        .map(WorkEntry::getText)
                        .collect(Collectors.joining("\n")),
                lines,
                net);
    }

    BigDecimal gross() {
        return net;
    }
}
