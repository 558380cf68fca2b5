package com.intervo.dispatch.domain;

import com.intervo.kernel.errors.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One point of the ticket's own copy of its checklist, with the technician's answer. */
@Entity
@Table(name = "ticket_checklist_item")
public class TicketChecklistItem {

    public enum Answer {
        OK,
        PROBLEM
    }

    /** A point as copied from the catalog. */
    public record Point(UUID pointId, String text, boolean mandatory, List<String> defects) {}

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(nullable = false)
    private int position;

    @Column(name = "point_id")
    private UUID pointId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean mandatory;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> defects = new ArrayList<>();

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Answer answer;

    private String defect;
    private String note;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    protected TicketChecklistItem() {}

    TicketChecklistItem(Ticket ticket, int position, Point point) {
        this.ticket = ticket;
        this.position = position;
        this.pointId = point.pointId();
        this.text = point.text();
        this.mandatory = point.mandatory();
        this.defects = new ArrayList<>(point.defects());
    }

    /** OK, or a problem described by a predefined defect and/or a note. */
    public void answer(Answer answer, String defect, String note, String by, Instant at) {
        String cleanDefect = Ticket.blankToNull(defect);
        String cleanNote = Ticket.blankToNull(note);
        if (answer == Answer.PROBLEM && cleanDefect == null && cleanNote == null) {
            throw DomainException.invalid("dispatch.error.problem-needs-note", "note", text);
        }
        if (cleanDefect != null && !defects.contains(cleanDefect)) {
            throw DomainException.invalid("dispatch.error.unknown-defect", "defect", cleanDefect);
        }
        this.answer = answer;
        this.defect = answer == Answer.OK ? null : cleanDefect;
        this.note = cleanNote;
        this.answeredAt = at;
        this.answeredBy = by;
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public UUID getPointId() {
        return pointId;
    }

    public String getText() {
        return text;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public List<String> getDefects() {
        return List.copyOf(defects);
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getDefect() {
        return defect;
    }

    public String getNote() {
        return note;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
