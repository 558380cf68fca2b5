package com.intervo.crm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person to talk to at a company customer. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    public record Draft(String name, String role, String email, String phone) {}

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    private String role;
    private String email;
    private String phone;

    protected CustomerContact() {}

    CustomerContact(Customer customer, int position, Draft draft) {
        this.customer = customer;
        this.position = position;
        this.name = draft.name().trim();
        this.role = Customer.blankToNull(draft.role());
        this.email = Customer.blankToNull(draft.email());
        this.phone = Customer.blankToNull(draft.phone());
    }

    public Draft toDraft() {
        return new Draft(name, role, email, phone);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
