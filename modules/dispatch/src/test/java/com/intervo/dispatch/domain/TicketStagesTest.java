package com.intervo.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intervo.dispatch.TicketKind;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.TicketSource;
import com.intervo.dispatch.TicketStage;
import com.intervo.kernel.errors.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ticket's stage machine: which step is allowed in which stage, and what each step leaves behind. */
class TicketStagesTest {

    static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");
    final UUID technician = UUID.randomUUID();

    Ticket ticket() {
        Ticket t = new Ticket(UUID.randomUUID(), "T-1", TicketSource.PHONE);
        t.describe(
                TicketKind.REPAIR,
                UUID.randomUUID(),
                null,
                null,
                null,
                " Boiler leaks ",
                TicketPriority.NORMAL,
                null,
                null,
                null,
                null,
                null);
        return t;
    }

    Ticket onSite() {
        Ticket t = ticket();
        t.assign(technician, NINE);
        t.accept(NINE);
        t.enRoute(NINE.plusSeconds(60));
        t.arrived(NINE.plusSeconds(1800), new BigDecimal("46.77"), new BigDecimal("23.59"), null);
        return t;
    }

    static void refused(Runnable step, String what) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("dispatch.error.transition");
            assertThat(e.params()).contains(what);
        });
    }

    @Test
    void theWholeWayFromTheCallToTheFinishedWork() {
        Ticket t = onSite();
        assertThat(t.getStage()).isEqualTo(TicketStage.ON_SITE);
        assertThat(t.getProblem()).isEqualTo("Boiler leaks");
        t.finish(NINE.plusSeconds(1800 + 45 * 60), " replaced the valve ", null);
        assertThat(t.getStage()).isEqualTo(TicketStage.DONE);
        assertThat(t.getWorkDone()).isEqualTo("replaced the valve");
        // no timer, nothing typed: from arrival to the finish
        assertThat(t.getLabourMinutes()).isEqualTo(45);
    }

    @Test
    void aStepOutOfOrderIsRefusedAndChangesNothing() {
        Ticket t = ticket();
        refused(() -> t.accept(NINE), "accept");
        refused(() -> t.enRoute(NINE), "en-route");
        refused(() -> t.arrived(NINE, null, null, "basement"), "arrived");
        refused(() -> t.finish(NINE, null, null), "finish");
        refused(t::unassign, "unassign");
        refused(t::backToWork, "back-to-work");
        assertThat(t.getStage()).isEqualTo(TicketStage.NEW);

        t.assign(technician, NINE);
        refused(() -> t.enRoute(NINE), "en-route");
        refused(() -> t.startWork(NINE), "start-work");
        assertThat(t.getStage()).isEqualTo(TicketStage.ASSIGNED);
    }

    @Test
    void aClosedTicketTakesNoMoreSteps() {
        Ticket done = onSite();
        done.finish(NINE.plusSeconds(3600), null, 30);
        refused(() -> done.assign(technician, NINE), "assign");
        refused(() -> done.cancel("too late"), "cancel");
        refused(() -> done.postpone("later"), "postpone");
        refused(
                () -> done.describe(
                        TicketKind.REPAIR,
                        UUID.randomUUID(),
                        null,
                        null,
                        null,
                        "x",
                        TicketPriority.HIGH,
                        null,
                        null,
                        null,
                        null,
                        null),
                "edit");

        Ticket cancelled = ticket();
        cancelled.cancel(" customer gave up ");
        assertThat(cancelled.getStage()).isEqualTo(TicketStage.CANCELLED);
        assertThat(cancelled.getCancelReason()).isEqualTo("customer gave up");
        refused(() -> cancelled.assign(technician, NINE), "assign");
        refused(() -> cancelled.delayed(NINE), "notify-delay");
    }

    @Test
    void declineSendsTheTicketBackToTheQueueWithTheReason() {
        Ticket t = ticket();
        t.assign(technician, NINE);
        t.accept(NINE);
        t.decline(" no parts in the van ");
        assertThat(t.getStage()).isEqualTo(TicketStage.NEW);
        assertThat(t.getTechnicianId()).isNull();
        assertThat(t.getPreviousTechnicianId()).isEqualTo(technician);
        assertThat(t.getDeclineReason()).isEqualTo("no parts in the van");
        assertThat(t.getAcceptedAt()).isNull();
        // on site the work is his: no declining any more
        Ticket there = onSite();
        refused(() -> there.decline("no"), "decline");
    }

    @Test
    void backToWorkReturnsToTheStageThePostponeLeft() {
        Ticket t = ticket();
        t.assign(technician, NINE);
        t.accept(NINE);
        t.enRoute(NINE);
        t.postpone(" customer not home ");
        assertThat(t.getStage()).isEqualTo(TicketStage.POSTPONED);
        assertThat(t.getPostponeReason()).isEqualTo("customer not home");
        refused(() -> t.postpone("again"), "postpone");
        t.backToWork();
        assertThat(t.getStage()).isEqualTo(TicketStage.EN_ROUTE);
        assertThat(t.getStageBeforePostpone()).isNull();
    }

    @Test
    void reassigningStartsOverAndTheSameTechnicianAgainChangesNothing() {
        Ticket t = ticket();
        t.assign(technician, NINE);
        t.accept(NINE);
        t.assign(technician, NINE.plusSeconds(60));
        assertThat(t.getStage()).isEqualTo(TicketStage.ACCEPTED);

        UUID other = UUID.randomUUID();
        t.assign(other, NINE.plusSeconds(120));
        assertThat(t.getStage()).isEqualTo(TicketStage.ASSIGNED);
        assertThat(t.getTechnicianId()).isEqualTo(other);
        assertThat(t.getPreviousTechnicianId()).isEqualTo(technician);
        assertThat(t.getAcceptedAt()).isNull();
        assertThat(t.getAssignedAt()).isEqualTo(NINE.plusSeconds(120));
    }

    @Test
    void arrivalWithoutAFixKeepsTheReasonAndAFixDropsIt() {
        Ticket t = ticket();
        t.assign(technician, NINE);
        t.accept(NINE);
        t.arrived(NINE, null, null, " basement ");
        assertThat(t.getStage()).isEqualTo(TicketStage.ON_SITE);
        assertThat(t.getArrivalNoFixReason()).isEqualTo("basement");

        Ticket fixed = onSite();
        assertThat(fixed.getArrivalNoFixReason()).isNull();
        assertThat(fixed.getArrivedLatitude()).isEqualByComparingTo("46.77");
    }

    @Test
    void theWorkTimerCountsItsRunsAndTypedMinutesWin() {
        Ticket t = onSite();
        Instant start = NINE.plusSeconds(3600);
        assertThat(t.timedMinutesAt(start)).isNull();
        assertThat(t.startWork(start)).isTrue();
        assertThat(t.startWork(start.plusSeconds(60))).as("already running").isFalse();
        assertThat(t.stopWork(start.plusSeconds(20 * 60))).isTrue();
        assertThat(t.stopWork(start.plusSeconds(21 * 60))).as("not running").isFalse();
        assertThat(t.startWork(start.plusSeconds(30 * 60))).isTrue();
        assertThat(t.timedMinutesAt(start.plusSeconds(35 * 60))).isEqualTo(25);

        Ticket timed = onSite();
        timed.startWork(start);
        timed.finish(start.plusSeconds(50 * 60), null, null);
        assertThat(timed.getLabourMinutes()).isEqualTo(50);
        assertThat(timed.getWorkStartedAt()).isNull();

        Ticket typed = onSite();
        typed.startWork(start);
        typed.finish(start.plusSeconds(50 * 60), null, 90);
        assertThat(typed.getLabourMinutes()).isEqualTo(90);
    }

    @Test
    void mandatoryChecklistPointsMustBeAnsweredBeforeTheFinish() {
        Ticket t = onSite();
        t.attachChecklist(
                UUID.randomUUID(),
                "Boiler",
                List.of(
                        new TicketChecklistItem.Point(UUID.randomUUID(), "Pressure", true, List.of()),
                        new TicketChecklistItem.Point(UUID.randomUUID(), "Flue", false, List.of())));
        assertThatThrownBy(() -> t.finish(NINE.plusSeconds(7200), null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dispatch.error.checklist-incomplete");
                    assertThat(e.params()).containsExactly("Pressure");
                });
        assertThat(t.getStage()).isEqualTo(TicketStage.ON_SITE);

        t.getChecklist().getFirst().answer(TicketChecklistItem.Answer.OK, null, null, "tech", NINE);
        t.finish(NINE.plusSeconds(7200), null, null);
        assertThat(t.getStage()).isEqualTo(TicketStage.DONE);
    }

    @Test
    void onlyFinishedWorkAwaitsApprovalAndOnlyOnce() {
        Ticket t = onSite();
        refused(() -> t.approve("manager", NINE, null), "approve");
        refused(() -> t.correctLabour(10), "correct");
        t.finish(NINE.plusSeconds(7200), null, 60);
        t.correctLabour(45);
        t.approve("manager", NINE.plusSeconds(9000), "  ");
        assertThat(t.getLabourMinutes()).isEqualTo(45);
        assertThat(t.getApprovedBy()).isEqualTo("manager");
        assertThat(t.getApprovalNote()).isNull();
        refused(() -> t.approve("manager", NINE, null), "approve");
    }

    @Test
    void theStagesAreOpenUntilDoneOrCancelled() {
        assertThat(TicketStage.values())
                .filteredOn(TicketStage::isOpen)
                .containsExactly(
                        TicketStage.NEW,
                        TicketStage.ASSIGNED,
                        TicketStage.ACCEPTED,
                        TicketStage.EN_ROUTE,
                        TicketStage.ON_SITE,
                        TicketStage.POSTPONED);
        assertThat(TicketStage.EN_ROUTE.statusKey()).isEqualTo("en_route");
        assertThat(TicketStage.EN_ROUTE.nameKey()).isEqualTo("dispatch.stage.en-route");
    }
}
