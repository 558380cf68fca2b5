package com.intervo.crm;

import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.CustomerContact;
import com.intervo.crm.domain.Site;
import java.util.List;
import java.util.Map;

/** A customer as a form, the API or an import supplies it. */
public record CustomerDraft(
        Customer.Kind kind,
        String name,
        String taxId,
        String email,
        String phone,
        String language,
        String notes,
        Map<String, Object> customFields,
        List<CustomerContact.Draft> contacts,
        List<Site.Draft> sites) {

    public CustomerDraft {
        customFields = customFields == null ? Map.of() : customFields;
        contacts = contacts == null ? List.of() : contacts;
        sites = sites == null ? List.of() : sites;
    }

    public static CustomerDraft of(Customer c) {
        return new CustomerDraft(
                c.getKind(),
                c.getName(),
                c.getTaxId(),
                c.getEmail(),
                c.getPhone(),
                c.getLanguage(),
                c.getNotes(),
                c.getCustomFields(),
                c.getContacts().stream().map(CustomerContact::toDraft).toList(),
                c.getSites().stream().map(Site::toDraft).toList());
    }
}
