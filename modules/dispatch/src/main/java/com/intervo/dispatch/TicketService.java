package com.intervo.dispatch;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Checklist;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.Part;
import com.intervo.crm.domain.Site;
import com.intervo.dispatch.domain.InspectionSchedule;
import com.intervo.dispatch.domain.Technicians;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketAction;
import com.intervo.dispatch.domain.TicketActions;
import com.intervo.dispatch.domain.TicketChecklistItem;
import com.intervo.dispatch.domain.TicketFinding;
import com.intervo.dispatch.domain.TicketPart;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.dispatch.live.LiveUpdates;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.company.Numbering;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StagedFile;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field-service tickets of the current tenant: the dispatcher opens and assigns them, the technician works them
 * (each action logged with time, place and who), the manager approves the work. Owns the transactions and the
 * authorization: dispatchers open, assign and cancel; a technician acts only on their own tickets; managers
 * correct and approve; admins may do everything. A stale version is refused with the ticket as it is now.
 */
@Service
@Transactional(readOnly = true)
public class TicketService {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 1000;
    /** Part lines, and findings, per ticket. */
    static final int MAX_LINES = 200;
    static final Duration RECENT = Duration.ofDays(30);

    private final Tickets tickets;
    private final TicketActions actions;
    private final Technicians technicians;
    private final TicketViews views;
    private final WorkReports reports;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final CatalogService catalogs;
    private final Zones zones;
    private final Numbering numbering;
    private final FileStorage files;
    private final TenantDirectory tenants;
    private final LiveUpdates live;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final InspectionSchedule schedule;
    private final Messages messages;
    private final DispatchSettings settings;
    private final com.intervo.crm.VatRateService vatRates;
    private final int inspectionMonths;
    private final java.time.LocalTime workStart;
    private final java.time.LocalTime workEnd;
    private final TransactionTemplate transactions;

    TicketService(Tickets tickets, TicketActions actions, Technicians technicians, TicketViews views,
                  WorkReports reports, CustomerService customers, EquipmentService equipment,
                  CatalogService catalogs, Zones zones, Numbering numbering, FileStorage files,
                  TenantDirectory tenants, LiveUpdates live, ApplicationEventPublisher events,
                  EntityManager entityManager, Optional<Clock> clock, InspectionSchedule schedule, Messages messages,
                  DispatchSettings settings, com.intervo.crm.VatRateService vatRates,
                  @Value("${intervo.dispatch.inspection-interval-months:12}") int inspectionMonths,
                  @Value("${intervo.dispatch.work-day-start:08:00}") java.time.LocalTime workStart,
                  @Value("${intervo.dispatch.work-day-end:17:00}") java.time.LocalTime workEnd,
                  TransactionTemplate transactions) {
        this.transactions = transactions;
        this.workStart = workStart;
        this.workEnd = workEnd.isAfter(workStart) ? workEnd : workStart.plusHours(8);
        this.schedule = schedule;
        this.messages = messages;
        this.settings = settings;
        this.vatRates = vatRates;
        this.inspectionMonths = Math.max(1, inspectionMonths);
        this.tickets = tickets;
        this.actions = actions;
        this.technicians = technicians;
        this.views = views;
        this.reports = reports;
        this.customers = customers;
        this.equipment = equipment;
        this.catalogs = catalogs;
        this.zones = zones;
        this.numbering = numbering;
        this.files = files;
        this.tenants = tenants;
        this.live = live;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // --- the dispatcher

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
        Actor actor = actor();
        if (id == null || tickets.existsById(id)) {
            throw DomainException.conflict("dispatch.error.id-taken", "id");
        }
        Described d = validate(draft);
        Ticket ticket = new Ticket(id, numbering.next("TICKET", zone(tenant)),
                source == null ? TicketSource.PHONE : source);
        ticket.describe(d.kind, d.customer.getId(), d.site == null ? null : d.site.getId(),
                d.equipment == null ? null : d.equipment.getId(), d.zoneId, draft.problem(), d.priority,
                draft.desiredDate(), draft.scheduledAt(), draft.plannedMinutes(), draft.contactName(),
                draft.contactPhone());
        attachChecklist(ticket, draft, d.equipment);
        tickets.saveAndFlush(ticket);
        log(ticket, actor, ActionType.OPENED, FieldContext.none(), null);
        if (draft.technicianId() != null) {
            assignTo(ticket, actor, draft.technicianId());
        }
        return done(ticket);
    }

