package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/** Something a tenant sells by code and unit: a service (labour) or a part. */
@MappedSuperclass
public abstract class CatalogItem extends AuditedEntity {

    /**
     * What a form or an import supplies. With a {@code vatCategory} the category's dated rate applies (see
     * {@code VatRateService}); {@code vatRate} is then the rate of today, kept for lists.
     */
    public record Draft(
            String code,
            String name,
            String unit,
            BigDecimal cost,
            BigDecimal price,
            String currency,
            BigDecimal vatRate,
            String vatCategory) {

        /** An entry with a fixed VAT rate (no category). */
        public Draft(
                String code,
                String name,
                String unit,
                BigDecimal cost,
                BigDecimal price,
                String currency,
                BigDecimal vatRate) {
            this(code, name, unit, cost, price, currency, vatRate, null);
        }
    }

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal cost;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "vat_category")
    private String vatCategory;

    @Column(nullable = false)
    private boolean active = true;

    protected CatalogItem() {}

    public void update(Draft draft) {
        this.code = draft.code().trim();
        this.name = draft.name().trim();
        this.unit = draft.unit().trim();
        this.cost = draft.cost();
        this.price = draft.price();
        this.currency = draft.currency().trim().toUpperCase(java.util.Locale.ROOT);
        this.vatRate = draft.vatRate();
        this.vatCategory = draft.vatCategory() == null || draft.vatCategory().isBlank()
                ? null
                : draft.vatCategory().strip().toUpperCase(java.util.Locale.ROOT);
    }

    public Draft toDraft() {
        return new Draft(code, name, unit, cost, price, currency, vatRate, vatCategory);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    /** The VAT category whose dated rates apply, or null for the fixed {@link #getVatRate()}. */
    public String getVatCategory() {
        return vatCategory;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
