package com.intervo.technician.core.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ticket as the server lists it (the server's {@code TicketSummary}). */
public final class TicketSummary {
    public UUID id;
    public long version;
    public String number;
    public String kind;
    public String stage;
    public String stageBeforePostpone;
    public String priority;
    public UUID customerId;
    public String customerName;
    public String customerPhone;
    public UUID siteId;
    public String siteAddress;
    public BigDecimal latitude;
    public BigDecimal longitude;
    public UUID equipmentId;
    public String equipmentName;
    public String serialNumber;
    public UUID zoneId;
    public String zoneName;
    public UUID technicianId;
    public String technicianName;
    public String problem;
    public LocalDate desiredDate;
    public Instant scheduledAt;
    public Integer plannedMinutes;
    public Instant eta;
    public String declineReason;
    public String postponeReason;
    public boolean awaitingApproval;
    public Instant approvedAt;
    public Instant createdAt;
    public Instant updatedAt;
    public String arrivalNoFixReason;
}
