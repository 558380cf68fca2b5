package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Ordered points a technician answers (ok / problem) during an inspection or repair. */
@Entity
@Table(name = "checklist")
public class Checklist extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "checklist", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistPoint> points = new ArrayList<>();

    protected Checklist() {}

    public Checklist(String name) {
        rename(name);
    }

    public void rename(String name) {
        this.name = name.trim();
    }

    /** Replaces the points, keeping their order as given. */
    public void setPoints(List<ChecklistPoint.Draft> drafts) {
        points.clear();
        int position = 1;
        for (ChecklistPoint.Draft draft : drafts) {
            points.add(new ChecklistPoint(this, position++, draft));
        }
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<ChecklistPoint> getPoints() {
        return List.copyOf(points);
    }
}
