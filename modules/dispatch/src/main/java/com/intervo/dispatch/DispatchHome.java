package com.intervo.dispatch;

import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.home.HomeContributor;
import com.intervo.kernel.home.WorkCount;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.WorkspaceClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home's cards of field service: the dispatcher sees tickets nobody is assigned to and those running late, the
 * manager finished work waiting for approval, a technician their own open tickets. Counted in the database.
 */
@Component
class DispatchHome implements HomeContributor {

    /** Stages in which nobody is on the way yet: past the agreed time there, the customer is waiting. */
    private static final EnumSet<TicketStage> NOT_ON_THE_WAY =
            EnumSet.of(TicketStage.NEW, TicketStage.ASSIGNED, TicketStage.ACCEPTED, TicketStage.POSTPONED);

    private final Tickets tickets;
    private final Licenses licenses;
    private final WorkspaceClock workspace;
    private final Clock clock;

    DispatchHome(Tickets tickets, Licenses licenses, WorkspaceClock workspace, Optional<Clock> clock) {
        this.tickets = tickets;
        this.licenses = licenses;
        this.workspace = workspace;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkCount> workToday(IntervoUser user) {
        if (TenantContext.current().isEmpty() || !licenses.isLicensedHere(ModuleKey.DISPATCH)) {
            return List.of();
        }
        List<WorkCount> cards = new ArrayList<>();
        if (user.has(Role.TECHNICIAN)) {
            cards.add(new WorkCount(
                    "home-dispatch-mine",
                    "dispatch.home.mine",
                    tickets.count(stageIn(TicketStage.OPEN).and(technician(user))),
                    "dispatch/my",
                    "dispatch.home.mine.none",
                    false,
                    200));
        }
        if (user.has(Role.ADMIN) || user.has(Role.DISPATCHER)) {
            cards.add(new WorkCount(
                    "home-dispatch-unassigned",
                    "dispatch.home.unassigned",
                    tickets.count(stageIn(EnumSet.of(TicketStage.NEW))),
                    "dispatch",
                    "dispatch.home.unassigned.none",
                    false,
                    210));
            cards.add(new WorkCount(
                    "home-dispatch-late",
                    "dispatch.home.late",
                    tickets.count(late()),
                    "dispatch",
                    "dispatch.home.late.none",
                    true,
                    220));
        }
        if (user.has(Role.ADMIN) || user.has(Role.MANAGER)) {
            cards.add(new WorkCount(
                    "home-dispatch-approvals",
                    "dispatch.home.approvals",
                    tickets.count((root, query, cb) ->
                            cb.and(cb.equal(root.get("stage"), TicketStage.DONE), cb.isNull(root.get("approvedAt")))),
                    "dispatch/approvals",
                    "dispatch.home.approvals.none",
                    false,
                    230));
        }
        return cards;
    }

    private static Specification<Ticket> stageIn(java.util.Set<TicketStage> stages) {
        return (root, query, cb) -> root.get("stage").in(stages);
    }

    private static Specification<Ticket> technician(IntervoUser user) {
        return (root, query, cb) -> cb.equal(root.get("technicianId"), user.userId());
    }

    /** Open past the desired day, or past the scheduled time with nobody on the way. */
    private Specification<Ticket> late() {
        LocalDate today = workspace.today();
        Instant now = clock.instant();
        return (root, query, cb) -> cb.or(
                cb.and(root.get("stage").in(TicketStage.OPEN), cb.lessThan(root.get("desiredDate"), today)),
                cb.and(root.get("stage").in(NOT_ON_THE_WAY), cb.lessThan(root.get("scheduledAt"), now)));
    }
}
