package com.intervo.crm;

import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.CustomerContact;
import com.intervo.crm.domain.Customers;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.search.CustomPlans;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers of the current tenant: persons and companies with contacts and sites. */
@Service
@Transactional(readOnly = true)
public class CustomerService {

    /** More is a data error, and every customer page would carry it all (contacts and sites load with it). */
    public static final int MAX_CONTACTS = 100;

    public static final int MAX_SITES = 500;

    private final Customers customers;
    private final CrmCustomFields customFields;
    private final RefReads refReads;
    private final EntityManager entityManager;

    CustomerService(Customers customers, CrmCustomFields customFields, RefReads refReads, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.customers = customers;
        this.customFields = customFields;
        this.refReads = refReads;
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Customer create(CustomerDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates with a client-chosen id (the technician app creates records offline). */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Customer create(UUID id, CustomerDraft draft) {
        TenantContext.require();
        if (customers.existsById(id)) {
            throw DomainException.conflict("crm.error.id-taken", "id");
        }
        Customer customer = new Customer(id);
        apply(customer, draft);
        return customers.saveAndFlush(customer);
    }

    /** Updates the customer if nobody changed it since {@code expectedVersion} was read. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public Customer update(UUID id, long expectedVersion, CustomerDraft draft) {
        Customer customer =
                customers.findById(id).orElseThrow(() -> DomainException.notFound("crm.error.customer-not-found"));
        if (customer.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Customer.class, id);
        }
        apply(customer, draft);
        return customers.saveAndFlush(customer);
    }

    private void apply(Customer customer, CustomerDraft d) {
        if (d.kind() == null) {
            throw DomainException.invalid("crm.error.required", "kind");
        }
        CrmRules.required(d.name(), "name", 300);
        CrmRules.maxLength(d.taxId(), "taxId", 50);
        CrmRules.maxLength(d.phone(), "phone", 50);
        CrmRules.maxLength(d.notes(), "notes", 4000);
        CrmRules.email(d.email(), "email");
        CrmRules.language(d.language());
        CrmRules.atMost(d.contacts(), "contacts", MAX_CONTACTS);
        CrmRules.atMost(d.sites(), "sites", MAX_SITES);
        checkSiteIds(customer, d.sites());
        int i = 0;
        for (CustomerContact.Draft contact : d.contacts()) {
            CrmRules.required(contact.name(), "contacts[" + i + "].name", 200);
            CrmRules.email(contact.email(), "contacts[" + i + "].email");
            CrmRules.maxLength(contact.phone(), "contacts[" + i + "].phone", 50);
            CrmRules.maxLength(contact.role(), "contacts[" + i + "].role", 100);
            i++;
        }
        i = 0;
        for (Site.Draft site : d.sites()) {
            CrmRules.required(site.label(), "sites[" + i + "].label", 200);
            CrmRules.coordinates(site.latitude(), site.longitude());
            if (site.country() != null
                    && !site.country().isBlank()
                    && !site.country().strip().matches("[A-Za-z]{2}")) {
                throw DomainException.invalid("crm.error.country", "sites[" + i + "].country");
            }
            i++;
        }
        customer.update(
                d.kind(),
                d.name(),
                d.taxId(),
                d.email(),
                d.phone(),
                d.language(),
                d.notes(),
                customFields.customer(d.customFields()));
        customer.setContacts(d.contacts());
        customer.setSites(d.sites());
    }

    /**
     * A site id in the draft names one of this customer's own sites; a new site comes without an id, or (a new
     * customer made offline) with a fresh one. Another customer's site, an unknown id on an update, or the same id
     * twice is refused (else the row would be moved to this customer, with the other's tickets pointing at it).
     */
    private void checkSiteIds(Customer customer, List<Site.Draft> drafts) {
        Set<UUID> own = customer.getSites().stream().map(Site::getId).collect(Collectors.toSet());
        boolean isNew = customer.getVersion() == null;
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            UUID id = drafts.get(i).id();
            if (id == null) {
                continue;
            }
            String field = "sites[" + i + "].id";
            if (!seen.add(id)) {
                throw DomainException.invalid("crm.error.duplicate-id", field);
            }
            if (!own.contains(id) && (!isNew || customers.siteExists(id))) {
                throw DomainException.invalid("crm.error.site-not-of-customer", field);
            }
        }
    }

    @PermitAll
    public Optional<Customer> find(UUID id) {
        return customers.findById(id);
    }

    /** The customer as other modules see it. */
    @PermitAll
    public Optional<CustomerRef> ref(UUID id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(refReads.customers(Set.of(id)).get(id));
    }

    /** Several customers at once (a list of sheets or tickets asks once); unknown ids are left out. */
    @PermitAll
    public Map<UUID, CustomerRef> refs(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return refReads.customers(wanted);
    }

    /** {@link #search} as records. */
    @PermitAll
    public List<CustomerRef> searchRefs(String query, int offset, int limit) {
        return search(query, offset, limit).stream().map(CustomerRef::of).toList();
    }

    /** The ids of customers whose name contains the text (case-insensitive), for other modules' text filters. */
    @PermitAll
    public Set<UUID> idsNamed(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(customers.idsNamed("%" + CrmRules.likeTerm(text) + "%"));
    }

    /** A page of customers matching the query (all when blank), ordered by name. */
    @PermitAll
    public List<Customer> search(String query, int offset, int limit) {
        OffsetLimit page = new OffsetLimit(offset, limit);
        if (query == null || query.isBlank()) {
            return customers.page(page);
        }
        return CustomPlans.around(
                entityManager, () -> customers.search(CrmRules.likeTerm(query), CrmRules.digits(query), page));
    }

    /**
     * Customers someone typing a "new" customer probably means: the same e-mail address or phone number (see
     * {@link Customers#sameContact}), so the desk can use one of them instead of creating a duplicate.
     */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    @Transactional(readOnly = true)
    public List<Customer> possibleDuplicates(String phone, String email) {
        TenantContext.require();
        ContactKey key = ContactKey.of(phone, email);
        if (key.isEmpty()) {
            return List.of();
        }
        CustomPlans.forThisTransaction(entityManager); // one of e-mail and phone may be empty
        return customers.sameContact(key.email(), key.phone());
    }

    /** {@link #possibleDuplicates} as records. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public List<CustomerRef> possibleDuplicateRefs(String phone, String email) {
        return possibleDuplicates(phone, email).stream().map(CustomerRef::of).toList();
    }

    @PermitAll
    public long count(String query) {
        if (query == null || query.isBlank()) {
            return customers.count();
        }
        return CustomPlans.around(
                entityManager, () -> customers.countSearch(CrmRules.likeTerm(query), CrmRules.digits(query)));
    }
}
