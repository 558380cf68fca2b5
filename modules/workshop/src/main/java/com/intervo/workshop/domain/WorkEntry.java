package com.intervo.workshop.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a sheet's log. Author and time come from the server ({@code created_by/at}, never updatable);
 * only the author may correct text, minutes and cost afterwards, which is recorded as {@code edited_at}.
 */
@Entity
@Table(name = "sheet_work_entry")
public class WorkEntry extends AuditedEntity {

    public enum Kind {
        NOTE,
        WORK,
        QUESTION,
        ANSWER,
        FINAL
    }

    @Column(name = "sheet_id", nullable = false, updatable = false)
    private UUID sheetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false)
    private String text;

    private Integer minutes;

    private BigDecimal cost;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "author_id", updatable = false)
    private UUID authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "edited_at")
    private Instant editedAt;

    protected WorkEntry() {}

    public WorkEntry(
            UUID id,
            UUID sheetId,
            Kind kind,
            String text,
            Integer minutes,
            BigDecimal cost,
            String currency,
            UUID authorId,
            String authorName) {
        super(id);
        this.sheetId = sheetId;
        this.kind = kind;
        this.text = text.strip();
        this.minutes = minutes;
        this.cost = cost;
        this.currency = currency;
        this.authorId = authorId;
        this.authorName = authorName;
    }

    public void correct(String text, Integer minutes, BigDecimal cost, Instant at) {
        this.text = text.strip();
        this.minutes = minutes;
        this.cost = cost;
        this.editedAt = at;
    }

    public UUID getSheetId() {
        return sheetId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getCurrency() {
        return currency;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
