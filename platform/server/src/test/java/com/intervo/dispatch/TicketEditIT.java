package com.intervo.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.kernel.errors.DomainException;
import com.intervo.testsupport.TenantIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The dispatcher edits and reschedules a ticket: from the version seen, while it is open, in its own workspace. */
@TenantIntegrationTest
class TicketEditIT {

    @Autowired
    DispatchFixtures dispatch;

    @Autowired
    TicketDesk desk;

    @Autowired
    TicketQueries queries;

    DispatchFixtures.Workspace ws;

    @BeforeEach
    void setUp() {
        ws = dispatch.workspace();
    }

    private TicketDetails open() {
        return dispatch.as(
                ws.tenant(),
                "dispatcher",
                () -> desk.open(TicketDraft.call(
                                ws.customerId(),
                                ws.siteId(),
                                ws.equipmentId(),
                                "Pierde presiune",
                                TicketPriority.NORMAL,
                                LocalDate.now())
                        .assignedTo(ws.technicianId())));
    }

    private TicketDraft rescheduled(TicketDetails t, Instant at) {
        TicketSummary s = t.summary();
        return new TicketDraft(
                s.kind(),
                s.customerId(),
                s.siteId(),
                s.equipmentId(),
                s.zoneId(),
                "Pierde presiune, și picură",
                TicketPriority.HIGH,
                LocalDate.now().plusDays(3),
                at,
                90,
                "Maria Popescu",
                "0722 000 111",
                null,
                false,
                null);
    }

    @Test
    void theDispatcherReschedulesAnAssignedTicketAndTheLogSaysSo() {
        TicketDetails t = open();
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        TicketDetails edited =
                dispatch.as(ws.tenant(), "dispatcher", () -> desk.edit(t.id(), t.version(), rescheduled(t, at)));
        assertThat(edited.summary().scheduledAt()).isEqualTo(at);
        assertThat(edited.summary().desiredDate()).isEqualTo(LocalDate.now().plusDays(3));
        assertThat(edited.summary().priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(edited.summary().plannedMinutes()).isEqualTo(90);
        assertThat(edited.contactName()).isEqualTo("Maria Popescu");
        // the technician stays; the checklist attached at opening stays
        assertThat(edited.summary().technicianId()).isEqualTo(ws.technicianId());
        assertThat(edited.checklist()).hasSameSizeAs(t.checklist());
        assertThat(edited.version()).isGreaterThan(t.version());
        assertThat(dispatch.as(ws.tenant(), "dispatcher", () -> queries.actions(t.id())))
                .anySatisfy(a -> assertThat(a.action()).isEqualTo(ActionType.EDITED));
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedAndChangesNothing() {
        TicketDetails t = open();
        Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        dispatch.as(ws.tenant(), "dispatcher", () -> desk.edit(t.id(), t.version(), rescheduled(t, at)));
        Instant later = at.plus(2, ChronoUnit.HOURS);
        assertThatThrownBy(() -> dispatch.as(
                        ws.tenant(), "dispatcher", () -> desk.edit(t.id(), t.version(), rescheduled(t, later))))
                .isInstanceOf(StaleTicketException.class);
        assertThat(dispatch.as(ws.tenant(), "dispatcher", () -> queries.get(t.id()))
                        .summary()
                        .scheduledAt())
                .isEqualTo(at);
    }

    @Test
    void aCancelledTicketCannotBeEdited() {
        TicketDetails t = open();
        TicketDetails cancelled =
                dispatch.as(ws.tenant(), "dispatcher", () -> desk.cancel(t.id(), t.version(), "Clientul a renunțat"));
        assertThatThrownBy(() -> dispatch.as(
                        ws.tenant(),
                        "dispatcher",
                        () -> desk.edit(
                                t.id(),
                                cancelled.version(),
                                rescheduled(cancelled, Instant.now().plus(1, ChronoUnit.DAYS)))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("dispatch.error.edit-closed");
        assertThat(dispatch.as(ws.tenant(), "dispatcher", () -> queries.get(t.id()))
                        .summary()
                        .problem())
                .isEqualTo("Pierde presiune");
    }

    @Test
    void badInputIsRefusedByField() {
        TicketDetails t = open();
        TicketSummary s = t.summary();
        TicketDraft blank = new TicketDraft(
                s.kind(),
                s.customerId(),
                s.siteId(),
                s.equipmentId(),
                s.zoneId(),
                " ",
                s.priority(),
                s.desiredDate(),
                null,
                0,
                null,
                null,
                null,
                false,
                null);
        assertThatThrownBy(() -> dispatch.as(ws.tenant(), "dispatcher", () -> desk.edit(t.id(), t.version(), blank)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("problem"));
    }

    @Test
    void aTechnicianCannotEditAndAnotherWorkspaceDoesNotFindTheTicket() {
        TicketDetails t = open();
        assertThatThrownBy(() -> dispatch.as(
                        ws.tenant(), "technician", () -> desk.edit(t.id(), t.version(), rescheduled(t, null))))
                .isInstanceOf(AccessDeniedException.class);
        DispatchFixtures.Workspace other = dispatch.workspace();
        assertThatThrownBy(() -> dispatch.as(
                        other.tenant(), "dispatcher", () -> desk.edit(t.id(), t.version(), rescheduled(t, null))))
                .isInstanceOf(DomainException.class);
        assertThat(dispatch.as(ws.tenant(), "dispatcher", () -> queries.get(t.id()))
                        .summary()
                        .problem())
                .isEqualTo("Pierde presiune");
    }
}
