package com.intervo.crm;

import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Customers;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.EquipmentModel;
import com.intervo.crm.domain.EquipmentModels;
import com.intervo.crm.domain.EquipmentRegistry;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.EquipmentTypes;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldFilter;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.search.CustomPlans;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The installed base: equipment of the current tenant's customers, one per serial number / unique id. */
@Service
@Transactional(readOnly = true)
public class EquipmentService {

    /** The owner type of equipment photos in the file storage. */
    public static final String PHOTO_OWNER = "EQUIPMENT";

    private final EquipmentRegistry equipment;
    private final Customers customers;
    private final EquipmentTypes types;
    private final EquipmentModels models;
    private final CrmCustomFields customFields;
    private final CustomFieldService customFieldDefinitions;
    private final EntityManager entityManager;
    private final FileStorage files;
    private final RefReads refReads;

    EquipmentService(
            EquipmentRegistry equipment,
            Customers customers,
            EquipmentTypes types,
            EquipmentModels models,
            CrmCustomFields customFields,
            CustomFieldService customFieldDefinitions,
            EntityManager entityManager,
            FileStorage files,
            RefReads refReads) {
        this.files = files;
        this.refReads = refReads;
        this.customFieldDefinitions = customFieldDefinitions;
        this.entityManager = entityManager;
        this.equipment = equipment;
        this.customers = customers;
        this.types = types;
        this.models = models;
        this.customFields = customFields;
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Equipment register(Equipment.Draft draft) {
        return register(UUID.randomUUID(), draft);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Equipment register(UUID id, Equipment.Draft draft) {
        TenantContext.require();
        if (equipment.existsById(id)) {
            throw DomainException.conflict("crm.error.id-taken", "id");
        }
        Equipment item = new Equipment(id);
        apply(item, draft);
        return save(item);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Equipment update(UUID id, long expectedVersion, Equipment.Draft draft) {
        Equipment item =
                equipment.findById(id).orElseThrow(() -> DomainException.notFound("crm.error.equipment-not-found"));
        if (item.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Equipment.class, id);
        }
        apply(item, draft);
        return save(item);
    }

    /**
     * Removes equipment registered by mistake, for admins: refused (409) while a ticket or a service sheet refers
     * to it (the database's foreign keys say so). Its photos go with it: the rows at once, the files on disk once
     * the removal is committed (a refusal keeps them).
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public void delete(UUID id, long expectedVersion) {
        Equipment item =
                equipment.findById(id).orElseThrow(() -> DomainException.notFound("crm.error.equipment-not-found"));
        if (item.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Equipment.class, id);
        }
        try {
            equipment.delete(item);
            equipment.flush();
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("crm.error.equipment-in-use", "id", item.getSerialNumber());
        }
        files.deleteAllOf(PHOTO_OWNER, id);
    }

    private Equipment save(Equipment item) {
        try {
            return equipment.saveAndFlush(item);
        } catch (DataIntegrityViolationException e) {
            // a concurrent registration of the same serial number got there first
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("equipment_serial_uq")) {
                throw DomainException.conflict("crm.error.duplicate-serial", "serialNumber", item.getSerialNumber());
            }
            throw e;
        }
    }

    private void apply(Equipment item, Equipment.Draft d) {
        String serial = CrmRules.required(d.serialNumber(), "serialNumber", 100);
        CrmRules.maxLength(d.name(), "name", 300);
        CrmRules.maxLength(d.notes(), "notes", 4000);
        CrmRules.coordinates(d.latitude(), d.longitude());
        if (d.installDate() != null
                && d.warrantyUntil() != null
                && d.warrantyUntil().isBefore(d.installDate())) {
            throw DomainException.invalid("crm.error.warranty-before-install", "warrantyUntil");
        }
        equipment
                .findBySerial(serial.strip())
                .filter(other -> !other.getId().equals(item.getId()))
                .ifPresent(other -> {
                    throw DomainException.conflict("crm.error.duplicate-serial", "serialNumber", serial.strip());
                });
        if (d.customerId() == null) {
            throw DomainException.invalid("crm.error.required", "customerId");
        }
        Customer customer = customers
                .findById(d.customerId())
                .orElseThrow(() -> DomainException.invalid("crm.error.customer-not-found", "customerId"));
        Site site = null;
        if (d.siteId() != null) {
            site = customer.getSites().stream()
                    .filter(s -> s.getId().equals(d.siteId()))
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("crm.error.site-not-of-customer", "siteId"));
        }
        EquipmentModel model = d.modelId() == null
                ? null
                : models.findById(d.modelId())
                        .orElseThrow(() -> DomainException.invalid("crm.error.model-not-found", "modelId"));
        EquipmentType type = d.typeId() == null
                ? null
                : types.findById(d.typeId())
                        .orElseThrow(() -> DomainException.invalid("crm.error.type-not-found", "typeId"));
        if (model != null && type == null) {
            type = model.getType();
        }
        if (model != null && !model.getType().getId().equals(type.getId())) {
            throw DomainException.invalid("crm.error.model-of-other-type", "modelId");
        }
        item.update(
                customer,
                site,
                type,
                model,
                d,
                customFields.equipment(type == null ? null : type.getId(), d.customFields()));
    }

    @PermitAll
    public Optional<Equipment> find(UUID id) {
        return equipment.findById(id);
    }

    @PermitAll
    public Optional<Equipment> findBySerial(String serial) {
        return serial == null || serial.isBlank() ? Optional.empty() : equipment.findBySerial(serial.strip());
    }

    /** The equipment as other modules see it. */
    @PermitAll
    public Optional<EquipmentRef> ref(UUID id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(refReads.equipment(Set.of(id)).get(id));
    }

    /** Several pieces at once (a list asks once); unknown ids are left out. */
    @PermitAll
    public Map<UUID, EquipmentRef> refs(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return refReads.equipment(wanted);
    }

    /** {@link #findBySerial} as a record. */
    @PermitAll
    public Optional<EquipmentRef> refBySerial(String serial) {
        return findBySerial(serial).map(EquipmentRef::of);
    }

    /** {@link #ofCustomer} as records. */
    @PermitAll
    public List<EquipmentRef> refsOfCustomer(UUID customerId) {
        return ofCustomer(customerId).stream().map(EquipmentRef::of).toList();
    }

    /** The ids of equipment whose serial number contains the text (case-insensitive), for text filters. */
    @PermitAll
    public Set<UUID> idsWithSerial(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(equipment.idsWithSerial("%" + CrmRules.likeTerm(text) + "%"));
    }

    @PermitAll
    public List<Equipment> ofCustomer(UUID customerId) {
        return equipment.findByCustomer(customerId);
    }

    @PermitAll
    public List<Equipment> search(String query, int offset, int limit) {
        OffsetLimit page = new OffsetLimit(offset, limit);
        if (query == null || query.isBlank()) {
            return equipment.page(page);
        }
        return CustomPlans.around(entityManager, () -> equipment.search(CrmRules.likeTerm(query), page));
    }

    @PermitAll
    public long count(String query) {
        if (query == null || query.isBlank()) {
            return equipment.count();
        }
        return CustomPlans.around(entityManager, () -> equipment.countSearch(CrmRules.likeTerm(query)));
    }

    /** A list filter: text, equipment type and one custom field value, all optional. */
    public record Filter(String query, UUID typeId, CustomFieldFilter customField) {}

    @PermitAll
    @SuppressWarnings("unchecked")
    public List<Equipment> search(Filter filter, int offset, int limit) {
        Where where = where(filter);
        var query = entityManager.createNativeQuery(
                "select e.* from equipment e where " + where.sql + " order by e.serial_number, e.id limit ? offset ?",
                Equipment.class);
        int i = bind(query, where.params);
        query.setParameter(i++, Math.max(limit, 1));
        query.setParameter(i, Math.max(offset, 0));
        return where.byText() ? CustomPlans.around(entityManager, query::getResultList) : query.getResultList();
    }

    @PermitAll
    public long count(Filter filter) {
        Where where = where(filter);
        var query = entityManager.createNativeQuery("select count(*) from equipment e where " + where.sql);
        bind(query, where.params);
        Object count =
                where.byText() ? CustomPlans.around(entityManager, query::getSingleResult) : query.getSingleResult();
        return ((Number) count).longValue();
    }

    /** {@code byText}: a text search, planned for its text ({@link CustomPlans}). */
    private record Where(String sql, List<Object> params, boolean byText) {}

    private Where where(Filter filter) {
        StringBuilder sql = new StringBuilder("true");
        List<Object> params = new java.util.ArrayList<>();
        if (filter.query() != null && !filter.query().isBlank()) {
            sql.append(" and e.search_text like '%' || ? || '%'");
            params.add(CrmRules.likeTerm(filter.query()));
        }
        if (filter.typeId() != null) {
            sql.append(" and e.equipment_type_id = ?");
            params.add(filter.typeId());
        }
        if (filter.customField() != null) {
            CustomFieldDefinition definition =
                    customFieldDefinitions.definitions(CustomizableEntity.EQUIPMENT, filter.typeId()).stream()
                            .filter(d -> d.key().equals(filter.customField().key()))
                            .findFirst()
                            .orElseThrow(
                                    () -> DomainException.invalid("crm.error.unknown-custom-field", "customField"));
            CustomFieldFilter.SqlPredicate predicate =
                    filter.customField().toJsonbPredicate("e.custom_fields", definition);
            sql.append(" and (").append(predicate.sql()).append(')');
            params.addAll(predicate.params());
        }
        return new Where(
                sql.toString(),
                params,
                filter.query() != null && !filter.query().isBlank());
    }

    private static int bind(jakarta.persistence.Query query, List<Object> params) {
        int i = 1;
        for (Object param : params) {
            query.setParameter(i++, param);
        }
        return i;
    }
}
