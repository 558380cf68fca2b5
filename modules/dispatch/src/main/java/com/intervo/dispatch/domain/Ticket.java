package com.intervo.dispatch.domain;

import com.intervo.dispatch.TicketKind;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.TicketSource;
import com.intervo.dispatch.TicketStage;
import com.intervo.kernel.audit.AuditedEntity;
import com.intervo.kernel.errors.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A field-service ticket and its pipeline. The stage rules live here: who may move it where is checked by the
 * service, what moves are possible at all is checked by the ticket.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TicketSource source;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(name = "equipment_id")
    private UUID equipmentId;

    @Column(name = "zone_id")
    private UUID zoneId;

    @Column(nullable = false)
    private String problem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketPriority priority;

    @Column(name = "desired_date")
    private LocalDate desiredDate;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "planned_minutes")
    private Integer plannedMinutes;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_before_postpone")
    private TicketStage stageBeforePostpone;

    @Column(name = "technician_id")
    private UUID technicianId;

    @Column(name = "previous_technician_id")
    private UUID previousTechnicianId;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "postpone_reason")
    private String postponeReason;

    @Column(name = "cancel_reason")
    private String cancelReason;

    private Instant eta;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "en_route_at")
    private Instant enRouteAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "arrived_latitude")
    private BigDecimal arrivedLatitude;

    @Column(name = "arrived_longitude")
    private BigDecimal arrivedLongitude;

    @Column(name = "arrival_no_fix_reason")
    private String arrivalNoFixReason;

    @Column(name = "work_started_at")
    private Instant workStartedAt;

    @Column(name = "timed_minutes", nullable = false)
    private int timedMinutes;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "work_done")
    private String workDone;

    @Column(name = "labour_minutes")
    private Integer labourMinutes;

    @Column(name = "checklist_id")
    private UUID checklistId;

    @Column(name = "checklist_name")
    private String checklistName;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signature_file_id")
    private UUID signatureFileId;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "report_file_id")
    private UUID reportFileId;

    @Column(name = "report_number")
    private String reportNumber;

    @Column(name = "report_released_at")
    private Instant reportReleasedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approval_note")
    private String approvalNote;

    @Column(name = "change_txid", insertable = false, updatable = false)
    private long changeTxid;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<TicketChecklistItem> checklist = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("createdAt, id")
    private List<TicketFinding> findings = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("createdAt, id")
    private List<TicketPart> parts = new ArrayList<>();

    protected Ticket() {}

    public Ticket(UUID id, String number, TicketSource source) {
        super(id);
        this.number = number;
        this.source = source;
        this.stage = TicketStage.NEW;
    }

    /** What the dispatcher typed; allowed until the work is done. */
    public void describe(
            TicketKind kind,
            UUID customerId,
            UUID siteId,
            UUID equipmentId,
            UUID zoneId,
            String problem,
            TicketPriority priority,
            LocalDate desiredDate,
            Instant scheduledAt,
            Integer plannedMinutes,
            String contactName,
            String contactPhone) {
        requireNotClosed();
        this.kind = kind;
        this.customerId = customerId;
        this.siteId = siteId;
        this.equipmentId = equipmentId;
        this.zoneId = zoneId;
        this.problem = problem.strip();
        this.priority = priority;
        this.desiredDate = desiredDate;
        this.scheduledAt = scheduledAt;
        this.plannedMinutes = plannedMinutes;
        this.contactName = blankToNull(contactName);
        this.contactPhone = blankToNull(contactPhone);
    }

    public void attachChecklist(UUID checklistId, String name, List<TicketChecklistItem.Point> points) {
        this.checklistId = checklistId;
        this.checklistName = name;
        checklist.clear();
        int position = 1;
        for (TicketChecklistItem.Point point : points) {
            checklist.add(new TicketChecklistItem(this, position++, point));
        }
    }

    // --- the pipeline

    public void assign(UUID technician, Instant at) {
        if (stage == TicketStage.DONE || stage == TicketStage.CANCELLED) {
            throw transition("assign");
        }
        if (technician.equals(technicianId) && stage != TicketStage.NEW) {
            return;
        }
        if (technicianId != null) {
            previousTechnicianId = technicianId;
        }
        technicianId = technician;
        stage = TicketStage.ASSIGNED;
        stageBeforePostpone = null;
        assignedAt = at;
        acceptedAt = null;
        enRouteAt = null;
        declineReason = null;
    }

    public void unassign() {
        if (!stage.isOpen() || technicianId == null) {
            throw transition("unassign");
        }
        previousTechnicianId = technicianId;
        technicianId = null;
        stage = TicketStage.NEW;
        stageBeforePostpone = null;
    }

    public void accept(Instant at) {
        require(stage == TicketStage.ASSIGNED, "accept");
        stage = TicketStage.ACCEPTED;
        acceptedAt = at;
    }

    /** Back to the dispatcher's queue, with the reason shown there. Also after accepting. */
    public void decline(String reason) {
        require(
                stage == TicketStage.ASSIGNED
                        || stage == TicketStage.ACCEPTED
                        || stage == TicketStage.EN_ROUTE
                        || stage == TicketStage.POSTPONED,
                "decline");
        declineReason = reason.strip();
        previousTechnicianId = technicianId;
        technicianId = null;
        stage = TicketStage.NEW;
        stageBeforePostpone = null;
        acceptedAt = null;
        enRouteAt = null;
    }

    public void postpone(String reason) {
        require(TicketStage.POSTPONABLE.contains(stage), "postpone");
        postponeReason = reason.strip();
        stageBeforePostpone = stage;
        stage = TicketStage.POSTPONED;
    }

    /** Returns to the stage the ticket left for "Postponed". */
    public void backToWork() {
        require(stage == TicketStage.POSTPONED, "back-to-work");
        stage = stageBeforePostpone;
        stageBeforePostpone = null;
    }

    public void enRoute(Instant at) {
        require(stage == TicketStage.ACCEPTED, "en-route");
        stage = TicketStage.EN_ROUTE;
        enRouteAt = at;
    }

    /** Arrival with the GPS fix, or without one (a basement) with the technician's reason, which flags it. */
    public void arrived(Instant at, BigDecimal latitude, BigDecimal longitude, String noFixReason) {
        require(stage == TicketStage.EN_ROUTE || stage == TicketStage.ACCEPTED, "arrived");
        if (acceptedAt == null) {
            acceptedAt = at;
        }
        stage = TicketStage.ON_SITE;
        arrivedAt = at;
        arrivedLatitude = latitude;
        arrivedLongitude = longitude;
        arrivalNoFixReason = latitude == null ? blankToNull(noFixReason) : null;
    }

    /** Starts the work timer (a second start while it runs changes nothing). */
    public boolean startWork(Instant at) {
        requireOnSite("start-work");
        if (workStartedAt != null) {
            return false;
        }
        workStartedAt = at;
        return true;
    }

    /** Stops the work timer and adds the run to the time worked. */
    public boolean stopWork(Instant at) {
        requireOnSite("stop-work");
        if (workStartedAt == null) {
            return false;
        }
        timedMinutes = Math.min(100_000, timedMinutes + runMinutes(at));
        workStartedAt = null;
        return true;
    }

    /** The minutes the timer counted up to {@code at}, the running run included; null when it was never used. */
    public Integer timedMinutesAt(Instant at) {
        if (workStartedAt == null && timedMinutes == 0) {
            return null;
        }
        return Math.min(100_000, timedMinutes + (workStartedAt == null ? 0 : runMinutes(at)));
    }

    private int runMinutes(Instant at) {
        return (int) Math.max(0, Duration.between(workStartedAt, at).toMinutes());
    }

    public void requireOnSite(String what) {
        require(stage == TicketStage.ON_SITE, what);
    }

    public void sign(String signer, UUID signatureFile, Instant at) {
        requireOnSite("sign");
        signerName = signer.strip();
        signatureFileId = signatureFile;
        signedAt = at;
    }

    /**
     * The mandatory checklist points must be answered. The time worked is what the technician typed, else what the
     * timer counted, else the time from arrival to now.
     */
    public void finish(Instant at, String workDone, Integer typedMinutes) {
        requireOnSite("finish");
        List<String> missing = checklist.stream()
                .filter(i -> i.isMandatory() && i.getAnswer() == null)
                .map(TicketChecklistItem::getText)
                .toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid(
                    "dispatch.error.checklist-incomplete", "checklist", String.join("; ", missing));
        }
        this.workDone = blankToNull(workDone);
        stage = TicketStage.DONE;
        finishedAt = at;
        Integer timed = timedMinutesAt(at);
        if (workStartedAt != null) {
            timedMinutes = timed;
            workStartedAt = null;
        }
        labourMinutes = typedMinutes != null
                ? typedMinutes
                : timed != null
                        ? timed
                        : (int) Math.min(
                                100_000,
                                Math.max(0, Duration.between(arrivedAt, at).toMinutes()));
    }

    /** The work report went to the customer. */
    public void reportReleased(Instant at) {
        reportReleasedAt = at;
    }

    public void reportIssued(String reportNumber, UUID reportFile) {
        this.reportNumber = reportNumber;
        this.reportFileId = reportFile;
    }

    public void correctLabour(int minutes) {
        requireAwaitingApproval("correct");
        labourMinutes = minutes;
    }

    public void approve(String by, Instant at, String note) {
        requireAwaitingApproval("approve");
        approvedBy = by;
        approvedAt = at;
        approvalNote = blankToNull(note);
    }

    public void requireAwaitingApproval(String what) {
        require(stage == TicketStage.DONE && approvedAt == null, what);
    }

    public void cancel(String reason) {
        require(stage.isOpen(), "cancel");
        cancelReason = reason.strip();
        stage = TicketStage.CANCELLED;
        stageBeforePostpone = null;
    }

    public void delayed(Instant newEta) {
        require(stage.isOpen(), "notify-delay");
        eta = newEta;
    }

    public void addFinding(TicketFinding finding) {
        findings.add(finding);
    }

    public void addPart(TicketPart part) {
        parts.add(part);
    }

    public void removePart(UUID partLineId) {
        if (!parts.removeIf(p -> p.getId().equals(partLineId))) {
            throw DomainException.notFound("dispatch.error.part-line-not-found");
        }
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw transition(what);
        }
    }

    private void requireNotClosed() {
        if (stage == TicketStage.DONE || stage == TicketStage.CANCELLED) {
            throw transition("edit");
        }
    }

    private DomainException transition(String what) {
        return DomainException.conflict("dispatch.error.transition", "stage", what, stage.name());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNumber() {
        return number;
    }

    public TicketKind getKind() {
        return kind;
    }

    public TicketSource getSource() {
        return source;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getSiteId() {
        return siteId;
    }

    public UUID getEquipmentId() {
        return equipmentId;
    }

    public UUID getZoneId() {
        return zoneId;
    }

    public String getProblem() {
        return problem;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public LocalDate getDesiredDate() {
        return desiredDate;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public TicketStage getStage() {
        return stage;
    }

    public TicketStage getStageBeforePostpone() {
        return stageBeforePostpone;
    }

    public UUID getTechnicianId() {
        return technicianId;
    }

    public UUID getPreviousTechnicianId() {
        return previousTechnicianId;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getPostponeReason() {
        return postponeReason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getEta() {
        return eta;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getEnRouteAt() {
        return enRouteAt;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public BigDecimal getArrivedLatitude() {
        return arrivedLatitude;
    }

    public BigDecimal getArrivedLongitude() {
        return arrivedLongitude;
    }

    public String getArrivalNoFixReason() {
        return arrivalNoFixReason;
    }

    public Instant getWorkStartedAt() {
        return workStartedAt;
    }

    public int getTimedMinutes() {
        return timedMinutes;
    }

    public Instant getReportReleasedAt() {
        return reportReleasedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getWorkDone() {
        return workDone;
    }

    public Integer getLabourMinutes() {
        return labourMinutes;
    }

    public UUID getChecklistId() {
        return checklistId;
    }

    public String getChecklistName() {
        return checklistName;
    }

    public String getSignerName() {
        return signerName;
    }

    public UUID getSignatureFileId() {
        return signatureFileId;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public UUID getReportFileId() {
        return reportFileId;
    }

    public String getReportNumber() {
        return reportNumber;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public long getChangeTxid() {
        return changeTxid;
    }

    public List<TicketChecklistItem> getChecklist() {
        return List.copyOf(checklist);
    }

    public List<TicketFinding> getFindings() {
        return List.copyOf(findings);
    }

    public List<TicketPart> getParts() {
        return List.copyOf(parts);
    }
}
