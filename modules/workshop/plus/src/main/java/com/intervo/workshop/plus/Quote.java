package com.intervo.workshop.plus;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quote of a sheet as issued or being drafted: its lines with their amounts and the totals computed by
 * {@link QuoteTotals} (in the currency's minor units).
 *
 * @param number        1, 2, … per sheet (a revision or a supplementary quote takes the next)
 * @param supplementary extra work found during the repair, to be accepted again
 * @param fileId        the PDF as sent (kept as issued)
 */
public record Quote(
        UUID id,
        long version,
        UUID sheetId,
        int number,
        boolean supplementary,
        Plus.QuoteStatus status,
        LocalDate validUntil,
        String currency,
        QuoteTotals.VatMode vatMode,
        boolean reverseCharge,
        BigDecimal net,
        BigDecimal vat,
        BigDecimal gross,
        BigDecimal cost,
        Instant sentAt,
        String sentBy,
        String sentTo,
        UUID fileId,
        Instant decidedAt,
        String decidedBy,
        Plus.Channel channel,
        String comment,
        List<Line> lines,
        List<QuoteTotals.VatGroup> vatGroups) {

    /**
     * A line. {@code net}/{@code vat}/{@code gross} are what the customer pays for it (0 for a warranty line, whose
     * cost stays); the repair state is set during the repair.
     */
    public record Line(
            UUID id,
            int position,
            Plus.LineKind kind,
            UUID itemId,
            UUID pointId,
            String code,
            String description,
            String unit,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            boolean warranty,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal gross,
            Plus.RepairState repairState,
            String repairNote,
            String repairedBy,
            Instant repairedAt) {

        public UUID partId() {
            return kind.part() ? itemId : null;
        }
    }

    /**
     * A line as the desk edits it: a catalog part or service ({@code itemId}) with its quantity; the description and
     * the unit price may differ from the catalog's (null: the catalog's). Cost and VAT rate always come from the
     * catalog.
     */
    public record LineDraft(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Plus.LineKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID itemId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal quantity,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            BigDecimal unitPrice,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Boolean warranty) {}

    public boolean pending() {
        return status == Plus.QuoteStatus.DRAFT || status == Plus.QuoteStatus.SENT;
    }
}
