package com.intervo.crm;

import com.intervo.kernel.company.CompanyDetails;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The records other modules read, straight from the columns they show: a customer with its sites in two statements,
 * equipment with type, model, manufacturer and checklist name in one — instead of loading the entities with their
 * eager graphs (a customer's contacts, an equipment's whole customer) to copy a few fields. Runs in the caller's
 * transaction, in the bound tenant's schema.
 */
@Component
class RefReads {

    private final EntityManager entityManager;

    RefReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<UUID, CustomerRef> customers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<SiteRef>> sites = new HashMap<>();
        for (Tuple s : entityManager
                .createQuery("""
                        select s.customer.id, s.id, s.label, s.street, s.postalCode, s.city, s.county, s.latitude,
                               s.longitude
                        from Site s where s.customer.id in :ids order by s.customer.id, s.position""", Tuple.class)
                .setParameter("ids", ids)
                .getResultList()) {
            sites.computeIfAbsent(s.get(0, UUID.class), k -> new ArrayList<>())
                    .add(new SiteRef(
                            s.get(1, UUID.class),
                            s.get(2, String.class),
                            CompanyDetails.formatAddress(
                                    s.get(3, String.class),
                                    s.get(4, String.class),
                                    s.get(5, String.class),
                                    s.get(6, String.class)),
                            s.get(5, String.class),
                            s.get(6, String.class),
                            s.get(7, BigDecimal.class),
                            s.get(8, BigDecimal.class)));
        }
        Map<UUID, CustomerRef> refs = new LinkedHashMap<>();
        for (Tuple c : entityManager
                .createQuery("""
                        select c.id, c.kind, c.name, c.taxId, c.email, c.phone, c.language, c.active
                        from Customer c where c.id in :ids""", Tuple.class)
                .setParameter("ids", ids)
                .getResultList()) {
            UUID id = c.get(0, UUID.class);
            Object kind = c.get(1);
            refs.put(
                    id,
                    new CustomerRef(
                            id,
                            kind == null ? null : ((Enum<?>) kind).name(),
                            c.get(2, String.class),
                            c.get(3, String.class),
                            c.get(4, String.class),
                            c.get(5, String.class),
                            c.get(6, String.class),
                            c.get(7, Boolean.class),
                            sites.getOrDefault(id, List.of())));
        }
        return refs;
    }

    Map<UUID, EquipmentRef> equipment(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, EquipmentRef> refs = new LinkedHashMap<>();
        for (Tuple e : entityManager
                .createQuery("""
                        select e.id, e.customer.id, s.id, e.serialNumber, e.name, t.id, t.name, m.name, mf.name,
                               e.installDate, e.warrantyUntil, e.latitude, e.longitude, e.active, cl.name
                        from Equipment e left join e.site s left join e.type t left join t.checklist cl
                             left join e.model m left join m.manufacturer mf
                        where e.id in :ids""", Tuple.class)
                .setParameter("ids", ids)
                .getResultList()) {
            String serial = e.get(3, String.class);
            String name = e.get(4, String.class);
            String typeName = e.get(6, String.class);
            String modelName = e.get(7, String.class);
            String manufacturer = e.get(8, String.class);
            // as Equipment.displayName(): the model's full name, else the free name, else the type, else the serial
            String displayName = modelName != null
                    ? manufacturer + " " + modelName
                    : name != null ? name : typeName == null ? serial : typeName;
            UUID id = e.get(0, UUID.class);
            refs.put(
                    id,
                    new EquipmentRef(
                            id,
                            e.get(1, UUID.class),
                            e.get(2, UUID.class),
                            serial,
                            displayName,
                            name,
                            e.get(5, UUID.class),
                            typeName == null ? "" : typeName,
                            modelName == null ? "" : manufacturer,
                            modelName == null ? (name == null ? "" : name) : modelName,
                            e.get(9, LocalDate.class),
                            e.get(10, LocalDate.class),
                            e.get(11, BigDecimal.class),
                            e.get(12, BigDecimal.class),
                            e.get(13, Boolean.class),
                            e.get(14, String.class)));
        }
        return refs;
    }
}
