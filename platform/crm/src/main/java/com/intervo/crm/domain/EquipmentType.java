package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A kind of equipment ("Gas boiler"): its custom fields and default checklist hang off it. */
@Entity
@Table(name = "equipment_type")
public class EquipmentType extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "checklist_id")
    private Checklist checklist;

    @Column(nullable = false)
    private boolean active = true;

    protected EquipmentType() {}

    public EquipmentType(String name, String description) {
        update(name, description);
    }

    public void update(String name, String description) {
        this.name = name.trim();
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public void setChecklist(Checklist checklist) {
        this.checklist = checklist;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
