package com.intervo.crm;

import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Site;
import java.util.List;
import java.util.UUID;

/**
 * A customer as other modules see it: what a sheet, a ticket or a document shows. Other modules keep only the id
 * and read this through {@link CustomerService#ref} / {@link CustomerService#refs}.
 *
 * @param kind  PERSON or COMPANY (the enum's name)
 * @param sites the customer's sites, in their order (the first one is the customer's address on documents)
 */
public record CustomerRef(
        UUID id,
        String kind,
        String name,
        String taxId,
        String email,
        String phone,
        String language,
        boolean active,
        List<SiteRef> sites) {

    public CustomerRef {
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /** The first site's address, else "" (what documents print as the customer's address). */
    public String address() {
        return sites.isEmpty() ? "" : sites.get(0).address();
    }

    /** The customer's site with that id, if it is one of theirs. */
    public java.util.Optional<SiteRef> site(UUID siteId) {
        return siteId == null
                ? java.util.Optional.empty()
                : sites.stream().filter(s -> s.id().equals(siteId)).findFirst();
    }

    static CustomerRef of(Customer c) {
        return new CustomerRef(
                c.getId(),
                c.getKind() == null ? null : c.getKind().name(),
                c.getName(),
                c.getTaxId(),
                c.getEmail(),
                c.getPhone(),
                c.getLanguage(),
                c.isActive(),
                c.getSites().stream().map(CustomerRef::site).toList());
    }

    private static SiteRef site(Site s) {
        return new SiteRef(
                s.getId(), s.getLabel(), s.address(), s.getCity(), s.getCounty(), s.getLatitude(), s.getLongitude());
    }
}
