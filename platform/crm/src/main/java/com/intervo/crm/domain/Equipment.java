package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An installation or device of a customer, identified by its serial number / unique id. */
@Entity
@Table(name = "equipment")
public class Equipment extends AuditedEntity {

    /** What a form, the API or an import supplies. */
    public record Draft(
            UUID customerId,
            UUID siteId,
            UUID typeId,
            UUID modelId,
            String serialNumber,
            String name,
            LocalDate installDate,
            LocalDate warrantyUntil,
            String notes,
            BigDecimal latitude,
            BigDecimal longitude,
            Map<String, Object> customFields) {}

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "site_id")
    private Site site;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "equipment_type_id")
    private EquipmentType type;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "model_id")
    private EquipmentModel model;

    @Column(name = "serial_number", nullable = false)
    private String serialNumber;

    private String name;

    @Column(name = "install_date")
    private LocalDate installDate;

    @Column(name = "warranty_until")
    private LocalDate warrantyUntil;

    private String notes;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    private Map<String, Object> customFields = new HashMap<>();

    @Column(nullable = false)
    private boolean active = true;

    protected Equipment() {}

    public Equipment(UUID id) {
        super(id);
    }

    public void update(
            Customer customer,
            Site site,
            EquipmentType type,
            EquipmentModel model,
            Draft d,
            Map<String, Object> validatedCustomFields) {
        this.customer = customer;
        this.site = site;
        this.type = type;
        this.model = model;
        this.serialNumber = d.serialNumber().trim();
        this.name = Customer.blankToNull(d.name());
        this.installDate = d.installDate();
        this.warrantyUntil = d.warrantyUntil();
        this.notes = Customer.blankToNull(d.notes());
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.customFields = new HashMap<>(validatedCustomFields);
    }

    public Draft toDraft() {
        return new Draft(
                customer.getId(),
                site == null ? null : site.getId(),
                type == null ? null : type.getId(),
                model == null ? null : model.getId(),
                serialNumber,
                name,
                installDate,
                warrantyUntil,
                notes,
                latitude,
                longitude,
                Map.copyOf(customFields));
    }

    /** Under warranty on the given day. */
    public boolean underWarrantyOn(LocalDate day) {
        return warrantyUntil != null && !day.isAfter(warrantyUntil);
    }

    /** "Vaillant VUW INT II 306/5-5", else the free name, else the type. */
    public String displayName() {
        if (model != null) {
            return model.fullName();
        }
        if (name != null) {
            return name;
        }
        return type == null ? serialNumber : type.getName();
    }

    public Customer getCustomer() {
        return customer;
    }

    public Site getSite() {
        return site;
    }

    public EquipmentType getType() {
        return type;
    }

    public EquipmentModel getModel() {
        return model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getName() {
        return name;
    }

    public LocalDate getInstallDate() {
        return installDate;
    }

    public LocalDate getWarrantyUntil() {
        return warrantyUntil;
    }

    public String getNotes() {
        return notes;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Map<String, Object> getCustomFields() {
        return Map.copyOf(customFields);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
