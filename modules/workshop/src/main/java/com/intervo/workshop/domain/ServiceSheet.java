package com.intervo.workshop.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One repair of one device in the workshop, from intake to hand-over. */
@Entity
@Table(name = "service_sheet")
public class ServiceSheet extends AuditedEntity {

    @Column(name = "sheet_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "tracking_code", nullable = false, updatable = false)
    private String trackingCode;

    /** The CRM's customer, by id (the CRM is read through its API, not joined). */
    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "equipment_id", nullable = false, updatable = false)
    private UUID equipmentId;

    @Column(nullable = false)
    private String problem;

    private String accessories;

    @Column(name = "visible_condition")
    private String visibleCondition;

    @Column(name = "estimated_cost")
    private BigDecimal estimatedCost;

    @Column(nullable = false)
    private String currency;

    @Column(name = "promised_date")
    private LocalDate promisedDate;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String language;

    @Column(name = "status_key", nullable = false)
    private String statusKey;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "technician_id")
    private UUID technicianId;

    @Column(name = "technician_name")
    private String technicianName;

    @Column(name = "question_open", nullable = false)
    private boolean questionOpen;

    @Column(name = "final_notes")
    private String finalNotes;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "handed_over_by")
    private String handedOverBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "overdue_alerted_at")
    private Instant overdueAlertedAt;

    @Column(name = "intake_protocol_file_id")
    private UUID intakeProtocolFileId;

    @Column(name = "handover_protocol_file_id")
    private UUID handoverProtocolFileId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    private Map<String, Object> customFields = new HashMap<>();

    protected ServiceSheet() {}

    public ServiceSheet(
            UUID id,
            String number,
            String trackingCode,
            UUID customerId,
            UUID equipmentId,
            Instant receivedAt,
            String statusKey,
            String currency,
            String language) {
        super(id);
        this.number = number;
        this.trackingCode = trackingCode;
        this.customerId = customerId;
        this.equipmentId = equipmentId;
        this.receivedAt = receivedAt;
        this.statusKey = statusKey;
        this.statusSince = receivedAt;
        this.currency = currency;
        this.language = language;
    }

    /** What the receptionist wrote at intake; may be corrected while the sheet is open. */
    public void describe(
            String problem,
            String accessories,
            String visibleCondition,
            BigDecimal estimatedCost,
            LocalDate promisedDate,
            Map<String, Object> customFields) {
        this.problem = problem.strip();
        this.accessories = blankToNull(accessories);
        this.visibleCondition = blankToNull(visibleCondition);
        this.estimatedCost = estimatedCost;
        if (!java.util.Objects.equals(this.promisedDate, promisedDate)) {
            this.overdueAlertedAt = null;
        }
        this.promisedDate = promisedDate;
        this.customFields = new HashMap<>(customFields);
    }

    /** The intake protocol as issued (stored file); a corrected description issues a new one. */
    public void intakeProtocolIssued(UUID fileId) {
        this.intakeProtocolFileId = fileId;
    }

    /** The handover protocol as issued at hand-over. */
    public void handoverProtocolIssued(UUID fileId) {
        if (handedOverAt == null) {
            throw new IllegalStateException("The handover protocol is issued at hand-over");
        }
        this.handoverProtocolFileId = fileId;
    }

    public UUID getIntakeProtocolFileId() {
        return intakeProtocolFileId;
    }

    public UUID getHandoverProtocolFileId() {
        return handoverProtocolFileId;
    }

    public void moveTo(String statusKey, Instant at) {
        this.statusKey = statusKey;
        this.statusSince = at;
    }

    public void assign(UUID technicianId, String technicianName) {
        this.technicianId = technicianId;
        this.technicianName = technicianName;
    }

    public void questionOpen(boolean open) {
        this.questionOpen = open;
    }

    public void handOver(String finalNotes, Instant at, String by, String finalStatusKey) {
        this.finalNotes = blankToNull(finalNotes);
        this.handedOverAt = at;
        this.handedOverBy = by;
        this.closedAt = at;
        this.questionOpen = false;
        moveTo(finalStatusKey, at);
    }

    public void overdueAlerted(Instant at) {
        this.overdueAlertedAt = at;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Past the promised date on the given day and not closed. */
    public boolean overdueOn(LocalDate day) {
        return !isClosed() && promisedDate != null && promisedDate.isBefore(day);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNumber() {
        return number;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getEquipmentId() {
        return equipmentId;
    }

    public String getProblem() {
        return problem;
    }

    public String getAccessories() {
        return accessories;
    }

    public String getVisibleCondition() {
        return visibleCondition;
    }

    public BigDecimal getEstimatedCost() {
        return estimatedCost;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getLanguage() {
        return language;
    }

    public String getStatusKey() {
        return statusKey;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public UUID getTechnicianId() {
        return technicianId;
    }

    public String getTechnicianName() {
        return technicianName;
    }

    public boolean isQuestionOpen() {
        return questionOpen;
    }

    public String getFinalNotes() {
        return finalNotes;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public String getHandedOverBy() {
        return handedOverBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getOverdueAlertedAt() {
        return overdueAlertedAt;
    }

    public Map<String, Object> getCustomFields() {
        return Map.copyOf(customFields);
    }
}
