package com.intervo.crm.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One point of a checklist, with its predefined defects and possible causes. */
@Entity
@Table(name = "checklist_point")
public class ChecklistPoint {

    /** A point as typed in a form, before it belongs to a checklist. */
    public record Draft(String text, boolean mandatory, List<String> defects, List<String> causes) {}

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id")
    private Checklist checklist;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean mandatory;

    @OneToMany(mappedBy = "point", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("kind, position")
    private List<Option> options = new ArrayList<>();

    protected ChecklistPoint() {}

    ChecklistPoint(Checklist checklist, int position, Draft draft) {
        this.checklist = checklist;
        this.position = position;
        this.text = draft.text().trim();
        this.mandatory = draft.mandatory();
        int i = 1;
        for (String defect : draft.defects()) {
            options.add(new Option(this, Option.Kind.DEFECT, i++, defect));
        }
        i = 1;
        for (String cause : draft.causes()) {
            options.add(new Option(this, Option.Kind.CAUSE, i++, cause));
        }
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public List<String> defects() {
        return options.stream()
                .filter(o -> o.kind == Option.Kind.DEFECT)
                .map(o -> o.text)
                .toList();
    }

    public List<String> causes() {
        return options.stream()
                .filter(o -> o.kind == Option.Kind.CAUSE)
                .map(o -> o.text)
                .toList();
    }

    public Draft toDraft() {
        return new Draft(text, mandatory, defects(), causes());
    }

    @Entity
    @Table(name = "checklist_point_option")
    static class Option {

        enum Kind {
            DEFECT,
            CAUSE
        }

        @Id
        private UUID id = UUID.randomUUID();

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "point_id")
        private ChecklistPoint point;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Kind kind;

        @Column(nullable = false)
        private int position;

        @Column(nullable = false)
        private String text;

        protected Option() {}

        Option(ChecklistPoint point, Kind kind, int position, String text) {
            this.point = point;
            this.kind = kind;
            this.position = position;
            this.text = text.trim();
        }
    }
}
