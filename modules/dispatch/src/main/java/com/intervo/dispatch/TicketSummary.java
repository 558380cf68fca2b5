package com.intervo.dispatch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ticket as lists, the board and the map show it. */
public record TicketSummary(
        UUID id,
        long version,
        String number,
        TicketKind kind,
        TicketStage stage,
        TicketStage stageBeforePostpone,
        TicketPriority priority,
        UUID customerId,
        String customerName,
        String customerPhone,
        UUID siteId,
        String siteAddress,
        BigDecimal latitude,
        BigDecimal longitude,
        UUID equipmentId,
        String equipmentName,
        String serialNumber,
        UUID zoneId,
        String zoneName,
        UUID technicianId,
        String technicianName,
        String problem,
        LocalDate desiredDate,
        Instant scheduledAt,
        Integer plannedMinutes,
        Instant eta,
        String declineReason,
        String postponeReason,
        boolean awaitingApproval,
        Instant approvedAt,
        Instant createdAt,
        Instant updatedAt,
        String arrivalNoFixReason) {

    /** The technician arrived without a GPS fix (and gave {@link #arrivalNoFixReason}). */
    public boolean arrivedWithoutFix() {
        return arrivalNoFixReason != null;
    }

    /** A {@code geo:} link that opens the phone's map app at the place (directions there). */
    public String geoUri() {
        return latitude == null
                ? null
                : "geo:" + latitude.toPlainString() + "," + longitude.toPlainString() + "?q=" + latitude.toPlainString()
                        + "," + longitude.toPlainString() + "(" + number + ")";
    }
}
