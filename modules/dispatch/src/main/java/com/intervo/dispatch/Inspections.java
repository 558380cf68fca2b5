package com.intervo.dispatch;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.SiteRef;
import com.intervo.dispatch.domain.InspectionSchedule;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic inspections: the equipment whose inspection is due (its last one plus the interval), and the
 * inspection ticket the dispatcher opens for it at the desk.
 */
@Service
@Transactional(readOnly = true)
public class Inspections {

    private final InspectionSchedule schedule;
    private final EquipmentService equipment;
    private final CustomerService customers;
    private final Messages messages;
    private final TicketDesk desk;
    private final Clock clock;
    private final DispatchWorkspace workspace;
    private final int inspectionMonths;

    Inspections(
            InspectionSchedule schedule,
            EquipmentService equipment,
            CustomerService customers,
            Messages messages,
            TicketDesk desk,
            Optional<Clock> clock,
            DispatchWorkspace workspace,
            @Value("${intervo.dispatch.inspection-interval-months:12}") int inspectionMonths) {
        this.schedule = schedule;
        this.equipment = equipment;
        this.customers = customers;
        this.messages = messages;
        this.desk = desk;
        this.clock = clock.orElse(Clock.systemUTC());
        this.workspace = workspace;
        this.inspectionMonths = Math.max(1, inspectionMonths);
    }

    /** Equipment whose periodic inspection is due within {@code days} (or overdue), most overdue first. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public List<InspectionDue> inspectionsDue(int days) {
        TenantId tenant = TenantContext.require();
        LocalDate today = LocalDate.now(clock.withZone(workspace.zone(tenant)));
        List<InspectionDue> due = new ArrayList<>();
        var rows = schedule.due(inspectionMonths, today.plusDays(Math.max(0, Math.min(days, 366))), 500);
        // one read of the equipment and one of their owners for the whole list
        Map<UUID, EquipmentRef> items =
                equipment.refs(rows.stream().map(r -> r.equipmentId()).toList());
        Map<UUID, CustomerRef> owners = customers.refs(
                items.values().stream().map(EquipmentRef::customerId).toList());
        for (var row : rows) {
            EquipmentRef e = items.get(row.equipmentId());
            if (e == null) {
                continue;
            }
            Optional<CustomerRef> owner = Optional.ofNullable(owners.get(e.customerId()));
            due.add(new InspectionDue(
                    e.id(),
                    e.customerId(),
                    owner.map(CustomerRef::name).orElse(""),
                    e.displayName(),
                    e.serialNumber(),
                    e.typeName() == null || e.typeName().isEmpty() ? null : e.typeName(),
                    owner.flatMap(c -> c.site(e.siteId())).map(SiteRef::address).orElse(""),
                    row.lastInspection(),
                    row.dueDate(),
                    row.dueDate().isBefore(today)));
        }
        return due;
    }

    /** Opens the inspection ticket of a piece of equipment (its type's checklist attached), unassigned. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails openInspection(UUID equipmentId) {
        TenantId tenant = TenantContext.require();
        InspectionDue due = inspectionsDue(366).stream()
                .filter(d -> d.equipmentId().equals(equipmentId))
                .findFirst()
                .orElseThrow(() -> DomainException.conflict("dispatch.error.inspection-not-due", "equipmentId"));
        Locale locale = workspace.defaultLocale(tenant);
        String problem = messages.getTranslation(
                "dispatch.inspection.problem",
                locale,
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(due.dueDate()));
        return desk.open(
                UUID.randomUUID(),
                new TicketDraft(
                        TicketKind.INSPECTION,
                        due.customerId(),
                        null,
                        equipmentId,
                        null,
                        problem,
                        due.overdue() ? TicketPriority.HIGH : TicketPriority.NORMAL,
                        due.dueDate().isBefore(LocalDate.now(clock.withZone(workspace.zone(tenant))))
                                ? null
                                : due.dueDate(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null),
                TicketSource.INSPECTION);
    }
}
