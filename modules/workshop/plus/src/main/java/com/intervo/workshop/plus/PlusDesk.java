package com.intervo.workshop.plus;

import com.intervo.crm.CatalogRef;
import com.intervo.crm.CatalogService;
import com.intervo.crm.ChecklistRef;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.PricedItem;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.workshop.Intake;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetIntake;
import com.intervo.workshop.SheetStages;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's Plus intake: Simple's intake with the equipment type, the common problems ticked, the services ordered,
 * the initial findings and the warranty, in one transaction. The Plus rows are written first so the intake protocol,
 * rendered by Simple's intake, prints them. With an evaluation the sheet goes to "evaluation" with the type's
 * checklist copied onto it; without, a draft quote of the ordered services waits for the desk.
 */
@Service
public class PlusDesk {

    static final int MAX_PROBLEMS = 50;
    static final int MAX_SERVICES = 50;

    private final JdbcClient jdbc;
    private final PlusGuard guard;
    private final SheetIntake intake;
    private final SheetStages stages;
    private final CatalogService catalog;
    private final EquipmentService equipment;
    private final WorkspaceClock workspace;
    private final PlusSettingsService settings;
    private final Quotes quotes;
    private final PlusSheets sheets;
    private final Messages messages;

    PlusDesk(
            JdbcTemplate jdbc,
            PlusGuard guard,
            SheetIntake intake,
            SheetStages stages,
            CatalogService catalog,
            EquipmentService equipment,
            WorkspaceClock workspace,
            PlusSettingsService settings,
            Quotes quotes,
            PlusSheets sheets,
            Messages messages) {
        this.messages = messages;
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
        this.intake = intake;
        this.stages = stages;
        this.catalog = catalog;
        this.equipment = equipment;
        this.workspace = workspace;
        this.settings = settings;
        this.quotes = quotes;
        this.sheets = sheets;
    }