    /**
     * Changes what the dispatcher typed, the schedule included (reschedule): not the checklist once answered, not
     * the technician; only while the ticket is open, and only from the version the dispatcher saw.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails edit(UUID id, long version, TicketDraft draft) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        checkVersion(ticket, version);
        if (!ticket.getStage().isOpen()) {
            // a finished or cancelled ticket is a record of what happened
            throw DomainException.conflict("dispatch.error.edit-closed", "stage");
        }
        Described d = validate(draft);
        ticket.describe(d.kind, d.customer.getId(), d.site == null ? null : d.site.getId(),
                d.equipment == null ? null : d.equipment.getId(), d.zoneId, draft.problem(), d.priority,
                draft.desiredDate(), draft.scheduledAt(), draft.plannedMinutes(), draft.contactName(),
                draft.contactPhone());
        boolean answered = ticket.getChecklist().stream().anyMatch(i -> i.getAnswer() != null);
        if (!answered && (draft.checklistId() != null || draft.withoutChecklist())) {
            attachChecklist(ticket, draft, d.equipment);
        }
        tickets.flush();
        log(ticket, actor, ActionType.EDITED, FieldContext.none(), null);
        return done(ticket);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails assign(UUID id, Long version, UUID technicianId) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        checkVersion(ticket, version);
        assignTo(ticket, actor, technicianId);
        return done(ticket);
    }

    /** Back to the unassigned queue. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails unassign(UUID id, Long version) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        checkVersion(ticket, version);
        UUID technician = ticket.getTechnicianId();
        ticket.unassign();
        tickets.flush();
        log(ticket, actor, ActionType.UNASSIGNED, FieldContext.none(), null);
        events.publishEvent(new TicketUnassigned(TenantContext.require(), ticket.getId(), ticket.getNumber(),
                technician, false));
        return done(ticket);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails cancel(UUID id, Long version, String reason) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        checkVersion(ticket, version);
        String why = reason(reason);
        UUID technician = ticket.getTechnicianId();
        ticket.cancel(why);
        tickets.flush();
        log(ticket, actor, ActionType.CANCELLED, FieldContext.none(), why);
        if (technician != null) {
            events.publishEvent(new TicketUnassigned(TenantContext.require(), ticket.getId(), ticket.getNumber(),
                    technician, true));
        }
        return done(ticket);
    }

    /**
     * Tells the customer that the technician comes later (one click on the board, or the technician from the
     * field): records the new ETA and publishes {@link CustomerDelayNotified} for the mail outbox.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN"})
    public TicketDetails notifyDelay(UUID id, FieldContext context, Instant eta, String message) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        if (!actor.dispatches()) {
            requireOwn(ticket, actor);
        }
        checkVersion(ticket, context.version());
        Instant now = clock.instant();
        if (eta == null || eta.isBefore(now.minus(Duration.ofMinutes(5))) || eta.isAfter(now.plus(Duration.ofDays(60)))) {
            throw DomainException.invalid("dispatch.error.eta", "eta");
        }
        String text = optionalText(message, "message", MAX_REASON);
        ticket.delayed(eta);
        tickets.flush();
        log(ticket, actor, ActionType.DELAY_NOTIFIED, context, eta + (text == null ? "" : " — " + text));
        Optional<Customer> customer = customers.find(ticket.getCustomerId());
        events.publishEvent(new CustomerDelayNotified(TenantContext.require(), ticket.getId(), ticket.getNumber(),
                ticket.getCustomerId(), customer.map(Customer::getName).orElse(""),
                customer.map(Customer::getEmail).orElse(null), language(customer), eta, text));
        return done(ticket);
    }

    // --- the technician

    /** Accept ("preluare"). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails accept(UUID id, FieldContext context) {
        return technicianStep(id, context, ActionType.ACCEPTED, null, t -> t.accept(clock.instant()));
    }

    /** Takes an unassigned ticket of the queue: assigned to oneself and accepted. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails take(UUID id, FieldContext context) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireVersion(ticket, context);
        if (ticket.getStage() != TicketStage.NEW) {
            throw DomainException.conflict("dispatch.error.already-taken", "stage");
        }
        requireInQueue(ticket, actor);
        ticket.assign(actor.id(), clock.instant());
        ticket.accept(clock.instant());
        tickets.flush();
        log(ticket, actor, ActionType.TAKEN, context, null);
        return done(ticket);
    }

    /** Declines with a reason: back to the dispatcher's unassigned queue, the reason shown there. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails decline(UUID id, FieldContext context, String reason) {
        String why = reason(reason);
        return technicianStep(id, context, ActionType.DECLINED, why, t -> t.decline(why));
    }

    /** Postpones with a reason (stage "Postponed"); also after accepting. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN"})
    public TicketDetails postpone(UUID id, FieldContext context, String reason) {
        String why = reason(reason);
        return sharedStep(id, context, ActionType.POSTPONED, why, t -> t.postpone(why));
    }

    /** Returns a postponed ticket to the stage it left. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN"})
    public TicketDetails backToWork(UUID id, FieldContext context) {
        return sharedStep(id, context, ActionType.BACK_TO_WORK, null, Ticket::backToWork);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails enRoute(UUID id, FieldContext context) {
        return technicianStep(id, context, ActionType.EN_ROUTE, null, t -> t.enRoute(clock.instant()));
    }

    /** Arrived at the customer with the GPS fix, which is kept on the ticket. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails arrived(UUID id, FieldContext context) {
        return arrived(id, context, null);
    }

    /**
     * Arrived at the customer: with the GPS fix, or without one (basements) with a reason, which flags the arrival
     * on the ticket and the board.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails arrived(UUID id, FieldContext context, String noFixReason) {
        if (context == null || !context.hasFix()) {
            if (context != null && (context.latitude() != null || context.longitude() != null)) {
                checkCoordinates(context.latitude(), context.longitude());
            }
            if (noFixReason == null || noFixReason.isBlank()) {
                throw DomainException.invalid("dispatch.error.gps-or-reason", "noFixReason");
            }
            String why = requiredText(noFixReason, "noFixReason", MAX_REASON);
            return technicianStep(id, context, ActionType.ARRIVED, why,
                    t -> t.arrived(clock.instant(), null, null, why));
        }
        checkCoordinates(context.latitude(), context.longitude());
        return technicianStep(id, context, ActionType.ARRIVED, null,
                t -> t.arrived(clock.instant(), context.latitude(), context.longitude(), null));
    }

    /** Starts the work timer on site (the time worked, when the technician does not type it at the end). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails startWork(UUID id, FieldContext context) {
        return timerStep(id, context, ActionType.WORK_STARTED, t -> t.startWork(clock.instant()), t -> null);
    }

    /** Stops the work timer; the run is added to the time worked. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails stopWork(UUID id, FieldContext context) {
        return timerStep(id, context, ActionType.WORK_STOPPED, t -> t.stopWork(clock.instant()),
                t -> t.getTimedMinutes() + " min");
    }

    /** The work timer's start or stop: a step that changed nothing (already running, not running) logs nothing. */
    private TicketDetails timerStep(UUID id, FieldContext context, ActionType type,
                                    java.util.function.Predicate<Ticket> change,
                                    java.util.function.Function<Ticket, String> detail) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireOwn(ticket, actor);
        checkVersion(ticket, context.version());
        if (!change.test(ticket)) {
            return views.details(ticket);
        }
        tickets.flush();
        log(ticket, actor, type, context, detail.apply(ticket));
        return done(ticket);
    }

    /**
     * A photo from the site; the content is checked (JPEG, PNG or WebP) and size-capped by the file storage. The
     * image is decoded and written outside any transaction (no pooled connection, no ticket lock held meanwhile),
     * then attached in a short one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails addPhoto(UUID id, FieldContext context, String fileName, byte[] content) {
        StagedFile staged = files.stage(fileName, content);
        try {
            return transactions.execute(status -> attachPhoto(id, context, staged));
        } finally {
            files.discard(staged);
        }
    }

    /** A photo already staged by {@link FileStorage#stage} outside the caller's transaction; attached in it. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails addPhoto(UUID id, FieldContext context, StagedFile staged) {
        return attachPhoto(id, context, staged);
    }

    private TicketDetails attachPhoto(UUID id, FieldContext context, StagedFile staged) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireOwn(ticket, actor);
        checkVersion(ticket, context.version());
        ticket.requireOnSite("photo");
        if (!staged.isImage()) {
            throw DomainException.invalid("dispatch.error.photo-type", "file");
        }
        StoredFile stored = files.attach(staged, TicketViews.PHOTO_OWNER, ticket.getId());
        touched(ticket);
        log(ticket, actor, ActionType.PHOTO_ADDED, context, stored.originalName());
        return done(ticket);
    }

    /** A defect found or a finding; the id is the caller's (a retried call adds nothing twice). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails addFinding(UUID id, FieldContext context, UUID findingId, TicketFinding.Kind kind,
                                    String text) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireOwn(ticket, actor);
        checkVersion(ticket, context.version());
        ticket.requireOnSite("finding");
        String clean = requiredText(text, "text", 2000);
        UUID lineId = findingId == null ? UUID.randomUUID() : findingId;
        if (ticket.getFindings().stream().anyMatch(f -> f.getId().equals(lineId))) {
            return views.details(ticket);
        }
        // the caller's id must be new: another ticket's finding is not taken over
        if (tickets.findingExists(lineId)) {
            throw DomainException.invalid("dispatch.error.line-id-taken", "id");
        }
        if (ticket.getFindings().size() >= MAX_LINES) {
            throw DomainException.invalid("dispatch.error.too-many-lines", "findings", MAX_LINES);
        }
        ticket.addFinding(new TicketFinding(lineId, ticket, kind == null ? TicketFinding.Kind.FINDING : kind, clean,
                clock.instant(), actor.name()));
        touched(ticket);
        log(ticket, actor, ActionType.FINDING_ADDED, context, clean);
        return done(ticket);
    }

    /**
     * A catalog part used: by the technician on site, by a dispatcher or manager planning the visit, or by the
     * manager correcting before approval. The price is the catalog's at this moment.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "DISPATCHER", "MANAGER"})
    public TicketDetails addPart(UUID id, FieldContext context, UUID lineId, UUID partId, BigDecimal quantity,
                                 TicketPart.Source source) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requirePartsEditable(ticket, actor);
        checkVersion(ticket, context.version());
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(BigDecimal.valueOf(100_000)) > 0
                || quantity.scale() > 4) {
            throw DomainException.invalid("dispatch.error.quantity", "quantity");
        }
        UUID line = lineId == null ? UUID.randomUUID() : lineId;
        if (ticket.getParts().stream().anyMatch(p -> p.getId().equals(line))) {
            return views.details(ticket);
        }
        if (tickets.partLineExists(line)) {
            throw DomainException.invalid("dispatch.error.line-id-taken", "lineId");
        }
        if (ticket.getParts().size() >= MAX_LINES) {
            throw DomainException.invalid("dispatch.error.too-many-lines", "parts", MAX_LINES);
        }
        Part part = catalogs.parts().stream().filter(p -> p.getId().equals(partId)).findFirst()
                .orElseThrow(() -> DomainException.invalid("dispatch.error.part-not-found", "partId"));
        // the VAT of the day the part is used (a category's rate changes by date)
        BigDecimal vatRate = vatRates.rateOn(part, vatRates.today());
        ticket.addPart(new TicketPart(line, ticket, part.getId(), part.getCode(), part.getName(), part.getUnit(),
                quantity, part.getPrice(), part.getCurrency(), vatRate,
                source == null ? TicketPart.Source.VAN : source, clock.instant(), actor.name()));
        touched(ticket);
        log(ticket, actor, ActionType.PART_ADDED, context, quantity.stripTrailingZeros().toPlainString() + " × "
                + part.getCode() + " " + part.getName());
        return done(ticket);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "DISPATCHER", "MANAGER"})
    public TicketDetails removePart(UUID id, FieldContext context, UUID lineId) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requirePartsEditable(ticket, actor);
        checkVersion(ticket, context.version());
        TicketPart line = ticket.getParts().stream().filter(p -> p.getId().equals(lineId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("dispatch.error.part-line-not-found"));
        ticket.removePart(lineId);
        touched(ticket);
        log(ticket, actor, ActionType.PART_REMOVED, context, line.getCode() + " " + line.getName());
        return done(ticket);
    }

    /** One checklist point: OK, or a problem with a predefined defect and/or a note. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails answer(UUID id, FieldContext context, UUID itemId, TicketChecklistItem.Answer answer,
                                String defect, String note) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireOwn(ticket, actor);
        checkVersion(ticket, context.version());
        ticket.requireOnSite("checklist");
        if (answer == null) {
            throw DomainException.invalid("dispatch.error.answer-required", "answer");
        }
        optionalText(note, "note", 2000);
        TicketChecklistItem item = ticket.getChecklist().stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> DomainException.invalid("dispatch.error.checklist-item-not-found", "itemId"));
        item.answer(answer, defect, note, actor.name(), clock.instant());
        touched(ticket);
        log(ticket, actor, ActionType.CHECKLIST_ANSWERED, context, item.getText() + ": " + answer
                + (item.getNote() == null ? "" : " — " + item.getNote()));
        return done(ticket);
    }

    /**
     * The customer's signature (a PNG drawn on the touch screen) with the signer's name; the PNG is decoded outside
     * any transaction, like a photo.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails sign(UUID id, FieldContext context, String signerName, byte[] png) {
        requiredText(signerName, "signerName", 200);
        StagedFile staged = files.stage("signature.png", png);
        try {
            return transactions.execute(status -> attachSignature(id, context, signerName, staged));
        } finally {
            files.discard(staged);
        }
    }

    /** A signature already staged by {@link FileStorage#stage} outside the caller's transaction; attached in it. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails sign(UUID id, FieldContext context, String signerName, StagedFile staged) {
        return attachSignature(id, context, signerName, staged);
    }

    private TicketDetails attachSignature(UUID id, FieldContext context, String signerName, StagedFile staged) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireOwn(ticket, actor);
        checkVersion(ticket, context.version());
        ticket.requireOnSite("sign");
        String signer = requiredText(signerName, "signerName", 200);
        if (!"image/png".equals(staged.mediaType())) {
            throw DomainException.invalid("dispatch.error.signature-png", "file");
        }
        StoredFile stored = files.attach(staged, TicketViews.SIGNATURE_OWNER, ticket.getId());
        UUID previous = ticket.getSignatureFileId();
        ticket.sign(signer, stored.id(), clock.instant());
        tickets.flush();
        if (previous != null) {
            files.delete(previous);
        }
        log(ticket, actor, ActionType.SIGNED, context, signer);
        return done(ticket);
    }

    /** Finishes the work with the time the timer counted (else from arrival to now). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails finish(UUID id, FieldContext context, String workDone) {
        return finish(id, context, workDone, null);
    }

    /**
     * Finishes the work: mandatory checklist points must be answered; the time worked is {@code labourMinutes} when
     * typed, else the timer's, else from arrival to now. Renders and stores the work report (tenant template,
     * customer's language) and publishes {@link WorkReportIssued}; the report goes to the customer now or after the
     * manager's approval, as the workspace chose ({@link DispatchSettings#reportSending()}).
     */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails finish(UUID id, FieldContext context, String workDone, Integer labourMinutes) {
        TenantId tenant = TenantContext.require();
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireOwn(ticket, actor);
        requireVersion(ticket, context);
        String done = optionalText(workDone, "workDone", MAX_TEXT);
        if (labourMinutes != null && (labourMinutes < 0 || labourMinutes > 100_000)) {
            throw DomainException.invalid("dispatch.error.labour", "labourMinutes");
        }
        ticket.finish(clock.instant(), done, labourMinutes);
        tickets.flush();
        log(ticket, actor, ActionType.FINISHED, context, (done == null ? "" : done + " — ")
                + ticket.getLabourMinutes() + " min");

        Optional<Customer> customer = customers.find(ticket.getCustomerId());
        String language = language(customer);
        String reportNumber = numbering.next("WORK_REPORT", zone(tenant));
        StoredFile report = renderReport(ticket, reportNumber, customer, language);
        ticket.reportIssued(reportNumber, report.id());
        tickets.flush();
        log(ticket, actor, ActionType.REPORT_ISSUED, FieldContext.none(), reportNumber);
        events.publishEvent(new WorkReportIssued(tenant, ticket.getId(), ticket.getNumber(), reportNumber,
                report.id(), ticket.getCustomerId(), customer.map(Customer::getName).orElse(""),
                customer.map(Customer::getEmail).orElse(null), language));
        if (settings.reportSending() == ReportSending.AT_FINISH) {
            releaseReport(ticket, actor, customer, language);
        }
        return done(ticket);
    }

    private StoredFile renderReport(Ticket ticket, String reportNumber, Optional<Customer> customer, String language) {
        Optional<Equipment> item = ticket.getEquipmentId() == null ? Optional.empty()
                : equipment.find(ticket.getEquipmentId());
        String technicianName = technicians.names(List.of(ticket.getTechnicianId())).get(ticket.getTechnicianId());
        byte[] pdf = reports.render(ticket, reportNumber, customer, item, technicianName,
                Locale.forLanguageTag(language), zone(TenantContext.require()));
        return files.store(TicketViews.REPORT_OWNER, ticket.getId(), reportNumber + ".pdf", pdf);
    }

    /** The work report goes to the customer (the outbox mails it when the transaction commits). */
    private void releaseReport(Ticket ticket, Actor actor, Optional<Customer> customer, String language) {
        ticket.reportReleased(clock.instant());
        tickets.flush();
        String email = customer.map(Customer::getEmail).orElse(null);
        log(ticket, actor, ActionType.REPORT_SENT, FieldContext.none(), ticket.getReportNumber()
                + (email == null ? "" : " → " + email));
        events.publishEvent(new WorkReportReleased(TenantContext.require(), ticket.getId(), ticket.getNumber(),
                ticket.getReportNumber(), ticket.getReportFileId(), ticket.getCustomerId(),
                customer.map(Customer::getName).orElse(""), email, language));
    }

    // --- the manager

    /** A correction before approval: part quantities (0 removes the line) and the hours worked. */
    public record PartCorrection(UUID lineId, BigDecimal quantity) {
    }

    @Transactional
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TicketDetails correct(UUID id, long version, List<PartCorrection> parts, Integer labourMinutes) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        checkVersion(ticket, version);
        ticket.requireAwaitingApproval("correct");
        List<String> changes = new ArrayList<>();
        for (PartCorrection correction : parts == null ? List.<PartCorrection>of() : parts) {
            TicketPart line = ticket.getParts().stream().filter(p -> p.getId().equals(correction.lineId()))
                    .findFirst().orElseThrow(() -> DomainException.invalid("dispatch.error.part-line-not-found",
                            "lineId"));
            BigDecimal quantity = correction.quantity();
            if (quantity == null || quantity.signum() < 0 || quantity.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                throw DomainException.invalid("dispatch.error.quantity", "quantity");
            }
            if (quantity.compareTo(line.getQuantity()) == 0) {
                continue;
            }
            changes.add(line.getCode() + ": " + line.getQuantity().stripTrailingZeros().toPlainString() + " → "
                    + quantity.stripTrailingZeros().toPlainString());
            if (quantity.signum() == 0) {
                ticket.removePart(line.getId());
            } else {
                line.correctQuantity(quantity);
            }
        }
        if (labourMinutes != null && !labourMinutes.equals(ticket.getLabourMinutes())) {
            if (labourMinutes < 0 || labourMinutes > 100_000) {
                throw DomainException.invalid("dispatch.error.labour", "labourMinutes");
            }
            changes.add("min: " + ticket.getLabourMinutes() + " → " + labourMinutes);
            ticket.correctLabour(labourMinutes);
        }
        if (changes.isEmpty()) {
            return views.details(ticket);
        }
        touched(ticket);
        log(ticket, actor, ActionType.CORRECTED, FieldContext.none(), String.join("; ", changes));
        return done(ticket);
    }

    /** Approves parts, materials and hours: the work is ready to invoice ({@link WorkApproved}). */
    @Transactional
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TicketDetails approve(UUID id, long version, String note) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        checkVersion(ticket, version);
        String text = optionalText(note, "note", 2000);
        Instant now = clock.instant();
        ticket.approve(actor.name(), now, text);
        tickets.flush();
        log(ticket, actor, ActionType.APPROVED, FieldContext.none(), text);
        if (ticket.getReportReleasedAt() == null && ticket.getReportNumber() != null) {
            // the customer gets the approved figures: the report is made again (same number) with the corrections
            Optional<Customer> customer = customers.find(ticket.getCustomerId());
            String language = language(customer);
            UUID previous = ticket.getReportFileId();
            StoredFile report = renderReport(ticket, ticket.getReportNumber(), customer, language);
            ticket.reportIssued(ticket.getReportNumber(), report.id());
            tickets.flush();
            if (previous != null) {
                files.delete(previous);
            }
            releaseReport(ticket, actor, customer, language);
        }
        events.publishEvent(new WorkApproved(TenantContext.require(), ticket.getId(), ticket.getNumber(),
                ticket.getCustomerId(), ticket.getEquipmentId(), ticket.getParts().stream()
                .map(p -> new WorkApproved.ApprovedPart(p.getPartId(), p.getCode(), p.getName(), p.getUnit(),
                        p.getQuantity(), p.getUnitPrice(), p.getCurrency(), p.getVatRate())).toList(),
                ticket.getLabourMinutes() == null ? 0 : ticket.getLabourMinutes(), actor.name(), now));
        return done(ticket);
    }

    // --- a technician's day

    /** The technician's day: scheduled visits, tickets wanted that day, free slots of the working day. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public DayPlan dayPlan(UUID technicianId, LocalDate day) {
        TenantId tenant = TenantContext.require();
        Actor actor = actor();
        if (!actor.dispatches() && !actor.user().has(Role.MANAGER) && !actor.id().equals(technicianId)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dispatch.error.not-your-day", null);
        }
        Technicians.Row technician = technicians.find(technicianId)
                .orElseThrow(() -> DomainException.invalid("dispatch.error.not-a-technician", "technicianId"));
        ZoneId zone = zone(tenant);
        LocalDate date = day == null ? LocalDate.now(clock.withZone(zone)) : day;
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Ticket> mine = tickets.findAll((root, query, cb) -> cb.and(cb.equal(root.get("technicianId"), technicianId),
                cb.notEqual(root.get("stage"), TicketStage.CANCELLED), cb.or(
                        cb.and(cb.greaterThanOrEqualTo(root.get("scheduledAt"), start),
                                cb.lessThan(root.get("scheduledAt"), end)),
                        cb.and(cb.isNull(root.get("scheduledAt")), cb.equal(root.get("desiredDate"), date)))),
                Sort.by("scheduledAt", "createdAt"));
        TicketViews.Lookup lookup = views.lookup(mine);
        List<DayPlan.Visit> visits = new ArrayList<>();
        List<TicketSummary> unscheduled = new ArrayList<>();
        for (Ticket t : mine) {
            TicketSummary summary = views.summary(t, lookup);
            if (t.getScheduledAt() == null) {
                unscheduled.add(summary);
            } else {
                java.time.LocalDateTime from = java.time.LocalDateTime.ofInstant(t.getScheduledAt(), zone);
                java.time.LocalDateTime to = from.plusMinutes(t.getPlannedMinutes() == null ? 60 : t.getPlannedMinutes());
                visits.add(new DayPlan.Visit(from.toLocalTime(), to.toLocalDate().isAfter(date)
                        ? java.time.LocalTime.MAX.withNano(0) : to.toLocalTime(), summary));
            }
        }
        return new DayPlan(technicianId, technician.displayName(), date, workStart, workEnd, visits, unscheduled,
                DayPlan.freeSlots(workStart, workEnd, visits, 30));
    }

    // --- periodic inspections

    /** Equipment whose periodic inspection is due within {@code days} (or overdue), most overdue first. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public List<InspectionDue> inspectionsDue(int days) {
        TenantId tenant = TenantContext.require();
        LocalDate today = LocalDate.now(clock.withZone(zone(tenant)));
        List<InspectionDue> due = new ArrayList<>();
        for (var row : schedule.due(inspectionMonths, today.plusDays(Math.max(0, Math.min(days, 366))), 500)) {
            equipment.find(row.equipmentId()).ifPresent(e -> due.add(new InspectionDue(e.getId(),
                    e.getCustomer().getId(), e.getCustomer().getName(), e.displayName(), e.getSerialNumber(),
                    e.getType() == null ? null : e.getType().getName(),
                    e.getSite() == null ? "" : e.getSite().address(), row.lastInspection(), row.dueDate(),
                    row.dueDate().isBefore(today))));
        }
        return due;
    }

    /** Opens the inspection ticket of a piece of equipment (its type's checklist attached), unassigned. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER"})
    public TicketDetails openInspection(UUID equipmentId) {
        TenantId tenant = TenantContext.require();
        InspectionDue due = inspectionsDue(366).stream().filter(d -> d.equipmentId().equals(equipmentId)).findFirst()
                .orElseThrow(() -> DomainException.conflict("dispatch.error.inspection-not-due", "equipmentId"));
        Locale locale = Locale.forLanguageTag(tenants.findActive(tenant.key()).map(Tenant::getDefaultLocale)
                .filter(Objects::nonNull).orElse("en"));
        String problem = messages.getTranslation("dispatch.inspection.problem", locale,
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale).format(due.dueDate()));
        return open(UUID.randomUUID(), new TicketDraft(TicketKind.INSPECTION, due.customerId(), null, equipmentId, null,
                problem, due.overdue() ? TicketPriority.HIGH : TicketPriority.NORMAL, due.dueDate().isBefore(
                LocalDate.now(clock.withZone(zone(tenant)))) ? null : due.dueDate(), null, null, null, null, null,
                false, null), TicketSource.INSPECTION);
    }

    // --- reading

    /** One ticket: any for dispatchers, managers and admins; a technician's own, or unassigned ones of his queue. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public TicketDetails get(UUID id) {
        Actor actor = actor();
        Ticket ticket = find(id);
        requireReadable(ticket, actor);
        return views.details(ticket);
    }

    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public List<TicketActionEntry> actions(UUID id) {
        Actor actor = actor();
        requireReadable(find(id), actor);
        return actions.findByTicketIdOrderByAtAscIdAsc(id).stream().map(TicketViews::entry).toList();
    }

    /** The work report PDF of a finished ticket. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Optional<byte[]> report(UUID id) {
        Actor actor = actor();
        Ticket ticket = find(id);
        requireReadable(ticket, actor);
        return ticket.getReportFileId() == null ? Optional.empty() : Optional.of(files.read(ticket.getReportFileId()));
    }

    /** A photo (or its thumbnail) of the ticket. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public byte[] photo(UUID id, UUID fileId, boolean thumbnail) {
        Actor actor = actor();
        Ticket ticket = find(id);
        requireReadable(ticket, actor);
        boolean own = files.of(TicketViews.PHOTO_OWNER, id).stream().anyMatch(f -> f.id().equals(fileId))
                || fileId.equals(ticket.getSignatureFileId());
        if (!own) {
            throw DomainException.notFound("dispatch.error.photo-not-found");
        }
        return thumbnail ? files.thumbnail(fileId).orElseGet(() -> files.read(fileId)) : files.read(fileId);
    }

    /** Tickets for the board and lists, most urgent first. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public List<TicketSummary> board(BoardFilter filter) {
        TenantId tenant = TenantContext.require();
        Specification<Ticket> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.awaitingApproval()) {
                where.add(cb.equal(root.get("stage"), TicketStage.DONE));
                where.add(cb.isNull(root.get("approvedAt")));
            } else {
                where.add(root.get("stage").in(filter.stages().isEmpty() ? TicketStage.OPEN : filter.stages()));
            }
            if (filter.zoneId() != null) {
                where.add(cb.equal(root.get("zoneId"), filter.zoneId()));
            }
            if (filter.priority() != null) {
                where.add(cb.equal(root.get("priority"), filter.priority()));
            }
            if (filter.technicianId() != null) {
                where.add(cb.equal(root.get("technicianId"), filter.technicianId()));
            }
            if (filter.day() != null) {
                ZoneId zone = zone(tenant);
                Instant start = filter.day().atStartOfDay(zone).toInstant();
                Instant end = filter.day().plusDays(1).atStartOfDay(zone).toInstant();
                where.add(cb.or(cb.equal(root.get("desiredDate"), filter.day()),
                        cb.and(cb.greaterThanOrEqualTo(root.get("scheduledAt"), start),
                                cb.lessThan(root.get("scheduledAt"), end))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        List<Ticket> found = new ArrayList<>(tickets.findAll(spec, Sort.by("createdAt")));
        found.sort(Comparator.comparing(Ticket::getPriority).reversed()
                .thenComparing(Ticket::getDesiredDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Ticket::getCreatedAt));
        return views.summaries(found);
    }

    /** The tickets of one piece of equipment, newest first (its card's history). */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public List<TicketSummary> ofEquipment(UUID equipmentId) {
        TenantContext.require();
        return views.summaries(tickets.ofEquipment(equipmentId));
    }

    /**
     * Every technician with zones, today's load and last fix; those covering {@code zoneId} first, then the least
     * busy. The assign dialog's suggestions.
     */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public List<TechnicianLoad> technicians(UUID zoneId) {
        TenantId tenant = TenantContext.require();
        ZoneId zone = zone(tenant);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        Map<UUID, int[]> load = new HashMap<>();
        Map<UUID, List<DayPlan.Visit>> visitsToday = new HashMap<>();
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        for (Ticket t : tickets.findAll((root, query, cb) -> cb.and(root.get("stage").in(TicketStage.OPEN),
                cb.isNotNull(root.get("technicianId"))))) {
            if (t.getScheduledAt() != null && !t.getScheduledAt().isBefore(todayStart)
                    && t.getScheduledAt().isBefore(tomorrow)) {
                java.time.LocalDateTime from = java.time.LocalDateTime.ofInstant(t.getScheduledAt(), zone);
                java.time.LocalDateTime to = from.plusMinutes(t.getPlannedMinutes() == null ? 60 : t.getPlannedMinutes());
                visitsToday.computeIfAbsent(t.getTechnicianId(), k -> new ArrayList<>()).add(new DayPlan.Visit(
                        from.toLocalTime(), to.toLocalDate().isAfter(today) ? java.time.LocalTime.MAX.withNano(0)
                        : to.toLocalTime(), null));
            }
            int[] l = load.computeIfAbsent(t.getTechnicianId(), k -> new int[3]);
            l[1]++;
            boolean forToday = (t.getDesiredDate() != null && !t.getDesiredDate().isAfter(today))
                    || (t.getScheduledAt() != null && t.getScheduledAt().isBefore(tomorrow));
            if (forToday) {
                l[0]++;
                l[2] += t.getPlannedMinutes() == null ? 0 : t.getPlannedMinutes();
            }
        }
        Map<UUID, Technicians.Position> positions = new HashMap<>();
        technicians.positions().forEach(p -> positions.put(p.userId(), p));
        return technicians.all().stream().map(r -> {
            int[] l = load.getOrDefault(r.id(), new int[3]);
            Technicians.Position p = positions.get(r.id());
            return new TechnicianLoad(r.id(), r.displayName(), r.zoneIds(), r.zoneNames(),
                    zoneId != null && r.zoneIds().contains(zoneId), l[0], l[1], l[2],
                    p == null ? null : p.recordedAt(), p == null ? null : p.latitude(),
                    p == null ? null : p.longitude(),
                    DayPlan.freeSlots(workStart, workEnd, visitsToday.getOrDefault(r.id(), List.of()), 30));
        }).sorted(Comparator.comparing(TechnicianLoad::coversZone).reversed()
                .thenComparingInt(TechnicianLoad::today).thenComparingInt(TechnicianLoad::open)
                .thenComparing(TechnicianLoad::displayName)).toList();
    }

    /** The signed-in technician's open tickets (and those finished recently), most urgent first. */
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public List<TicketSummary> mine() {
        Actor actor = actor();
        Instant recent = clock.instant().minus(Duration.ofDays(1));
        List<Ticket> list = tickets.assignedTo(actor.id(), EnumSet.of(TicketStage.ASSIGNED, TicketStage.ACCEPTED,
                TicketStage.EN_ROUTE, TicketStage.ON_SITE, TicketStage.POSTPONED, TicketStage.DONE)).stream()
                .filter(t -> t.getStage() != TicketStage.DONE || t.getFinishedAt().isAfter(recent)).toList();
        return views.summaries(list);
    }

    /** Unassigned tickets in the technician's zones (all of them when the technician covers no zone). */
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public List<TicketSummary> unassignedNearMe() {
        Actor actor = actor();
        Set<UUID> mine = new java.util.HashSet<>(zones.ofUser(actor.id()).stream().map(Zone::getId).toList());
        List<Ticket> list = tickets.findAll((root, query, cb) -> cb.equal(root.get("stage"), TicketStage.NEW),
                Sort.by("createdAt")).stream().filter(t -> inZones(t, mine)).toList();
        return views.summaries(list);
    }

    /**
     * The technician's changes since {@code cursor} (0 the first time: the open tickets and those of the last 30
     * days). Tickets taken away come as removed ids.
     */
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public SyncPage changesSince(long cursor) {
        Actor actor = actor();
        if (cursor < 0) {
            throw DomainException.invalid("dispatch.error.cursor", "cursor");
        }
        long next = tickets.syncCursor();
        Instant recent = clock.instant().minus(RECENT);
        List<TicketDetails> changed = new ArrayList<>();
        List<UUID> removed = new ArrayList<>();
        for (Ticket t : tickets.changedFor(actor.id(), cursor)) {
            if (!actor.id().equals(t.getTechnicianId())) {
                if (cursor > 0) {
                    removed.add(t.getId());
                }
            } else if (cursor > 0 || t.getStage().isOpen() || t.getUpdatedAt().isAfter(recent)) {
                changed.add(views.details(t));
            }
        }
        List<UUID> open = tickets.assignedTo(actor.id(), TicketStage.OPEN).stream().map(Ticket::getId).toList();
        return new SyncPage(next, changed, removed, open);
    }

    // --- internals

    private record Described(TicketKind kind, Customer customer, Site site, Equipment equipment, UUID zoneId,
                             TicketPriority priority) {
    }

    private Described validate(TicketDraft draft) {
        if (draft == null || draft.customerId() == null) {
            throw DomainException.invalid("dispatch.error.required", "customerId");
        }
        requiredText(draft.problem(), "problem", MAX_TEXT);
        optionalText(draft.contactName(), "contactName", 200);
        optionalText(draft.contactPhone(), "contactPhone", 50);
        Customer customer = customers.find(draft.customerId())
                .orElseThrow(() -> DomainException.invalid("dispatch.error.customer-not-found", "customerId"));
        Equipment item = null;
        if (draft.equipmentId() != null) {
            item = equipment.find(draft.equipmentId())
                    .filter(e -> e.getCustomer().getId().equals(customer.getId()))
                    .orElseThrow(() -> DomainException.invalid("dispatch.error.equipment-not-of-customer",
                            "equipmentId"));
        }
        Site site = null;
        UUID siteId = draft.siteId() != null ? draft.siteId()
                : item != null && item.getSite() != null ? item.getSite().getId() : null;
        if (siteId == null && customer.getSites().size() == 1) {
            siteId = customer.getSites().getFirst().getId();
        }
        if (siteId != null) {
            UUID wanted = siteId;
            site = customer.getSites().stream().filter(s -> s.getId().equals(wanted)).findFirst()
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
            zoneId = guessZone(active, site);
        }
        return new Described(draft.kind() == null ? TicketKind.REPAIR : draft.kind(), customer, site, item, zoneId,
                draft.priority() == null ? TicketPriority.NORMAL : draft.priority());
    }

    /** The zone named like the site's city, else its county (sectors are chosen by hand). */
    static UUID guessZone(List<Zone> zones, Site site) {
        for (Zone.Kind kind : List.of(Zone.Kind.CITY, Zone.Kind.COUNTY)) {
            String name = kind == Zone.Kind.CITY ? site.getCity() : site.getCounty();
            if (name == null) {
                continue;
            }
            Optional<Zone> match = zones.stream().filter(z -> z.getKind() == kind
                    && normalize(z.getName()).equals(normalize(name))).findFirst();
            if (match.isPresent()) {
                return match.get().getId();
            }
        }
        return null;
    }

    private static String normalize(String text) {
        return java.text.Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private void attachChecklist(Ticket ticket, TicketDraft draft, Equipment item) {
        Checklist checklist = null;
        if (draft.checklistId() != null) {
            checklist = catalogs.checklists().stream().filter(c -> c.getId().equals(draft.checklistId())).findFirst()
                    .map(c -> catalogs.checklist(c.getId()))
                    .orElseThrow(() -> DomainException.invalid("dispatch.error.checklist-not-found", "checklistId"));
        } else if (!draft.withoutChecklist() && item != null && item.getType() != null
                && item.getType().getChecklist() != null && item.getType().getChecklist().isActive()) {
            checklist = catalogs.checklist(item.getType().getChecklist().getId());
        }
        if (checklist == null) {
            ticket.attachChecklist(null, null, List.of());
            return;
        }
        ticket.attachChecklist(checklist.getId(), checklist.getName(), checklist.getPoints().stream()
                .map(p -> new TicketChecklistItem.Point(p.getId(), p.getText(), p.isMandatory(), p.defects()))
                .toList());
    }

    private void assignTo(Ticket ticket, Actor actor, UUID technicianId) {
        if (technicianId == null) {
            throw DomainException.invalid("dispatch.error.required", "technicianId");
        }
        Technicians.Row technician = technicians.find(technicianId)
                .orElseThrow(() -> DomainException.invalid("dispatch.error.not-a-technician", "technicianId"));
        UUID previous = ticket.getTechnicianId();
        if (technicianId.equals(previous) && ticket.getStage() != TicketStage.NEW) {
            return;
        }
        ticket.assign(technicianId, clock.instant());
        tickets.flush();
        log(ticket, actor, ActionType.ASSIGNED, FieldContext.none(), technician.displayName());
        String customerName = customers.find(ticket.getCustomerId()).map(Customer::getName).orElse("");
        events.publishEvent(new TicketAssigned(TenantContext.require(), ticket.getId(), ticket.getNumber(),
                technicianId, previous, customerName, ticket.getProblem()));
    }

    private interface Step {
        void apply(Ticket ticket);
    }

    /** A step only the assigned technician (or an admin) takes; stage changes need the version. */
    private TicketDetails technicianStep(UUID id, FieldContext context, ActionType type, String detail, Step step) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        requireOwn(ticket, actor);
        requireVersion(ticket, context);
        checkCoordinatesIfAny(context);
        step.apply(ticket);
        tickets.flush();
        log(ticket, actor, type, context, detail);
        return done(ticket);
    }

    /** A step the assigned technician or a dispatcher takes. */
    private TicketDetails sharedStep(UUID id, FieldContext context, ActionType type, String detail, Step step) {
        Actor actor = actor();
        Ticket ticket = lock(id);
        if (!actor.dispatches()) {
            requireOwn(ticket, actor);
        }
        requireVersion(ticket, context);
        checkCoordinatesIfAny(context);
        step.apply(ticket);
        tickets.flush();
        log(ticket, actor, type, context, detail);
        return done(ticket);
    }

    private Ticket lock(UUID id) {
        TenantContext.require();
        if (id == null) {
            throw DomainException.notFound("dispatch.error.not-found");
        }
        return tickets.lock(id).orElseThrow(() -> DomainException.notFound("dispatch.error.not-found"));
    }

    private Ticket find(UUID id) {
        TenantContext.require();
        if (id == null) {
            throw DomainException.notFound("dispatch.error.not-found");
        }
        return tickets.findById(id).orElseThrow(() -> DomainException.notFound("dispatch.error.not-found"));
    }

    /** A child of the ticket changed: its version and sync cursor move all the same. */
    private void touched(Ticket ticket) {
        tickets.flush();
        entityManager.lock(ticket, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private void checkVersion(Ticket ticket, Long expected) {
        if (expected != null && !expected.equals(ticket.getVersion())) {
            throw new StaleTicketException(expected, views.details(ticket));
        }
    }

    private void requireVersion(Ticket ticket, FieldContext context) {
        if (context == null || context.version() == null) {
            throw DomainException.invalid("dispatch.error.version-required", "version");
        }
        checkVersion(ticket, context.version());
    }

    private void requireOwn(Ticket ticket, Actor actor) {
        if (actor.user().has(Role.ADMIN)) {
            return;
        }
        if (!actor.user().has(Role.TECHNICIAN) || !actor.id().equals(ticket.getTechnicianId())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dispatch.error.not-your-ticket", null,
                    ticket.getNumber());
        }
    }

    private void requireReadable(Ticket ticket, Actor actor) {
        if (actor.dispatches() || actor.user().has(Role.MANAGER)) {
            return;
        }
        if (!actor.id().equals(ticket.getTechnicianId()) && ticket.getStage() != TicketStage.NEW) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dispatch.error.not-your-ticket", null,
                    ticket.getNumber());
        }
        if (!actor.id().equals(ticket.getTechnicianId())) {
            requireInQueue(ticket, actor);
        }
    }

    /**
     * A technician sees and takes an unassigned ticket only when his queue shows it ({@link #unassignedNearMe}):
     * it lies in one of his zones, or he covers no zone. Admins and dispatchers are not bound by zones.
     */
    private void requireInQueue(Ticket ticket, Actor actor) {
        if (actor.dispatches() || actor.user().has(Role.MANAGER)) {
            return;
        }
        Set<UUID> mine = new java.util.HashSet<>(zones.ofUser(actor.id()).stream().map(Zone::getId).toList());
        if (!inZones(ticket, mine)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dispatch.error.not-in-your-zones", null,
                    ticket.getNumber());
        }
    }

    private static boolean inZones(Ticket ticket, Set<UUID> zonesOfTechnician) {
        return zonesOfTechnician.isEmpty()
                || (ticket.getZoneId() != null && zonesOfTechnician.contains(ticket.getZoneId()));
    }

    private void requirePartsEditable(Ticket ticket, Actor actor) {
        IntervoUser user = actor.user();
        if (user.has(Role.ADMIN) || user.has(Role.MANAGER)) {
            if (ticket.getStage() == TicketStage.CANCELLED || ticket.getApprovedAt() != null) {
                throw DomainException.conflict("dispatch.error.transition", "stage", "parts", ticket.getStage());
            }
            return;
        }
        if (user.has(Role.DISPATCHER)) {
            if (!ticket.getStage().isOpen()) {
                throw DomainException.conflict("dispatch.error.transition", "stage", "parts", ticket.getStage());
            }
            return;
        }
        requireOwn(ticket, actor);
        ticket.requireOnSite("parts");
    }

    private void log(Ticket ticket, Actor actor, ActionType type, FieldContext context, String detail) {
        FieldContext c = context == null ? FieldContext.none() : context;
        actions.save(new TicketAction(ticket.getId(), type, clock.instant(), c.deviceAt(), actor.id(), actor.name(),
                actor.user().displayName(), c.latitude(), c.longitude(), c.accuracyM(), detail));
        TenantId tenant = TenantContext.require();
        events.publishEvent(new TicketChanged(tenant, ticket.getId(), ticket.getNumber(), type, ticket.getStage(),
                ticket.getTechnicianId(), actor.id()));
    }

    /** Ends every change: the board of every replica hears of it once the transaction commits. */
    private TicketDetails done(Ticket ticket) {
        tickets.flush();
        live.announce(TenantContext.require(), LiveUpdates.Kind.TICKET, ticket.getId());
        return views.details(ticket);
    }

    private static void checkCoordinatesIfAny(FieldContext context) {
        if (context != null && (context.latitude() != null || context.longitude() != null)) {
            checkCoordinates(context.latitude(), context.longitude());
        }
    }

    static void checkCoordinates(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw DomainException.invalid("dispatch.error.coordinates", "latitude");
        }
    }

    private static String reason(String reason) {
        return requiredText(reason, "reason", MAX_REASON);
    }

    static String requiredText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("dispatch.error.required", field);
        }
        if (value.strip().length() > max) {
            throw DomainException.invalid("dispatch.error.too-long", field, max);
        }
        return value.strip();
    }

    static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return requiredText(value, field, max);
    }

    private ZoneId zone(TenantId tenant) {
        return tenants.findActive(tenant.key()).map(Tenant::getTimeZone).filter(Objects::nonNull)
                .map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }

    private String language(Optional<Customer> customer) {
        return customer.map(Customer::getLanguage).filter(Objects::nonNull)
                .or(() -> tenants.findActive(TenantContext.require().key()).map(Tenant::getDefaultLocale))
                .map(l -> Locale.forLanguageTag(l).getLanguage()).orElse("en");
    }

    record Actor(IntervoUser user) {

        UUID id() {
            return user.userId();
        }

        String name() {
            return user.getName();
        }

        /** Dispatchers and admins handle any ticket. */
        boolean dispatches() {
            return user.has(Role.ADMIN) || user.has(Role.DISPATCHER);
        }
    }

    private static Actor actor() {
        return new Actor(IntervoAuthentication.current()
                .orElseThrow(() -> new AccessDeniedException("Sign in to work with tickets")));
    }
}
