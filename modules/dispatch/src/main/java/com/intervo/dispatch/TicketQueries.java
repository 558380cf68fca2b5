package com.intervo.dispatch;

import com.intervo.dispatch.TicketGuard.Actor;
import com.intervo.dispatch.domain.Technicians;
import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.TicketActions;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.search.CustomPlans;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading tickets: one ticket with its log, report and photos; the board and lists; the technicians' load for the
 * assign dialog; a technician's day plan; the technician's own tickets, his queue and the app's sync. Dispatchers,
 * managers and admins read every ticket; a technician his own and the unassigned ones of his zones.
 */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    private final Tickets tickets;
    private final TicketActions actions;
    private final Technicians technicians;
    private final TicketViews views;
    private final FileStorage files;
    private final Clock clock;
    private final TicketGuard guard;
    private final DispatchWorkspace workspace;
    private final LocalTime workStart;
    private final LocalTime workEnd;
    private final EntityManager entityManager;

    TicketQueries(
            Tickets tickets,
            TicketActions actions,
            Technicians technicians,
            TicketViews views,
            FileStorage files,
            Optional<Clock> clock,
            TicketGuard guard,
            DispatchWorkspace workspace,
            @Value("${intervo.dispatch.work-day-start:08:00}") LocalTime workStart,
            @Value("${intervo.dispatch.work-day-end:17:00}") LocalTime workEnd,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.tickets = tickets;
        this.actions = actions;
        this.technicians = technicians;
        this.views = views;
        this.files = files;
        this.clock = clock.orElse(Clock.systemUTC());
        this.guard = guard;
        this.workspace = workspace;
        this.workStart = workStart;
        this.workEnd = DayPlan.workEnd(workStart, workEnd);
    }

    /** One ticket: any for dispatchers, managers and admins; a technician's own, or unassigned ones of his queue. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public TicketDetails get(UUID id) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.find(id);
        guard.requireReadable(ticket, actor);
        return views.details(ticket);
    }

    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public List<TicketActionEntry> actions(UUID id) {
        Actor actor = TicketGuard.actor();
        guard.requireReadable(guard.find(id), actor);
        return actions.findByTicketIdOrderByAtAscIdAsc(id).stream()
                .map(TicketViews::entry)
                .toList();
    }

    /** The work report PDF of a finished ticket. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public Optional<byte[]> report(UUID id) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.find(id);
        guard.requireReadable(ticket, actor);
        return ticket.getReportFileId() == null ? Optional.empty() : Optional.of(files.read(ticket.getReportFileId()));
    }

    /** A photo (or its thumbnail) of the ticket. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public byte[] photo(UUID id, UUID fileId, boolean thumbnail) {
        Actor actor = TicketGuard.actor();
        Ticket ticket = guard.find(id);
        guard.requireReadable(ticket, actor);
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
                ZoneId zone = workspace.zone(tenant);
                Instant start = filter.day().atStartOfDay(zone).toInstant();
                Instant end = filter.day().plusDays(1).atStartOfDay(zone).toInstant();
                where.add(cb.or(
                        cb.equal(root.get("desiredDate"), filter.day()),
                        cb.and(
                                cb.greaterThanOrEqualTo(root.get("scheduledAt"), start),
                                cb.lessThan(root.get("scheduledAt"), end))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        List<Ticket> found = new ArrayList<>(tickets.findAll(spec, Sort.by("createdAt")));
        found.sort(Comparator.comparing(Ticket::getPriority)
                .reversed()
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
        ZoneId zone = workspace.zone(tenant);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        Map<UUID, int[]> load = new HashMap<>();
        Map<UUID, List<DayPlan.Visit>> visitsToday = new HashMap<>();
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        for (Ticket t : tickets.findAll((root, query, cb) ->
                cb.and(root.get("stage").in(TicketStage.OPEN), cb.isNotNull(root.get("technicianId"))))) {
            if (t.getScheduledAt() != null
                    && !t.getScheduledAt().isBefore(todayStart)
                    && t.getScheduledAt().isBefore(tomorrow)) {
                visitsToday
                        .computeIfAbsent(t.getTechnicianId(), k -> new ArrayList<>())
                        .add(DayPlan.visit(t.getScheduledAt(), t.getPlannedMinutes(), zone, today, null));
            }
            int[] l = load.computeIfAbsent(t.getTechnicianId(), k -> new int[3]);
            l[1]++;
            boolean forToday =
                    (t.getDesiredDate() != null && !t.getDesiredDate().isAfter(today))
                            || (t.getScheduledAt() != null && t.getScheduledAt().isBefore(tomorrow));
            if (forToday) {
                l[0]++;
                l[2] += t.getPlannedMinutes() == null ? 0 : t.getPlannedMinutes();
            }
        }
        Map<UUID, Technicians.Position> positions = new HashMap<>();
        technicians.positions().forEach(p -> positions.put(p.userId(), p));
        return technicians.all().stream()
                .map(r -> {
                    int[] l = load.getOrDefault(r.id(), new int[3]);
                    Technicians.Position p = positions.get(r.id());
                    return new TechnicianLoad(
                            r.id(),
                            r.displayName(),
                            r.zoneIds(),
                            r.zoneNames(),
                            zoneId != null && r.zoneIds().contains(zoneId),
                            l[0],
                            l[1],
                            l[2],
                            p == null ? null : p.recordedAt(),
                            p == null ? null : p.latitude(),
                            p == null ? null : p.longitude(),
                            DayPlan.freeSlots(workStart, workEnd, visitsToday.getOrDefault(r.id(), List.of()), 30));
                })
                .sorted(Comparator.comparing(TechnicianLoad::coversZone)
                        .reversed()
                        .thenComparingInt(TechnicianLoad::today)
                        .thenComparingInt(TechnicianLoad::open)
                        .thenComparing(TechnicianLoad::displayName))
                .toList();
    }

    /** The signed-in technician's open tickets (and those finished recently), most urgent first. */
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public List<TicketSummary> mine() {
        Actor actor = TicketGuard.actor();
        Instant recent = clock.instant().minus(Duration.ofDays(1));
        List<Ticket> list = tickets
                .assignedTo(
                        actor.id(),
                        EnumSet.of(
                                TicketStage.ASSIGNED,
                                TicketStage.ACCEPTED,
                                TicketStage.EN_ROUTE,
                                TicketStage.ON_SITE,
                                TicketStage.POSTPONED,
                                TicketStage.DONE))
                .stream()
                .filter(t ->
                        t.getStage() != TicketStage.DONE || t.getFinishedAt().isAfter(recent))
                .toList();
        return views.summaries(list);
    }

    /** Unassigned tickets in the technician's zones (all of them when the technician covers no zone). */
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public List<TicketSummary> unassignedNearMe() {
        Actor actor = TicketGuard.actor();
        Set<UUID> mine = guard.zonesOf(actor);
        List<Ticket> list = tickets
                .findAll((root, query, cb) -> cb.equal(root.get("stage"), TicketStage.NEW), Sort.by("createdAt"))
                .stream()
                .filter(t -> TicketGuard.inZones(t, mine))
                .toList();
        return views.summaries(list);
    }

    /**
     * The technician's changes since {@code cursor} (0 the first time: the open tickets and those of the last 30
     * days). Tickets taken away come as removed ids.
     */
    @RolesAllowed({"ADMIN", "TECHNICIAN"})
    public SyncPage changesSince(long cursor) {
        Actor actor = TicketGuard.actor();
        if (cursor < 0) {
            throw DomainException.invalid("dispatch.error.cursor", "cursor");
        }
        long next = tickets.syncCursor();
        Instant recent = clock.instant().minus(TicketInput.RECENT);
        List<Ticket> changed = new ArrayList<>();
        List<UUID> removed = new ArrayList<>();
        // the best plan depends on the cursor: from 0 it is the technician's index, from a recent one the change index
        for (Ticket t : CustomPlans.around(entityManager, () -> tickets.changedFor(actor.id(), cursor))) {
            if (!actor.id().equals(t.getTechnicianId())) {
                if (cursor > 0) {
                    removed.add(t.getId());
                }
            } else if (cursor > 0 || t.getStage().isOpen() || t.getUpdatedAt().isAfter(recent)) {
                changed.add(t);
            }
        }
        List<UUID> open = tickets.idsOfOpenAssignedTo(actor.id());
        return new SyncPage(next, views.details(changed), removed, open);
    }

    // --- a technician's day

    /** The technician's day: scheduled visits, tickets wanted that day, free slots of the working day. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER", "TECHNICIAN"})
    public DayPlan dayPlan(UUID technicianId, LocalDate day) {
        TenantId tenant = TenantContext.require();
        Actor actor = TicketGuard.actor();
        if (!actor.dispatches()
                && !actor.user().has(Role.MANAGER)
                && !actor.id().equals(technicianId)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dispatch.error.not-your-day", null);
        }
        Technicians.Row technician = technicians
                .find(technicianId)
                .orElseThrow(() -> DomainException.invalid("dispatch.error.not-a-technician", "technicianId"));
        ZoneId zone = workspace.zone(tenant);
        LocalDate date = day == null ? LocalDate.now(clock.withZone(zone)) : day;
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Ticket> mine = tickets.findAll(
                (root, query, cb) -> cb.and(
                        cb.equal(root.get("technicianId"), technicianId),
                        cb.notEqual(root.get("stage"), TicketStage.CANCELLED),
                        cb.or(
                                cb.and(
                                        cb.greaterThanOrEqualTo(root.get("scheduledAt"), start),
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
                visits.add(DayPlan.visit(t.getScheduledAt(), t.getPlannedMinutes(), zone, date, summary));
            }
        }
        return new DayPlan(
                technicianId,
                technician.displayName(),
                date,
                workStart,
                workEnd,
                visits,
                unscheduled,
                DayPlan.freeSlots(workStart, workEnd, visits, 30));
    }
}
