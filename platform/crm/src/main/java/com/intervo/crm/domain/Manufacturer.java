package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "manufacturer")
public class Manufacturer extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Manufacturer() {}

    public Manufacturer(String name) {
        rename(name);
    }

    public void rename(String name) {
        this.name = name.trim();
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
}
