package com.intervo.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message for a technician inside the app, kept whether or not a push reached the phone. */
@Entity
@Table(name = "technician_notification")
public class TechnicianNotification {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "ticket_id")
    private UUID ticketId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected TechnicianNotification() {}

    public TechnicianNotification(UUID userId, UUID ticketId, String kind, String title, String body, Instant at) {
        this.userId = userId;
        this.ticketId = ticketId;
        this.kind = kind;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.body = body.length() > 1000 ? body.substring(0, 1000) : body;
        this.createdAt = at;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getTicketId() {
        return ticketId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
