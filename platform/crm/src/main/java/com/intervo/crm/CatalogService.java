package com.intervo.crm;

import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.Checklist;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.crm.domain.Checklists;
import com.intervo.crm.domain.EquipmentModel;
import com.intervo.crm.domain.EquipmentModels;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.EquipmentTypes;
import com.intervo.crm.domain.Manufacturer;
import com.intervo.crm.domain.Manufacturers;
import com.intervo.crm.domain.Part;
import com.intervo.crm.domain.Parts;
import com.intervo.crm.domain.Problem;
import com.intervo.crm.domain.Problems;
import com.intervo.crm.domain.ServiceItem;
import com.intervo.crm.domain.ServiceItems;
import com.intervo.kernel.errors.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's catalogs ("nomenclatoare"): equipment types, manufacturers and models, checklists, problems,
 * services and parts. Everyone reads them; only admins and catalog editors change them.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    /** A checklist is copied onto every ticket that uses it: these bound what a ticket carries. */
    public static final int MAX_CHECKLIST_POINTS = 200;

    public static final int MAX_POINT_OPTIONS = 50;

    private final EquipmentTypes types;
    private final Manufacturers manufacturers;
    private final EquipmentModels models;
    private final Checklists checklists;
    private final Problems problems;
    private final ServiceItems services;
    private final Parts parts;
    private final VatRateService vatRates;

    CatalogService(
            EquipmentTypes types,
            Manufacturers manufacturers,
            EquipmentModels models,
            Checklists checklists,
            Problems problems,
            ServiceItems services,
            Parts parts,
            VatRateService vatRates) {
        this.vatRates = vatRates;
        this.types = types;
        this.manufacturers = manufacturers;
        this.models = models;
        this.checklists = checklists;
        this.problems = problems;
        this.services = services;
        this.parts = parts;
    }

    private static final Sort BY_NAME = Sort.by("name");

    // --- equipment types

    @PermitAll
    public List<EquipmentType> equipmentTypes() {
        return types.findByActiveTrue(BY_NAME);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public EquipmentType saveEquipmentType(UUID id, String name, String description, UUID checklistId) {
        CrmRules.required(name, "name", 200);
        CrmRules.maxLength(description, "description", 2000);
        EquipmentType type = id == null ? new EquipmentType(name, description) : get(types, id);
        type.update(name, description);
        type.setChecklist(checklistId == null ? null : get(checklists, checklistId));
        return unique(() -> types.saveAndFlush(type), "crm.error.duplicate-name", "name");
    }

    // --- manufacturers and models

    @PermitAll
    public List<Manufacturer> manufacturers() {
        return manufacturers.findByActiveTrue(BY_NAME);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public Manufacturer saveManufacturer(UUID id, String name) {
        CrmRules.required(name, "name", 200);
        Manufacturer manufacturer = id == null ? new Manufacturer(name) : get(manufacturers, id);
        manufacturer.rename(name);
        return unique(() -> manufacturers.saveAndFlush(manufacturer), "crm.error.duplicate-name", "name");
    }

    @PermitAll
    public List<EquipmentModel> models() {
        return models.findByActiveTrue(Sort.by("manufacturer.name", "name"));
    }

    @PermitAll
    public List<EquipmentModel> models(UUID manufacturerId, UUID typeId) {
        return models().stream()
                .filter(m ->
                        manufacturerId == null || m.getManufacturer().getId().equals(manufacturerId))
                .filter(m -> typeId == null || m.getType().getId().equals(typeId))
                .toList();
    }

    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public EquipmentModel saveModel(UUID id, UUID manufacturerId, UUID typeId, String name) {
        CrmRules.required(name, "name", 200);
        if (manufacturerId == null) {
            throw DomainException.invalid("crm.error.required", "manufacturerId");
        }
        if (typeId == null) {
            throw DomainException.invalid("crm.error.required", "typeId");
        }
        Manufacturer manufacturer = get(manufacturers, manufacturerId);
        EquipmentType type = get(types, typeId);
        EquipmentModel model = id == null ? new EquipmentModel(manufacturer, type, name) : get(models, id);
        model.update(manufacturer, type, name);
        return unique(() -> models.saveAndFlush(model), "crm.error.duplicate-name", "name");
    }

    // --- checklists

    @PermitAll
    public List<Checklist> checklists() {
        return checklists.findByActiveTrue(BY_NAME);
    }

    /** The active checklists as other modules pick them. */
    @PermitAll
    public List<CatalogRef> checklistRefs() {
        return checklists().stream()
                .map(c -> new CatalogRef(c.getId(), c.getName()))
                .toList();
    }

    /** An active checklist with its points, as a ticket copies it; empty when unknown or no longer active. */
    @PermitAll
    public Optional<ChecklistRef> activeChecklistRef(UUID id) {
        return id == null
                ? Optional.empty()
                : checklists.findById(id).filter(Checklist::isActive).map(CatalogService::ref);
    }

    /** The active checklist an equipment type brings along, if any. */
    @PermitAll
    public Optional<ChecklistRef> checklistOfType(UUID typeId) {
        return typeId == null
                ? Optional.empty()
                : types.findById(typeId)
                        .map(EquipmentType::getChecklist)
                        .filter(Checklist::isActive)
                        .map(CatalogService::ref);
    }

    private static ChecklistRef ref(Checklist checklist) {
        return new ChecklistRef(
                checklist.getId(),
                checklist.getName(),
                checklist.getPoints().stream()
                        .map(p -> new ChecklistRef.Point(
                                p.getId(), p.getText(), p.isMandatory(), p.defects(), p.causes()))
                        .toList());
    }

    @PermitAll
    public Checklist checklist(UUID id) {
        Checklist checklist = get(checklists, id);
        checklist.getPoints().forEach(p -> p.defects().size());
        return checklist;
    }

    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public Checklist saveChecklist(UUID id, String name, List<ChecklistPoint.Draft> points) {
        CrmRules.required(name, "name", 200);
        CrmRules.atMost(points, "points", MAX_CHECKLIST_POINTS);
        int i = 0;
        for (ChecklistPoint.Draft point : points) {
            CrmRules.required(point.text(), "points[" + i + "].text", 500);
            CrmRules.atMost(point.defects(), "points[" + i + "].defects", MAX_POINT_OPTIONS);
            CrmRules.atMost(point.causes(), "points[" + i + "].causes", MAX_POINT_OPTIONS);
            for (String option : point.defects()) {
                CrmRules.required(option, "points[" + i + "].defects", 500);
            }
            for (String option : point.causes()) {
                CrmRules.required(option, "points[" + i + "].causes", 500);
            }
            i++;
        }
        Checklist checklist = id == null ? new Checklist(name) : get(checklists, id);
        checklist.rename(name);
        checklist.setPoints(points);
        return unique(() -> checklists.saveAndFlush(checklist), "crm.error.duplicate-name", "name");
    }

    // --- predefined problems

    @PermitAll
    public List<Problem> problems() {
        return problems.findByActiveTrue(BY_NAME);
    }

    /** The active predefined problems as other modules pick them. */
    @PermitAll
    public List<CatalogRef> problemRefs() {
        return problems().stream()
                .map(p -> new CatalogRef(p.getId(), p.getName()))
                .toList();
    }

    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public Problem saveProblem(UUID id, String name, UUID typeId) {
        CrmRules.required(name, "name", 300);
        EquipmentType type = typeId == null ? null : get(types, typeId);
        Problem problem = id == null ? new Problem(name, type) : get(problems, id);
        problem.update(name, type);
        return problems.saveAndFlush(problem);
    }

    // --- services (labour) and parts

    @PermitAll
    public List<ServiceItem> services() {
        return services.findByActiveTrue(BY_NAME);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public ServiceItem saveService(UUID id, CatalogItem.Draft given) {
        CatalogItem.Draft draft = withVat(given);
        validate(draft);
        ServiceItem item = id == null ? new ServiceItem(draft) : get(services, id);
        item.update(draft);
        return unique(() -> services.saveAndFlush(item), "crm.error.duplicate-code", "code");
    }

    @PermitAll
    public List<Part> parts() {
        return parts.findByActiveTrue(BY_NAME);
    }

    /** An active part with the VAT rate of {@code day}; empty when unknown or no longer active. */
    @PermitAll
    public Optional<PricedPart> activePart(UUID id, java.time.LocalDate day) {
        return id == null
                ? Optional.empty()
                : parts.findById(id)
                        .filter(Part::isActive)
                        .map(p -> new PricedPart(
                                new PartRef(
                                        p.getId(),
                                        p.getCode(),
                                        p.getName(),
                                        p.getUnit(),
                                        p.getPrice(),
                                        p.getCurrency()),
                                vatRates.rateOn(p, day)));
    }

    /** The active parts with cost, price and the VAT rate of {@code day}, by name. */
    @PermitAll
    public List<PricedItem> pricedParts(java.time.LocalDate day) {
        return parts().stream().map(p -> priced(p, PricedItem.Kind.PART, day)).toList();
    }

    /** The active services (labour) with cost, price and the VAT rate of {@code day}, by name. */
    @PermitAll
    public List<PricedItem> pricedServices(java.time.LocalDate day) {
        return services().stream()
                .map(s -> priced(s, PricedItem.Kind.SERVICE, day))
                .toList();
    }

    /** Active parts by id, priced on {@code day}; unknown and inactive ids are absent. */
    @PermitAll
    public java.util.Map<UUID, PricedItem> pricedParts(java.util.Collection<UUID> ids, java.time.LocalDate day) {
        java.util.Map<UUID, PricedItem> found = new java.util.LinkedHashMap<>();
        parts.findAllById(ids).stream()
                .filter(Part::isActive)
                .forEach(p -> found.put(p.getId(), priced(p, PricedItem.Kind.PART, day)));
        return found;
    }

    /** Active services by id, priced on {@code day}; unknown and inactive ids are absent. */
    @PermitAll
    public java.util.Map<UUID, PricedItem> pricedServices(java.util.Collection<UUID> ids, java.time.LocalDate day) {
        java.util.Map<UUID, PricedItem> found = new java.util.LinkedHashMap<>();
        services.findAllById(ids).stream()
                .filter(ServiceItem::isActive)
                .forEach(s -> found.put(s.getId(), priced(s, PricedItem.Kind.SERVICE, day)));
        return found;
    }

    private PricedItem priced(CatalogItem item, PricedItem.Kind kind, java.time.LocalDate day) {
        return new PricedItem(
                item.getId(),
                kind,
                item.getCode(),
                item.getName(),
                item.getUnit(),
                item.getCost(),
                item.getPrice(),
                item.getCurrency(),
                vatRates.rateOn(item, day));
    }

    /** The active predefined problems of an equipment type and those of no type, by name. */
    @PermitAll
    public List<CatalogRef> problemRefs(UUID typeId) {
        return problems().stream()
                .filter(p -> p.getType() == null || p.getType().getId().equals(typeId))
                .map(p -> new CatalogRef(p.getId(), p.getName()))
                .toList();
    }

    /** The active parts as other modules offer them. */
    @PermitAll
    public List<PartRef> partRefs() {
        return parts().stream()
                .map(p -> new PartRef(p.getId(), p.getCode(), p.getName(), p.getUnit(), p.getPrice(), p.getCurrency()))
                .toList();
    }

    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public Part savePart(UUID id, CatalogItem.Draft given) {
        CatalogItem.Draft draft = withVat(given);
        validate(draft);
        Part item = id == null ? new Part(draft) : get(parts, id);
        item.update(draft);
        return unique(() -> parts.saveAndFlush(item), "crm.error.duplicate-code", "code");
    }

    /** Takes an entry out of the pick lists; history that points at it stays. */
    @Transactional
    @RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
    public void deactivate(CatalogKind kind, UUID id) {
        switch (kind) {
            case EQUIPMENT_TYPE -> get(types, id).setActive(false);
            case MANUFACTURER -> get(manufacturers, id).setActive(false);
            case MODEL -> get(models, id).setActive(false);
            case CHECKLIST -> get(checklists, id).setActive(false);
            case PROBLEM -> get(problems, id).setActive(false);
            case SERVICE -> get(services, id).setActive(false);
            case PART -> get(parts, id).setActive(false);
        }
    }

    public enum CatalogKind {
        EQUIPMENT_TYPE,
        MANUFACTURER,
        MODEL,
        CHECKLIST,
        PROBLEM,
        SERVICE,
        PART
    }

    /** With a VAT category, the category must have rates; the entry's rate is then the category's of today. */
    private CatalogItem.Draft withVat(CatalogItem.Draft d) {
        if (d.vatCategory() == null || d.vatCategory().isBlank()) {
            return d;
        }
        if (!vatRates.exists(d.vatCategory())) {
            throw DomainException.invalid("crm.error.vat-category-unknown", "vatCategory");
        }
        BigDecimal today = vatRates.rateAt(d.vatCategory(), vatRates.today())
                .orElse(d.vatRate() == null ? BigDecimal.ZERO : d.vatRate());
        return new CatalogItem.Draft(
                d.code(), d.name(), d.unit(), d.cost(), d.price(), d.currency(), today, d.vatCategory());
    }

    private static void validate(CatalogItem.Draft d) {
        CrmRules.required(d.code(), "code", 50);
        CrmRules.required(d.name(), "name", 300);
        CrmRules.required(d.unit(), "unit", 20);
        CrmRules.money(d.cost(), "cost");
        CrmRules.money(d.price(), "price");
        CrmRules.currency(d.currency());
        CrmRules.vatRate(d.vatRate());
    }

    private static <T> T get(JpaRepository<T, UUID> repository, UUID id) {
        return repository.findById(id).orElseThrow(() -> DomainException.notFound("crm.error.catalog-not-found"));
    }

    private static <T> T unique(Supplier<T> save, String messageKey, String field) {
        try {
            return save.get();
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict(messageKey, field);
        }
    }
}