    /** What an intake answers: Simple's sheet and its Plus data. */
    public record Taken(SheetDetails sheet, PlusSheet plus) {}

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public Taken intake(PlusIntake in) {
        guard.licensed();
        if (in.sheet() == null) {
            throw DomainException.invalid("workshopplus.error.required", "sheet");
        }
        Intake given = in.sheet();
        UUID id = given.id() == null ? UUID.randomUUID() : given.id();
        UUID typeId = typeOf(given);
        List<CatalogRef> problems = problems(in.problemIds(), typeId);
        Map<UUID, PricedItem> services = services(in.services());
        String findings = PlusRules.text(in.initialFindings(), "initialFindings", 4000);
        String claim = PlusRules.text(in.warrantyClaim(), "warrantyClaim", 100);
        java.time.LocalDate warrantyUntil = null;
        if (in.warranty() == Plus.Warranty.MANUFACTURER && claim == null) {
            throw DomainException.invalid("workshopplus.error.claim-required", "warrantyClaim");
        }
        if (in.warranty() == Plus.Warranty.EQUIPMENT) {
            warrantyUntil = warrantyEnd(given);
            if (warrantyUntil == null || warrantyUntil.isBefore(workspace.today())) {
                throw DomainException.invalid("workshopplus.error.no-warranty", "warranty");
            }
        }
        boolean evaluation = in.evaluation() == null ? settings.current().evaluationByDefault() : in.evaluation();
        if (!evaluation && services.isEmpty()) {
            // without an evaluation the quote is the services ordered: there must be some
            throw DomainException.invalid("workshopplus.error.services-required", "services");
        }
        Timestamp now = Timestamp.from(guard.clock().instant());
        String actor = PlusGuard.actor();
        jdbc.sql("""
                        insert into plus_sheet (sheet_id, version, created_at, created_by, updated_at, updated_by,
                               equipment_type_id, stage, evaluation_required, initial_findings, warranty,
                               warranty_claim, warranty_until, reverse_charge)
                        values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        now,
                        actor,
                        now,
                        actor,
                        typeId,
                        (evaluation ? Plus.Stage.EVALUATION : Plus.Stage.QUOTE).name(),
                        evaluation,
                        findings,
                        in.warranty().name(),
                        claim,
                        warrantyUntil,
                        in.reverseCharge())
                .update();
        int position = 0;
        for (CatalogRef problem : problems) {
            jdbc.sql("insert into plus_intake_problem (sheet_id, problem_id, position, name) values (?, ?, ?, ?)")
                    .params(id, problem.id(), position++, problem.name())
                    .update();
        }
        position = 0;
        for (PlusIntake.ServiceOrder order : in.services()) {
            jdbc.sql("""
                            insert into plus_ordered_service (sheet_id, service_item_id, position, quantity)
                            values (?, ?, ?, ?)""")
                    .params(id, order.serviceId(), position++, order.quantity())
                    .update();
        }
        if (evaluation) {
            copyChecklist(id, typeId);
        }
        SheetDetails sheet = intake.intake(new Intake(
                id,
                given.customerId(),
                given.newCustomer(),
                given.equipmentId(),
                given.newEquipment(),
                given.problem(),
                given.accessories(),
                given.visibleCondition(),
                given.estimatedCost(),
                given.promisedDate(),
                given.customFields(),
                given.technicianId(),
                given.emailProtocol()));
        if (evaluation) {
            sheet = stages.move(id, Plus.STATUS_EVALUATION, null);
        } else {
            quotes.draftFromIntake(id);
        }
        return new Taken(sheet, sheets.get(id));
    }

    private UUID typeOf(Intake given) {
        UUID typeId;
        if (given.newEquipment() != null) {
            typeId = given.newEquipment().typeId();
        } else if (given.equipmentId() != null) {
            typeId =
                    equipment.ref(given.equipmentId()).map(EquipmentRef::typeId).orElse(null);
        } else {
            typeId = null;
        }
        if (typeId == null) {
            throw DomainException.invalid("workshopplus.error.type-required", "equipmentTypeId");
        }
        return typeId;
    }

    private java.time.LocalDate warrantyEnd(Intake given) {
        if (given.newEquipment() != null) {
            return given.newEquipment().warrantyUntil();
        }
        return given.equipmentId() == null
                ? null
                : equipment
                        .ref(given.equipmentId())
                        .map(EquipmentRef::warrantyUntil)
                        .orElse(null);
    }

    private List<CatalogRef> problems(List<UUID> ids, UUID typeId) {
        if (ids.size() > MAX_PROBLEMS) {
            throw DomainException.invalid("workshopplus.error.too-many", "problemIds", MAX_PROBLEMS);
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw DomainException.invalid("workshopplus.error.duplicate", "problemIds");
        }
        Map<UUID, CatalogRef> offered = new java.util.HashMap<>();
        catalog.problemRefs(typeId).forEach(p -> offered.put(p.id(), p));
        return ids.stream()
                .map(pid -> {
                    CatalogRef p = pid == null ? null : offered.get(pid);
                    if (p == null) {
                        throw DomainException.invalid("workshopplus.error.problem-unknown", "problemIds");
                    }
                    return p;
                })
                .toList();
    }

    private Map<UUID, PricedItem> services(List<PlusIntake.ServiceOrder> orders) {
        if (orders.size() > MAX_SERVICES) {
            throw DomainException.invalid("workshopplus.error.too-many", "services", MAX_SERVICES);
        }
        Set<UUID> ids = new HashSet<>();
        int i = 0;
        for (PlusIntake.ServiceOrder order : orders) {
            String field = "services[" + i++ + "]";
            if (order == null || order.serviceId() == null) {
                throw DomainException.invalid("workshopplus.error.required", field + ".serviceId");
            }
            PlusRules.quantity(order.quantity(), field + ".quantity");
            if (!ids.add(order.serviceId())) {
                throw DomainException.invalid("workshopplus.error.duplicate", field + ".serviceId");
            }
        }
        Map<UUID, PricedItem> found = catalog.pricedServices(ids, workspace.today());
        i = 0;
        for (PlusIntake.ServiceOrder order : orders) {
            if (!found.containsKey(order.serviceId())) {
                throw DomainException.invalid("workshopplus.error.service-unknown", "services[" + i + "].serviceId");
            }
            i++;
        }
        return found;
    }

    /** The equipment type's checklist, copied point by point with its predefined defects and causes named. */
    private void copyChecklist(UUID sheetId, UUID typeId) {
        ChecklistRef checklist = catalog.checklistOfType(typeId).orElse(null);
        if (checklist == null || checklist.points().isEmpty()) {
            // a type without a checklist is evaluated on one general point
            jdbc.sql("""
                            insert into plus_evaluation_point (id, version, sheet_id, point_id, position, text, mandatory)
                            values (?, 0, ?, null, 0, ?, false)""")
                    .params(
                            UUID.randomUUID(),
                            sheetId,
                            messages.getTranslation(PlusRules.GENERAL_POINT, LocaleContextHolder.getLocale()))
                    .update();
            return;
        }
        int position = 0;
        for (ChecklistRef.Point point : checklist.points()) {
            jdbc.sql("""
                            insert into plus_evaluation_point (id, version, sheet_id, point_id, position, text, mandatory)
                            values (?, 0, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), sheetId, point.id(), position++, point.text(), point.mandatory())
                    .update();
        }
    }
}
