package com.intervo.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A catalog part used on the ticket, priced as the catalog said when it was added. */
@Entity
@Table(name = "ticket_part")
public class TicketPart {

    /** Where the part came from: the technician's van, the warehouse, or the customer's own. */
    public enum Source {
        VAN,
        STOCK,
        CUSTOMER
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(name = "part_id", nullable = false)
    private UUID partId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected TicketPart() {}

    public TicketPart(
            UUID id,
            Ticket ticket,
            UUID partId,
            String code,
            String name,
            String unit,
            BigDecimal quantity,
            BigDecimal unitPrice,
            String currency,
            BigDecimal vatRate,
            Source source,
            Instant at,
            String by) {
        this.id = id;
        this.ticket = ticket;
        this.partId = partId;
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.currency = currency;
        this.vatRate = vatRate;
        this.source = source;
        this.createdAt = at;
        this.createdBy = by;
    }

    public void correctQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPartId() {
        return partId;
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

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public Source getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
