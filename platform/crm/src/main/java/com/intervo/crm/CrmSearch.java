package com.intervo.crm;

import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.search.GlobalSearchProvider;
import com.intervo.kernel.search.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Customers by name, phone, e-mail or tax id, and equipment by serial number, for the shell's search box. */
@Component
class CrmSearch implements GlobalSearchProvider {

    private final CustomerService customers;
    private final EquipmentService equipment;

    CrmSearch(CustomerService customers, EquipmentService equipment) {
        this.customers = customers;
        this.equipment = equipment;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (Customer c : customers.search(query, 0, limit)) {
            hits.add(new SearchHit(
                    "crm.search.customer",
                    c.getName(),
                    join(c.getPhone(), c.getEmail(), c.getTaxId()),
                    "customers/" + c.getId()));
        }
        for (Equipment e : equipment.search(query, 0, limit)) {
            hits.add(new SearchHit(
                    "crm.search.equipment",
                    e.getSerialNumber(),
                    join(e.displayName(), e.getCustomer().getName()),
                    "equipment/" + e.getId()));
        }
        return hits;
    }

    private static String join(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
    }
}
