package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One VAT rate of a category from a date on (until the category's next rate). */
@Entity
@Table(name = "vat_rate")
public class VatRate extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal rate;

    protected VatRate() {}

    public VatRate(String category, LocalDate validFrom, BigDecimal rate) {
        this.category = category;
        this.validFrom = validFrom;
        this.rate = rate;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
