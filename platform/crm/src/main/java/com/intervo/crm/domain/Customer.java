package com.intervo.crm.domain;

import com.intervo.kernel.audit.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person or a company the tenant serves, with contacts and sites (addresses). */
@Entity
@Table(name = "customer")
public class Customer extends AuditedEntity {

    public enum Kind {
        PERSON,
        COMPANY
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "tax_id")
    private String taxId;

    private String email;

    private String phone;

    private String language;

    private String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields", nullable = false)
    private Map<String, Object> customFields = new HashMap<>();

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<CustomerContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Site> sites = new ArrayList<>();

    protected Customer() {}

    public Customer(UUID id) {
        super(id);
    }

    public void update(
            Kind kind,
            String name,
            String taxId,
            String email,
            String phone,
            String language,
            String notes,
            Map<String, Object> customFields) {
        this.kind = kind;
        this.name = name.trim();
        this.taxId = blankToNull(taxId);
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.language = blankToNull(language);
        this.notes = blankToNull(notes);
        this.customFields = new HashMap<>(customFields);
    }

    /** Replaces the contacts, keeping ids of the ones that stay. */
    public void setContacts(List<CustomerContact.Draft> drafts) {
        contacts.clear();
        int position = 1;
        for (CustomerContact.Draft d : drafts) {
            contacts.add(new CustomerContact(this, position++, d));
        }
    }

    /** Replaces the sites; a site keeps its id (equipment points at it) when the draft carries it. */
    public void setSites(List<Site.Draft> drafts) {
        Map<UUID, Site> existing = new HashMap<>();
        sites.forEach(s -> existing.put(s.getId(), s));
        List<Site> updated = new ArrayList<>();
        int position = 1;
        for (Site.Draft d : drafts) {
            Site site = d.id() != null ? existing.get(d.id()) : null;
            if (site == null) {
                site = new Site(this, d.id() == null ? UUID.randomUUID() : d.id());
            }
            site.update(position++, d);
            updated.add(site);
        }
        sites.clear();
        sites.addAll(updated);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public String getNotes() {
        return notes;
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

    public List<CustomerContact> getContacts() {
        return List.copyOf(contacts);
    }

    public List<Site> getSites() {
        return List.copyOf(sites);
    }
}
