package com.intervo.dispatch;

import static com.intervo.dispatch.TicketInput.MAX_LINES;
import static com.intervo.dispatch.TicketInput.MAX_REASON;
import static com.intervo.dispatch.TicketInput.MAX_TEXT;
import static com.intervo.dispatch.TicketInput.checkCoordinates;
import static com.intervo.dispatch.TicketInput.checkCoordinatesIfAny;
import static com.intervo.dispatch.TicketInput.optionalText;
import static com.intervo.dispatch.TicketInput.reason;
import static com.intervo.dispatch.TicketInput.requiredText;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.PartRef;
import com.intervo.crm.PricedPart;
import com.intervo.crm.VatRateService;
import com.intervo.dispatch.TicketGuard.Actor;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketChecklistItem;
import com.intervo.dispatch.domain.TicketFinding;
import com.intervo.dispatch.domain.TicketPart;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.company.Numbering;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StagedFile;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The technician's steps on a ticket: accept, take from the queue, decline, postpone, en route, arrive, the work
 * timer, photos, findings, parts, the checklist, the customer's signature and the finish with its work report.
 * Each step is logged with time, place and who; a technician acts only on his own tickets, and a stage change
 * needs the version the app saw.
 */
@Service
@Transactional(readOnly = true)
public class FieldWork {

    private final Tickets tickets;
    private final CustomerService customers;
    private final CatalogService catalogs;
    private final VatRateService vatRates;
    private final FileStorage files;
    private final Numbering numbering;
    private final DispatchSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TicketGuard guard;
    private final TicketJournal journal;
    private final TicketReports reports;
    private final TicketViews views;
    private final DispatchWorkspace workspace;

