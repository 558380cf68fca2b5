package com.intervo.dispatch;

import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every ticket service shares: who acts, the ticket locked (or read) in the current tenant, the
 * version the caller saw, and whose ticket it is (own, in the queue's zones, editable parts).
 */
@Component
class TicketGuard {

    private final Tickets tickets;
    private final TicketViews views;
    private final Zones zones;

    TicketGuard(Tickets tickets, TicketViews views, Zones zones) {
        this.tickets = tickets;
        this.views = views;
        this.zones = zones;
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

    static Actor actor() {
        return new Actor(IntervoAuthentication.current()
                .orElseThrow(() -> new AccessDeniedException("Sign in to work with tickets")));
    }

    Ticket lock(UUID id) {
        TenantContext.require();
        if (id == null) {
            throw DomainException.notFound("dispatch.error.not-found");
        }
        return tickets.lock(id).orElseThrow(() -> DomainException.notFound("dispatch.error.not-found"));
    }

    Ticket find(UUID id) {
        TenantContext.require();
        if (id == null) {
            throw DomainException.notFound("dispatch.error.not-found");
        }
        return tickets.findById(id).orElseThrow(() -> DomainException.notFound("dispatch.error.not-found"));
    }

    void checkVersion(Ticket ticket, Long expected) {
        if (expected != null && !expected.equals(ticket.getVersion())) {
            throw new StaleTicketException(expected, views.details(ticket));
        }
    }

    void requireVersion(Ticket ticket, FieldContext context) {
        if (context == null || context.version() == null) {
            throw DomainException.invalid("dispatch.error.version-required", "version");
        }
        checkVersion(ticket, context.version());
    }

    void requireOwn(Ticket ticket, Actor actor) {
        if (actor.user().has(Role.ADMIN)) {
            return;
        }
        if (!actor.user().has(Role.TECHNICIAN) || !actor.id().equals(ticket.getTechnicianId())) {
            throw new DomainException(
                    DomainException.Kind.FORBIDDEN, "dispatch.error.not-your-ticket", null, ticket.getNumber());
        }
    }

    void requireReadable(Ticket ticket, Actor actor) {
        if (actor.dispatches() || actor.user().has(Role.MANAGER)) {
            return;
        }
        if (!actor.id().equals(ticket.getTechnicianId()) && ticket.getStage() != TicketStage.NEW) {
            throw new DomainException(
                    DomainException.Kind.FORBIDDEN, "dispatch.error.not-your-ticket", null, ticket.getNumber());
        }
        if (!actor.id().equals(ticket.getTechnicianId())) {
            requireInQueue(ticket, actor);
        }
    }

    /**
     * A technician sees and takes an unassigned ticket only when his queue shows it
     * ({@link TicketQueries#unassignedNearMe}): it lies in one of his zones, or he covers no zone. Admins and
     * dispatchers are not bound by zones.
     */
    void requireInQueue(Ticket ticket, Actor actor) {
        if (actor.dispatches() || actor.user().has(Role.MANAGER)) {
            return;
        }
        if (!inZones(ticket, zonesOf(actor))) {
            throw new DomainException(
                    DomainException.Kind.FORBIDDEN, "dispatch.error.not-in-your-zones", null, ticket.getNumber());
        }
    }

    /** The zones the technician covers. */
    Set<UUID> zonesOf(Actor actor) {
        return new java.util.HashSet<>(
                zones.ofUser(actor.id()).stream().map(Zone::getId).toList());
    }

    static boolean inZones(Ticket ticket, Set<UUID> zonesOfTechnician) {
        return zonesOfTechnician.isEmpty()
                || (ticket.getZoneId() != null && zonesOfTechnician.contains(ticket.getZoneId()));
    }

    void requirePartsEditable(Ticket ticket, Actor actor) {
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
}
