package com.intervo.dispatch;

import static com.intervo.dispatch.TicketInput.optionalText;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.dispatch.TicketGuard.Actor;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketPart;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's side of finished work: corrections of parts and hours before approval, and the approval that
 * makes the work ready to invoice (the customer gets the work report with the approved figures).
 */
@Service
@Transactional(readOnly = true)
public class TicketApprovals {

    private final Tickets tickets;
    private final CustomerService customers;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TicketGuard guard;
    private final TicketJournal journal;
    private final TicketReports reports;
    private final TicketViews views;
    private final DispatchWorkspace workspace;

    TicketApprovals(
            Tickets tickets,
            CustomerService customers,
            FileStorage files,
            ApplicationEventPublisher events,
            Optional<Clock> clock,
            TicketGuard guard,
            TicketJournal journal,
            TicketReports reports,
            TicketViews views,
            DispatchWorkspace workspace) {
        this.tickets = tickets;
        this.customers = customers;
        this.files = files;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.guard = guard;
        this.journal = journal;
        this.reports = reports;
        this.views = views;
        this.workspace = workspace;
    }

    /** A correction before approval: part quantities (0 removes the line) and the hours worked. */
    public record PartCorrection(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            UUID lineId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal quantity) {}

    @Transactional
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TicketDetails correct(UUID id, long version, List<PartCorrection> parts, Integer labourMinutes) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.checkVersion(ticket, version);
        ticket.requireAwaitingApproval("correct");
        List<String> changes = new ArrayList<>();
        for (PartCorrection correction : parts == null ? List.<PartCorrection>of() : parts) {
            TicketPart line = ticket.getParts().stream()
                    .filter(p -> p.getId().equals(correction.lineId()))
                    .findFirst()
                    .orElseThrow(() -> DomainException.invalid("dispatch.error.part-line-not-found", "lineId"));
            BigDecimal quantity = correction.quantity();
            if (quantity == null || quantity.signum() < 0 || quantity.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                throw DomainException.invalid("dispatch.error.quantity", "quantity");
            }
            if (quantity.compareTo(line.getQuantity()) == 0) {
                continue;
            }
            changes.add(line.getCode() + ": "
                    + line.getQuantity().stripTrailingZeros().toPlainString() + " → "
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
        journal.touched(ticket);
        journal.log(ticket, actor, ActionType.CORRECTED, FieldContext.none(), String.join("; ", changes));
        return journal.done(ticket);
    }

    /** Approves parts, materials and hours: the work is ready to invoice ({@link WorkApproved}). */
    @Transactional
    @RolesAllowed({"ADMIN", "MANAGER"})
    public TicketDetails approve(UUID id, long version, String note) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.lock(id);
        guard.checkVersion(ticket, version);
        String text = optionalText(note, "note", 2000);
        Instant now = clock.instant();
        ticket.approve(actor.name(), now, text);
        tickets.flush();
        journal.log(ticket, actor, ActionType.APPROVED, FieldContext.none(), text);
        if (ticket.getReportReleasedAt() == null && ticket.getReportNumber() != null) {
            // the customer gets the approved figures: the report is made again (same number) with the corrections
            Optional<CustomerRef> customer = customers.ref(ticket.getCustomerId());
            String language = workspace.language(customer);
            UUID previous = ticket.getReportFileId();
            StoredFile report = reports.render(ticket, ticket.getReportNumber(), customer, language);
            ticket.reportIssued(ticket.getReportNumber(), report.id());
            tickets.flush();
            if (previous != null) {
                files.delete(previous);
            }
            reports.release(ticket, actor, customer, language);
        }
        events.publishEvent(new WorkApproved(
                TenantContext.require(),
                ticket.getId(),
                ticket.getNumber(),
                ticket.getCustomerId(),
                ticket.getEquipmentId(),
                ticket.getParts().stream()
                        .map(p -> new WorkApproved.ApprovedPart(
                                p.getPartId(),
                                p.getCode(),
                                p.getName(),
                                p.getUnit(),
                                p.getQuantity(),
                                p.getUnitPrice(),
                                p.getCurrency(),
                                p.getVatRate()))
                        .toList(),
                ticket.getLabourMinutes() == null ? 0 : ticket.getLabourMinutes(),
                actor.name(),
                now));
        return journal.done(ticket);
    }
}