    FieldWork(
            Tickets tickets,
            CustomerService customers,
            CatalogService catalogs,
            VatRateService vatRates,
            FileStorage files,
            Numbering numbering,
            DispatchSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Optional<Clock> clock,
            TicketGuard guard,
            TicketJournal journal,
            TicketReports reports,
            TicketViews views,
            DispatchWorkspace workspace) {
        this.tickets = tickets;
        this.customers = customers;
        this.catalogs = catalogs;
        this.vatRates = vatRates;
        this.files = files;
        this.numbering = numbering;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
        this.guard = guard;
        this.journal = journal;
        this.reports = reports;
        this.views = views;
        this.workspace = workspace;
    }

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
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireVersion(ticket, context);
        if (ticket.getStage() != TicketStage.NEW) {
            throw DomainException.conflict("dispatch.error.already-taken", "stage");
        }
        guard.requireInQueue(ticket, actor);
        ticket.assign(actor.id(), clock.instant());
        ticket.accept(clock.instant());
        tickets.flush();
        journal.log(ticket, actor, ActionType.TAKEN, context, null);
        return journal.done(ticket);
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
            return technicianStep(
                    id, context, ActionType.ARRIVED, why, t -> t.arrived(clock.instant(), null, null, why));
        }
        checkCoordinates(context.latitude(), context.longitude());
        return technicianStep(
                id,
                context,
                ActionType.ARRIVED,
                null,
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
        return timerStep(
                id,
                context,
                ActionType.WORK_STOPPED,
                t -> t.stopWork(clock.instant()),
                t -> t.getTimedMinutes() + " min");
    }

    /** The work timer's start or stop: a step that changed nothing (already running, not running) logs nothing. */
    private TicketDetails timerStep(
            UUID id,
            FieldContext context,
            ActionType type,
            java.util.function.Predicate<Ticket> change,
            java.util.function.Function<Ticket, String> detail) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireOwn(ticket, actor);
        guard.checkVersion(ticket, context.version());
        if (!change.test(ticket)) {
            return views.details(ticket);
        }
        tickets.flush();
        journal.log(ticket, actor, type, context, detail.apply(ticket));
        return journal.done(ticket);
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
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireOwn(ticket, actor);
        guard.checkVersion(ticket, context.version());
        ticket.requireOnSite("photo");
        if (!staged.isImage()) {
            throw DomainException.invalid("dispatch.error.photo-type", "file");
        }
        StoredFile stored = files.attach(staged, TicketViews.PHOTO_OWNER, ticket.getId());
        journal.touched(ticket);
        journal.log(ticket, actor, ActionType.PHOTO_ADDED, context, stored.originalName());
        return journal.done(ticket);
    }

    /** A defect found or a finding; the id is the caller's (a retried call adds nothing twice). */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails addFinding(
            UUID id, FieldContext context, UUID findingId, TicketFinding.Kind kind, String text) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireOwn(ticket, actor);
        guard.checkVersion(ticket, context.version());
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
        ticket.addFinding(new TicketFinding(
                lineId,
                ticket,
                kind == null ? TicketFinding.Kind.FINDING : kind,
                clean,
                clock.instant(),
                actor.name()));
        journal.touched(ticket);
        journal.log(ticket, actor, ActionType.FINDING_ADDED, context, clean);
        return journal.done(ticket);
    }

    /**
     * A catalog part used: by the technician on site, by a dispatcher or manager planning the visit, or by the
     * manager correcting before approval. The price is the catalog's at this moment.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "DISPATCHER", "MANAGER"})
    public TicketDetails addPart(
            UUID id, FieldContext context, UUID lineId, UUID partId, BigDecimal quantity, TicketPart.Source source) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requirePartsEditable(ticket, actor);
        guard.checkVersion(ticket, context.version());
        if (quantity == null
                || quantity.signum() <= 0
                || quantity.compareTo(BigDecimal.valueOf(100_000)) > 0
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
        // the VAT of the day the part is used (a category's rate changes by date)
        PricedPart priced = catalogs.activePart(partId, vatRates.today())
                .orElseThrow(() -> DomainException.invalid("dispatch.error.part-not-found", "partId"));
        PartRef part = priced.part();
        ticket.addPart(new TicketPart(
                line,
                ticket,
                part.id(),
                part.code(),
                part.name(),
                part.unit(),
                quantity,
                part.price(),
                part.currency(),
                priced.vatRate(),
                source == null ? TicketPart.Source.VAN : source,
                clock.instant(),
                actor.name()));
        journal.touched(ticket);
        journal.log(
                ticket,
                actor,
                ActionType.PART_ADDED,
                context,
                quantity.stripTrailingZeros().toPlainString() + " × " + part.code() + " " + part.name());
        return journal.done(ticket);
    }

    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "DISPATCHER", "MANAGER"})
    public TicketDetails removePart(UUID id, FieldContext context, UUID lineId) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requirePartsEditable(ticket, actor);
        guard.checkVersion(ticket, context.version());
        TicketPart line = ticket.getParts().stream()
                .filter(p -> p.getId().equals(lineId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("dispatch.error.part-line-not-found"));
        ticket.removePart(lineId);
        journal.touched(ticket);
        journal.log(ticket, actor, ActionType.PART_REMOVED, context, line.getCode() + " " + line.getName());
        return journal.done(ticket);
    }

    /** One checklist point: OK, or a problem with a predefined defect and/or a note. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public TicketDetails answer(
            UUID id, FieldContext context, UUID itemId, TicketChecklistItem.Answer answer, String defect, String note) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireOwn(ticket, actor);
        guard.checkVersion(ticket, context.version());
        ticket.requireOnSite("checklist");
        if (answer == null) {
            throw DomainException.invalid("dispatch.error.answer-required", "answer");
        }
        optionalText(note, "note", 2000);
        TicketChecklistItem item = ticket.getChecklist().stream()
                .filter(i -> i.getId().equals(itemId))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("dispatch.error.checklist-item-not-found", "itemId"));
        item.answer(answer, defect, note, actor.name(), clock.instant());
        journal.touched(ticket);
        journal.log(
                ticket,
                actor,
                ActionType.CHECKLIST_ANSWERED,
                context,
                item.getText() + ": " + answer + (item.getNote() == null ? "" : " — " + item.getNote()));
        return journal.done(ticket);
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
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireOwn(ticket, actor);
        guard.checkVersion(ticket, context.version());
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
        journal.log(ticket, actor, ActionType.SIGNED, context, signer);
        return journal.done(ticket);
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
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireOwn(ticket, actor);
        guard.requireVersion(ticket, context);
        String done = optionalText(workDone, "workDone", MAX_TEXT);
        if (labourMinutes != null && (labourMinutes < 0 || labourMinutes > 100_000)) {
            throw DomainException.invalid("dispatch.error.labour", "labourMinutes");
        }
        ticket.finish(clock.instant(), done, labourMinutes);
        tickets.flush();
        journal.log(
                ticket,
                actor,
                ActionType.FINISHED,
                context,
                (done == null ? "" : done + " — ") + ticket.getLabourMinutes() + " min");

        Optional<CustomerRef> customer = customers.ref(ticket.getCustomerId());
        String language = workspace.language(customer);
        String reportNumber = numbering.next("WORK_REPORT", workspace.zone(tenant));
        StoredFile report = reports.render(ticket, reportNumber, customer, language);
        ticket.reportIssued(reportNumber, report.id());
        tickets.flush();
        journal.log(ticket, actor, ActionType.REPORT_ISSUED, FieldContext.none(), reportNumber);
        events.publishEvent(new WorkReportIssued(
                tenant,
                ticket.getId(),
                ticket.getNumber(),
                reportNumber,
                report.id(),
                ticket.getCustomerId(),
                customer.map(CustomerRef::name).orElse(""),
                customer.map(CustomerRef::email).orElse(null),
                language));
        if (settings.reportSending() == ReportSending.AT_FINISH) {
            reports.release(ticket, actor, customer, language);
        }
        return journal.done(ticket);
    }

    // --- internals

    private interface Step {
        void apply(Ticket ticket);
    }

    /** A step only the assigned technician (or an admin) takes; stage changes need the version. */
    private TicketDetails technicianStep(UUID id, FieldContext context, ActionType type, String detail, Step step) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.requireOwn(ticket, actor);
        guard.requireVersion(ticket, context);
        checkCoordinatesIfAny(context);
        step.apply(ticket);
        tickets.flush();
        journal.log(ticket, actor, type, context, detail);
        return journal.done(ticket);
    }

    /** A step the assigned technician or a dispatcher takes. */
    private TicketDetails sharedStep(UUID id, FieldContext context, ActionType type, String detail, Step step) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        if (!actor.dispatches()) {
            guard.requireOwn(ticket, actor);
        }
        guard.requireVersion(ticket, context);
        checkCoordinatesIfAny(context);
        step.apply(ticket);
        tickets.flush();
        journal.log(ticket, actor, type, context, detail);
        return journal.done(ticket);
    }
}
