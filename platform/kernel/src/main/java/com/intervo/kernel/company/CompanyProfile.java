package com.intervo.kernel.company;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The company's own data printed on its documents. One row per tenant. */
@Entity
@Table(name = "company_profile")
class CompanyProfile extends AuditedEntity {

    @Column(nullable = false)
    private boolean singleton = true;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "tax_id")
    private String taxId;

    @Column(name = "registration_no")
    private String registrationNo;

    private String street;
    private String city;
    private String county;

    @Column(name = "postal_code")
    private String postalCode;

    private String country;
    private String phone;
    private String email;
    private String website;

    @Column(name = "bank_name")
    private String bankName;

    private String iban;

    protected CompanyProfile() {}

    static CompanyProfile blank() {
        return new CompanyProfile();
    }

    CompanyDetails details() {
        return new CompanyDetails(
                legalName,
                taxId,
                registrationNo,
                street,
                city,
                county,
                postalCode,
                country,
                phone,
                email,
                website,
                bankName,
                iban);
    }

    void update(CompanyDetails d) {
        legalName = d.legalName();
        taxId = d.taxId();
        registrationNo = d.registrationNo();
        street = d.street();
        city = d.city();
        county = d.county();
        postalCode = d.postalCode();
        country = d.country();
        phone = d.phone();
        email = d.email();
        website = d.website();
        bankName = d.bankName();
        iban = d.iban();
    }

    boolean isSingleton() {
        return singleton;
    }
}
