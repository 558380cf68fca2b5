package com.intervo.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** An address of a customer where equipment is installed or work is done. */
@Entity
@Table(name = "site")
public class Site {

    public record Draft(
            UUID id,
            String label,
            String street,
            String city,
            String county,
            String postalCode,
            String country,
            BigDecimal latitude,
            BigDecimal longitude) {}

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String label;

    private String street;
    private String city;
    private String county;

    @Column(name = "postal_code")
    private String postalCode;

    private String country;
    private BigDecimal latitude;
    private BigDecimal longitude;

    protected Site() {}

    Site(Customer customer, UUID id) {
        this.customer = customer;
        this.id = id;
    }

    void update(int position, Draft d) {
        this.position = position;
        this.label = d.label().trim();
        this.street = Customer.blankToNull(d.street());
        this.city = Customer.blankToNull(d.city());
        this.county = Customer.blankToNull(d.county());
        this.postalCode = Customer.blankToNull(d.postalCode());
        this.country = Customer.blankToNull(d.country()) == null
                ? null
                : d.country().trim().toUpperCase(java.util.Locale.ROOT);
        this.latitude = d.latitude();
        this.longitude = d.longitude();
    }

    public Draft toDraft() {
        return new Draft(id, label, street, city, county, postalCode, country, latitude, longitude);
    }

    /** "Str. Lalelelor 5, 400000 Cluj-Napoca, Cluj". */
    public String address() {
        return com.intervo.kernel.company.CompanyDetails.formatAddress(street, postalCode, city, county);
    }

    public UUID getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getLabel() {
        return label;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getCounty() {
        return county;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }
}
