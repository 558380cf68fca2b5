package com.intervo.dispatch;

import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketAction;
import com.intervo.dispatch.domain.TicketActions;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.dispatch.live.LiveUpdates;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** How every ticket change ends: the action logged with time, place and who, the event, the live board told. */
@Component
class TicketJournal {

    private final Tickets tickets;
    private final TicketActions actions;
    private final TicketViews views;
    private final LiveUpdates live;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    TicketJournal(
            Tickets tickets,
            TicketActions actions,
            TicketViews views,
            LiveUpdates live,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Optional<Clock> clock) {
        this.tickets = tickets;
        this.actions = actions;
        this.views = views;
        this.live = live;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A child of the ticket changed: its version and sync cursor move all the same. */
    void touched(Ticket ticket) {
        tickets.flush();
        entityManager.lock(ticket, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    void log(Ticket ticket, TicketGuard.Actor actor, ActionType type, FieldContext context, String detail) {
        FieldContext c = context == null ? FieldContext.none() : context;
        actions.save(new TicketAction(
                ticket.getId(),
                type,
                clock.instant(),
                c.deviceAt(),
                actor.id(),
                actor.name(),
                actor.user().displayName(),
                c.latitude(),
                c.longitude(),
                c.accuracyM(),
                detail));
        TenantId tenant = TenantContext.require();
        events.publishEvent(new TicketChanged(
                tenant,
                ticket.getId(),
                ticket.getNumber(),
                type,
                ticket.getStage(),
                ticket.getTechnicianId(),
                actor.id()));
    }

    /** Ends every change: the board of every replica hears of it once the transaction commits. */
    TicketDetails done(Ticket ticket) {
        tickets.flush();
        live.announce(TenantContext.require(), LiveUpdates.Kind.TICKET, ticket.getId());
        return views.details(ticket);
    }
}
