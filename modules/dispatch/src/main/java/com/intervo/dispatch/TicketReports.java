package com.intervo.dispatch;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.dispatch.domain.Technicians;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StoredFile;
import com.intervo.kernel.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The work report of a ticket: rendered when the work is finished (again after approval) and sent out. */
@Component
class TicketReports {

    private final Tickets tickets;
    private final Technicians technicians;
    private final WorkReports reports;
    private final EquipmentService equipment;
    private final FileStorage files;
    private final TicketJournal journal;
    private final DispatchWorkspace workspace;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketReports(
            Tickets tickets,
            Technicians technicians,
            WorkReports reports,
            EquipmentService equipment,
            FileStorage files,
            TicketJournal journal,
            DispatchWorkspace workspace,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.tickets = tickets;
        this.technicians = technicians;
        this.reports = reports;
        this.equipment = equipment;
        this.files = files;
        this.journal = journal;
        this.workspace = workspace;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    StoredFile render(Ticket ticket, String reportNumber, Optional<CustomerRef> customer, String language) {
        Optional<EquipmentRef> item =
                ticket.getEquipmentId() == null ? Optional.empty() : equipment.ref(ticket.getEquipmentId());
        String technicianName =
                technicians.names(List.of(ticket.getTechnicianId())).get(ticket.getTechnicianId());
        byte[] pdf = reports.report(
                ticket,
                reportNumber,
                customer,
                item,
                technicianName,
                Locale.forLanguageTag(language),
                workspace.zone(TenantContext.require()));
        return files.store(TicketViews.REPORT_OWNER, ticket.getId(), reportNumber + ".pdf", pdf);
    }

    /** The work report goes to the customer (the outbox mails it when the transaction commits). */
    void release(Ticket ticket, TicketGuard.Actor actor, Optional<CustomerRef> customer, String language) {
        ticket.reportReleased(clock.instant());
        tickets.flush();
        String email = customer.map(CustomerRef::email).orElse(null);
        journal.log(
                ticket,
                actor,
                ActionType.REPORT_SENT,
                FieldContext.none(),
                ticket.getReportNumber() + (email == null ? "" : " → " + email));
        events.publishEvent(new WorkReportReleased(
                TenantContext.require(),
                ticket.getId(),
                ticket.getNumber(),
                ticket.getReportNumber(),
                ticket.getReportFileId(),
                ticket.getCustomerId(),
                customer.map(CustomerRef::name).orElse(""),
                email,
                language));
    }
}
