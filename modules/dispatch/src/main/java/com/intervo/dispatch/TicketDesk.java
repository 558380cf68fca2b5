package com.intervo.dispatch;

import static com.intervo.dispatch.TicketInput.MAX_REASON;
import static com.intervo.dispatch.TicketInput.MAX_TEXT;
import static com.intervo.dispatch.TicketInput.optionalText;
import static com.intervo.dispatch.TicketInput.reason;
import static com.intervo.dispatch.TicketInput.requiredText;

import com.intervo.crm.CatalogService;
import com.intervo.crm.ChecklistRef;
import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.SiteRef;
import com.intervo.dispatch.TicketGuard.Actor;
import com.intervo.dispatch.domain.Technicians;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketChecklistItem;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.company.Numbering;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's desk: opens tickets (from a phone call, usually), changes and reschedules them, assigns,
 * unassigns and cancels them, and tells the customer of a delay. Dispatchers and admins only (a technician may
 * also report a delay on his own ticket). A stale version is refused with the ticket as it is now.
 */
@Service
@Transactional(readOnly = true)
public class TicketDesk {

    private final Tickets tickets;
    private final Technicians technicians;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final CatalogService catalogs;
    private final Zones zones;
    private final Numbering numbering;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TicketGuard guard;
    private final TicketJournal journal;
    private final DispatchWorkspace workspace;

    TicketDesk(
            Tickets tickets,
            Technicians technicians,
            CustomerService customers,
            EquipmentService equipment,
            CatalogService catalogs,
            Zones zones,
            Numbering numbering,
            ApplicationEventPublisher events,
            Optional<Clock> clock,
            TicketGuard guard,
            TicketJournal journal,
            DispatchWorkspace workspace) {
        this.tickets = tickets;
        this.technicians = technicians;
        this.customers = customers;
        this.equipment = equipment;
        this.catalogs = catalogs;
        this.zones = zones;
        this.numbering = numbering;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.guard = guard;
        this.journal = journal;
        this.workspace = workspace;
    }

    /** Opens a ticket (from a phone call, usually), unassigned or assigned at once. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails open(TicketDraft draft) {
        return open(UUID.randomUUID(), draft, TicketSource.PHONE);
    }

    /** Opens a ticket with an id chosen by the caller (an integration or the app creating it offline). */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails open(UUID id, TicketDraft draft, TicketSource source) {
        TenantId tenant = TenantContext.require();
        Actor actor = TicketGuard.actor();
        if (id == null || tickets.existsById(id)) {
            throw DomainException.conflict("dispatch.error.id-taken", "id");
        }
        Described d = validate(draft);
        Ticket ticket = new Ticket(
                id, numbering.next("TICKET", workspace.zone(tenant)), source == null ? TicketSource.PHONE : source);
        ticket.describe(
                d.kind,
                d.customer.id(),
                d.site == null ? null : d.site.id(),
                d.equipment == null ? null : d.equipment.id(),
                d.zoneId,
                draft.problem(),
                d.priority,
                draft.desiredDate(),
                draft.scheduledAt(),
                draft.plannedMinutes(),
                draft.contactName(),
                draft.contactPhone());
        attachChecklist(ticket, draft, d.equipment);
        tickets.saveAndFlush(ticket);
        journal.log(ticket, actor, ActionType.OPENED, FieldContext.none(), null);
        if (draft.technicianId() != null) {
            assignTo(ticket, actor, draft.technicianId());
        }
        return journal.done(ticket);
    }

