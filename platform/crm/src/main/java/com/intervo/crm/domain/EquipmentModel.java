package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An exact model ("VUW INT II 306/5-5") of a manufacturer, of one equipment type. */
@Entity
@Table(name = "equipment_model")
public class EquipmentModel extends AuditedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "manufacturer_id")
    private Manufacturer manufacturer;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "equipment_type_id")
    private EquipmentType type;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected EquipmentModel() {}

    public EquipmentModel(Manufacturer manufacturer, EquipmentType type, String name) {
        update(manufacturer, type, name);
    }

    public void update(Manufacturer manufacturer, EquipmentType type, String name) {
        this.manufacturer = manufacturer;
        this.type = type;
        this.name = name.trim();
    }

    public Manufacturer getManufacturer() {
        return manufacturer;
    }

    public EquipmentType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    /** "Vaillant VUW INT II 306/5-5". */
    public String fullName() {
        return manufacturer.getName() + " " + name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
