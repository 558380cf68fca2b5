package com.intervo.dispatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything about one ticket: what the technician's app and the ticket page show. */
public record TicketDetails(
        TicketSummary summary,
        String contactName,
        String contactPhone,
        String customerEmail,
        String equipmentType,
        UUID checklistId,
        String checklistName,
        List<ChecklistItem> checklist,
        List<Finding> findings,
        List<PartLine> parts,
        List<Photo> photos,
        String workDone,
        Instant assignedAt,
        Instant acceptedAt,
        Instant enRouteAt,
        Instant arrivedAt,
        BigDecimal arrivedLatitude,
        BigDecimal arrivedLongitude,
        Instant finishedAt,
        Integer labourMinutes,
        String signerName,
        UUID signatureFileId,
        Instant signedAt,
        String reportNumber,
        UUID reportFileId,
        String approvedBy,
        String approvalNote,
        String cancelReason,
        Instant workStartedAt,
        int timedMinutes,
        Instant reportReleasedAt) {

    public record ChecklistItem(
            UUID id,
            int position,
            String text,
            boolean mandatory,
            List<String> defects,
            String answer,
            String defect,
            String note,
            Instant answeredAt,
            String answeredBy) {}

    public record Finding(UUID id, String kind, String text, Instant createdAt, String createdBy) {}

    public record PartLine(
            UUID id,
            UUID partId,
            String code,
            String name,
            String unit,
            BigDecimal quantity,
            BigDecimal unitPrice,
            String currency,
            BigDecimal vatRate,
            String source) {

        public BigDecimal total() {
            return quantity.multiply(unitPrice);
        }
    }

    public record Photo(UUID fileId, String name, String mediaType, Instant createdAt, String createdBy) {}

    /** A change's answer under {@link AnswerShape#summaryOnly}: the summary, nothing else read. */
    static TicketDetails ofSummary(TicketSummary summary) {
        return new TicketDetails(
                summary, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, 0, null);
    }

    /** Whether only the summary was read ({@link #ofSummary}); the API then answers with the summary alone. */
    public boolean summaryOnly() {
        return checklist == null;
    }

    public UUID id() {
        return summary.id();
    }

    public long version() {
        return summary.version();
    }

    public TicketStage stage() {
        return summary.stage();
    }

    public String number() {
        return summary.number();
    }
}