    /**
     * Changes what the dispatcher typed, the schedule included (reschedule): not the checklist once answered, not
     * the technician; only while the ticket is open, and only from the version the dispatcher saw.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails edit(UUID id, long version, TicketDraft draft) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.checkVersion(ticket, version);
        if (!ticket.getStage().isOpen()) {
            // a finished or cancelled ticket is a record of what happened
            throw DomainException.conflict("dispatch.error.edit-closed", "stage");
        }
        Described d = validate(draft);
        ticket.describe(
                d.kind,
                d.customer.id(),
                d.site == null ? null : d.site.id(),
                d.equipment == null ? null : d.equipment.id(),
                d.zoneId,
                draft.problem(),
                d.priority,
                draft.desiredDate(),
                draft.scheduledAt(),
                draft.plannedMinutes(),
                draft.contactName(),
                draft.contactPhone());
        boolean answered = ticket.getChecklist().stream().anyMatch(i -> i.getAnswer() != null);
        if (!answered && (draft.checklistId() != null || draft.withoutChecklist())) {
            attachChecklist(ticket, draft, d.equipment);
        }
        tickets.flush();
        journal.log(ticket, actor, ActionType.EDITED, FieldContext.none(), null);
        return journal.done(ticket);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails assign(UUID id, Long version, UUID technicianId) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.checkVersion(ticket, version);
        assignTo(ticket, actor, technicianId);
        return journal.done(ticket);
    }

    /** Back to the unassigned queue. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails unassign(UUID id, Long version) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.checkVersion(ticket, version);
        UUID technician = ticket.getTechnicianId();
        ticket.unassign();
        tickets.flush();
        journal.log(ticket, actor, ActionType.UNASSIGNED, FieldContext.none(), null);
        events.publishEvent(
                new TicketUnassigned(TenantContext.require(), ticket.getId(), ticket.getNumber(), technician, false));
        return journal.done(ticket);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails cancel(UUID id, Long version, String reason) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.checkVersion(ticket, version);
        String why = reason(reason);
        UUID technician = ticket.getTechnicianId();
        ticket.cancel(why);
        tickets.flush();
        journal.log(ticket, actor, ActionType.CANCELLED, FieldContext.none(), why);
        if (technician != null) {
            events.publishEvent(new TicketUnassigned(
                    TenantContext.require(), ticket.getId(), ticket.getNumber(), technician, true));
        }
        return journal.done(ticket);
    }

    /**
     * Tells the customer that the technician comes later (one click on the board, or the technician from the
     * field): records the new ETA and publishes {@link CustomerDelayNotified} for the mail outbox.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN"})
    public TicketDetails notifyDelay(UUID id, FieldContext context, Instant eta, String message) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        if (!actor.dispatches()) {
            guard.requireOwn(ticket, actor);
        }
        guard.checkVersion(ticket, context.version());
        Instant now = clock.instant();
        if (eta == null
                || eta.isBefore(now.minus(Duration.ofMinutes(5)))
                || eta.isAfter(now.plus(Duration.ofDays(60)))) {
            throw DomainException.invalid("dispatch.error.eta", "eta");
        }
        String text = optionalText(message, "message", MAX_REASON);
        ticket.delayed(eta);
        tickets.flush();
        journal.log(ticket, actor, ActionType.DELAY_NOTIFIED, context, eta + (text == null ? "" : " — " + text));
        Optional<CustomerRef> customer = customers.ref(ticket.getCustomerId());
        events.publishEvent(new CustomerDelayNotified(
                TenantContext.require(),
                ticket.getId(),
                ticket.getNumber(),
                ticket.getCustomerId(),
                customer.map(CustomerRef::name).orElse(""),
                customer.map(CustomerRef::email).orElse(null),
                workspace.language(customer),
                eta,
                text));
        return journal.done(ticket);
    }

    // --- internals

    private record Described(
            TicketKind kind,
            CustomerRef customer,
            SiteRef site,
            EquipmentRef equipment,
            UUID zoneId,
            TicketPriority priority) {}

    private Described validate(TicketDraft draft) {
        if (draft == null || draft.customerId() == null) {
            throw DomainException.invalid("dispatch.error.required", "customerId");
        }
        requiredText(draft.problem(), "problem", MAX_TEXT);
        optionalText(draft.contactName(), "contactName", 200);
        optionalText(draft.contactPhone(), "contactPhone", 50);
        CustomerRef customer = customers
                .ref(draft.customerId())
                .orElseThrow(() -> DomainException.invalid("dispatch.error.customer-not-found", "customerId"));
        EquipmentRef item = null;
        if (draft.equipmentId() != null) {
            item = equipment
                    .ref(draft.equipmentId())
                    .filter(e -> e.customerId().equals(customer.id()))
                    .orElseThrow(
                            () -> DomainException.invalid("dispatch.error.equipment-not-of-customer", "equipmentId"));
        }
        SiteRef site = null;
        UUID siteId = draft.siteId() != null ? draft.siteId() : item != null ? item.siteId() : null;
        if (siteId == null && customer.sites().size() == 1) {
            siteId = customer.sites().getFirst().id();
        }
        if (siteId != null) {
            UUID wanted = siteId;
            site = customer.site(wanted)
                    .orElseThrow(() -> DomainException.invalid("dispatch.error.site-not-of-customer", "siteId"));
        }
        if (draft.plannedMinutes() != null && (draft.plannedMinutes() < 1 || draft.plannedMinutes() > 10080)) {
            throw DomainException.invalid("dispatch.error.planned-minutes", "plannedMinutes");
        }
        UUID zoneId = draft.zoneId();
        List<Zone> active = zones.all();
        if (zoneId != null && active.stream().noneMatch(z -> z.getId().equals(draft.zoneId()))) {
            throw DomainException.invalid("dispatch.error.zone-not-found", "zoneId");
        }
        if (zoneId == null && site != null) {
            zoneId =
                    ZoneGuess.guess(active.stream().map(ZoneGuess.Candidate::of).toList(), site.city(), site.county());
        }
        return new Described(
                draft.kind() == null ? TicketKind.REPAIR : draft.kind(),
                customer,
                site,
                item,
                zoneId,
                draft.priority() == null ? TicketPriority.NORMAL : draft.priority());
    }

    private void attachChecklist(Ticket ticket, TicketDraft draft, EquipmentRef item) {
        Optional<ChecklistRef> checklist = Optional.empty();
        if (draft.checklistId() != null) {
            checklist = Optional.of(catalogs.activeChecklistRef(draft.checklistId())
                    .orElseThrow(() -> DomainException.invalid("dispatch.error.checklist-not-found", "checklistId")));
        } else if (!draft.withoutChecklist() && item != null) {
            checklist = catalogs.checklistOfType(item.typeId());
        }
        if (checklist.isEmpty()) {
            ticket.attachChecklist(null, null, List.of());
            return;
        }
        ChecklistRef c = checklist.get();
        ticket.attachChecklist(
                c.id(),
                c.name(),
                c.points().stream()
                        .map(p -> new TicketChecklistItem.Point(p.id(), p.text(), p.mandatory(), p.defects()))
                        .toList());
    }

    private void assignTo(Ticket ticket, Actor actor, UUID technicianId) {
        if (technicianId == null) {
            throw DomainException.invalid("dispatch.error.required", "technicianId");
        }
        Technicians.Row technician = technicians
                .find(technicianId)
                .orElseThrow(() -> DomainException.invalid("dispatch.error.not-a-technician", "technicianId"));
        UUID previous = ticket.getTechnicianId();
        if (technicianId.equals(previous) && ticket.getStage() != TicketStage.NEW) {
            return;
        }
        ticket.assign(technicianId, clock.instant());
        tickets.flush();
        journal.log(ticket, actor, ActionType.ASSIGNED, FieldContext.none(), technician.displayName());
        String customerName =
                customers.ref(ticket.getCustomerId()).map(CustomerRef::name).orElse("");
        events.publishEvent(new TicketAssigned(
                TenantContext.require(),
                ticket.getId(),
                ticket.getNumber(),
                technicianId,
                previous,
                customerName,
                ticket.getProblem()));
    }
}
