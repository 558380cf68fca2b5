package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.dispatch.domain.Ticket;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whose ticket it is: the ownership rules every ticket service shares (no repository is asked for these). */
class TicketGuardTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    final TicketGuard guard = new TicketGuard(null, null, null);
    final UUID zone = UUID.randomUUID();

    static TicketGuard.Actor actor(Role role) {
        return new TicketGuard.Actor(new IntervoUser(
                new TenantId("shop"), UUID.randomUUID(), role.name(), role.name(), Set.of(role), false, "ro"));
    }

    Ticket ticket(TicketGuard.Actor technician) {
        Ticket t = new Ticket(UUID.randomUUID(), "T-7", TicketSource.PHONE);
        t.describe(
                TicketKind.REPAIR,
                UUID.randomUUID(),
                null,
                null,
                zone,
                "Boiler",
                TicketPriority.NORMAL,
                null,
                null,
                null,
                null,
                null);
        if (technician != null) {
            t.assign(technician.id(), NOW);
        }
        return t;
    }

    static void refused(Runnable check, DomainException.Kind kind, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aTechnicianActsOnlyOnHisOwnTicketAndAnAdminOnAny() {
        TicketGuard.Actor mine = actor(Role.TECHNICIAN);
        TicketGuard.Actor other = actor(Role.TECHNICIAN);
        Ticket ticket = ticket(mine);
        assertThatCode(() -> guard.requireOwn(ticket, mine)).doesNotThrowAnyException();
        assertThatCode(() -> guard.requireOwn(ticket, actor(Role.ADMIN))).doesNotThrowAnyException();
        refused(
                () -> guard.requireOwn(ticket, other),
                DomainException.Kind.FORBIDDEN,
                "dispatch.error.not-your-ticket");
        refused(
                () -> guard.requireOwn(ticket, actor(Role.DISPATCHER)),
                DomainException.Kind.FORBIDDEN,
                "dispatch.error.not-your-ticket");
    }

    @Test
    void dispatchersAndManagersReadEveryTicketATechnicianNotAnothersAssignedOne() {
        TicketGuard.Actor mine = actor(Role.TECHNICIAN);
        Ticket ticket = ticket(mine);
        assertThatCode(() -> guard.requireReadable(ticket, actor(Role.DISPATCHER)))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.requireReadable(ticket, actor(Role.MANAGER))).doesNotThrowAnyException();
        assertThatCode(() -> guard.requireReadable(ticket, mine)).doesNotThrowAnyException();
        refused(
                () -> guard.requireReadable(ticket, actor(Role.TECHNICIAN)),
                DomainException.Kind.FORBIDDEN,
                "dispatch.error.not-your-ticket");
        assertThat(actor(Role.ADMIN).dispatches()).isTrue();
        assertThat(actor(Role.MANAGER).dispatches()).isFalse();
    }

    @Test
    void theQueueShowsTicketsOfTheTechniciansZonesOrAllWhenHeCoversNone() {
        Ticket inZone = ticket(null);
        Ticket elsewhere = ticket(null);
        elsewhere.describe(
                TicketKind.REPAIR,
                UUID.randomUUID(),
                null,
                null,
                UUID.randomUUID(),
                "Boiler",
                TicketPriority.NORMAL,
                null,
                null,
                null,
                null,
                null);
        Ticket noZone = ticket(null);
        noZone.describe(
                TicketKind.REPAIR,
                UUID.randomUUID(),
                null,
                null,
                null,
                "Boiler",
                TicketPriority.NORMAL,
                null,
                null,
                null,
                null,
                null);
        assertThat(TicketGuard.inZones(inZone, Set.of(zone))).isTrue();
        assertThat(TicketGuard.inZones(elsewhere, Set.of(zone))).isFalse();
        assertThat(TicketGuard.inZones(noZone, Set.of(zone))).isFalse();
        assertThat(TicketGuard.inZones(elsewhere, Set.of())).isTrue();
        assertThat(TicketGuard.inZones(noZone, Set.of())).isTrue();
    }

    @Test
    void partsChangeOnSiteByTheTechnicianWhileOpenByTheDispatcherUntilApprovalByTheManager() {
        TicketGuard.Actor technician = actor(Role.TECHNICIAN);
        Ticket ticket = ticket(technician);
        refused(
                () -> guard.requirePartsEditable(ticket, technician),
                DomainException.Kind.CONFLICT,
                "dispatch.error.transition");
        assertThatCode(() -> guard.requirePartsEditable(ticket, actor(Role.DISPATCHER)))
                .doesNotThrowAnyException();
        ticket.accept(NOW);
        ticket.arrived(NOW, BigDecimal.ONE, BigDecimal.ONE, null);
        assertThatCode(() -> guard.requirePartsEditable(ticket, technician)).doesNotThrowAnyException();
        refused(
                () -> guard.requirePartsEditable(ticket, actor(Role.TECHNICIAN)),
                DomainException.Kind.FORBIDDEN,
                "dispatch.error.not-your-ticket");

        ticket.finish(NOW.plusSeconds(3600), null, 60);
        refused(
                () -> guard.requirePartsEditable(ticket, actor(Role.DISPATCHER)),
                DomainException.Kind.CONFLICT,
                "dispatch.error.transition");
        assertThatCode(() -> guard.requirePartsEditable(ticket, actor(Role.MANAGER)))
                .doesNotThrowAnyException();
        ticket.approve("manager", NOW.plusSeconds(7200), null);
        refused(
                () -> guard.requirePartsEditable(ticket, actor(Role.MANAGER)),
                DomainException.Kind.CONFLICT,
                "dispatch.error.transition");
        refused(
                () -> guard.requirePartsEditable(ticket, actor(Role.ADMIN)),
                DomainException.Kind.CONFLICT,
                "dispatch.error.transition");
    }

    @Test
    void aStageChangeNeedsTheVersionTheCallerSaw() {
        Ticket ticket = ticket(null);
        refused(
                () -> guard.requireVersion(ticket, null),
                DomainException.Kind.INVALID,
                "dispatch.error.version-required");
        refused(
                () -> guard.requireVersion(ticket, FieldContext.none()),
                DomainException.Kind.INVALID,
                "dispatch.error.version-required");
        assertThatCode(() -> guard.checkVersion(ticket, null))
                .as("no version: the desk's last write wins")
                .doesNotThrowAnyException();
    }
}
