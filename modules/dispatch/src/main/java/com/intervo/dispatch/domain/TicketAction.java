package com.intervo.dispatch.domain;

import com.intervo.dispatch.ActionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of a ticket's action log: what, when (server and device clock), who, and where. Never changed. */
@Entity
@Table(name = "ticket_action")
public class TicketAction implements org.springframework.data.domain.Persistable<UUID> {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ActionType action;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "device_at", updatable = false)
    private Instant deviceAt;

    @Column(name = "user_id", updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(updatable = false)
    private BigDecimal latitude;

    @Column(updatable = false)
    private BigDecimal longitude;

    @Column(name = "accuracy_m", updatable = false)
    private BigDecimal accuracyM;

    @Column(updatable = false)
    private String detail;

    protected TicketAction() {}

    public TicketAction(
            UUID ticketId,
            ActionType action,
            Instant at,
            Instant deviceAt,
            UUID userId,
            String actor,
            String actorName,
            BigDecimal latitude,
            BigDecimal longitude,
            BigDecimal accuracyM,
            String detail) {
        this.ticketId = ticketId;
        this.action = action;
        this.at = at;
        this.deviceAt = deviceAt;
        this.userId = userId;
        this.actor = actor;
        this.actorName = actorName;
        this.latitude = latitude;
        this.longitude = longitude;
        this.accuracyM = accuracyM;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    /** Only ever added: saving a new line inserts it without first looking for it. */
    @jakarta.persistence.Transient
    private boolean fresh = true;

    @jakarta.persistence.PostLoad
    @jakarta.persistence.PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getTicketId() {
        return ticketId;
    }

    public ActionType getAction() {
        return action;
    }

    public Instant getAt() {
        return at;
    }

    public Instant getDeviceAt() {
        return deviceAt;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BigDecimal getAccuracyM() {
        return accuracyM;
    }

    public String getDetail() {
        return detail;
    }
}
