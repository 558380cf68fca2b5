package com.intervo.kernel.zones;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An area a technician covers: a city sector, a city or a county. */
@Entity
@Table(name = "zone")
public class Zone extends AuditedEntity {

    public enum Kind {
        SECTOR,
        CITY,
        COUNTY
    }

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private boolean active = true;

    protected Zone() {}

    Zone(String name, Kind kind) {
        this.name = name.strip();
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }
}
