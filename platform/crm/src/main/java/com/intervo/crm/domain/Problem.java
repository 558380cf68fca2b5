package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A common reported problem ("does not heat water"), optionally for one equipment type. */
@Entity
@Table(name = "problem")
public class Problem extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "equipment_type_id")
    private EquipmentType type;

    @Column(nullable = false)
    private boolean active = true;

    protected Problem() {}

    public Problem(String name, EquipmentType type) {
        update(name, type);
    }

    public void update(String name, EquipmentType type) {
        this.name = name.trim();
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public EquipmentType getType() {
        return type;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
