package com.intervo.workshop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of a sheet's status history; written once, never changed. */
@Entity
@Table(name = "sheet_status_change")
public class StatusChange {

    @Id
    private UUID id;

    @Column(name = "sheet_id", nullable = false, updatable = false)
    private UUID sheetId;

    @Column(name = "from_key", updatable = false)
    private String fromKey;

    @Column(name = "to_key", nullable = false, updatable = false)
    private String toKey;

    @Column(updatable = false)
    private String note;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    protected StatusChange() {}

    public StatusChange(UUID sheetId, String fromKey, String toKey, String note, Instant changedAt, String changedBy) {
        this.id = UUID.randomUUID();
        this.sheetId = sheetId;
        this.fromKey = fromKey;
        this.toKey = toKey;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getSheetId() {
        return sheetId;
    }

    public String getFromKey() {
        return fromKey;
    }

    public String getToKey() {
        return toKey;
    }

    public String getNote() {
        return note;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
