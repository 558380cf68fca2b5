package com.intervo.dispatch;

import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatch board read a page at a time: the unassigned queue and the tickets in progress (with their counts), the
 * technicians with their load, and the map's part of the workspace. Plain SQL with the board filter's predicates, so
 * a workspace of fifty thousand open tickets is read only as far as the screen shows it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
public class TicketBoard {

    /** The board's two ticket lists. */
    public enum Lane {
        /** Unassigned tickets (stage NEW) matching the zone, priority and day. */
        QUEUE,
        /** The filter's stages (the open ones by default) except NEW. */
        ACTIVE
    }

    /** How a list is sorted: by the board's urgency order, or by the technician's name. */
    public enum Order {
        URGENCY,
        TECHNICIAN,
        TECHNICIAN_DESC
    }

    /** How many tickets each list holds under a filter. */
    public record Counts(long queue, long active) {}

    /** A rectangle of the map in degrees. */
    public record Area(double south, double west, double north, double east) {

        public boolean contains(BigDecimal lat, BigDecimal lng) {
            return lat != null
                    && lng != null
                    && lat.doubleValue() >= south
                    && lat.doubleValue() <= north
                    && lng.doubleValue() >= west
                    && lng.doubleValue() <= east;
        }
    }

    /** A ticket as the map shows it. */
    public record MapTicket(
            UUID id,
            String number,
            String customerName,
            TicketStage stage,
            TicketPriority priority,
            String technicianName,
            BigDecimal latitude,
            BigDecimal longitude) {}

    /** A technician's last position. */
    public record MapTechnician(
            UUID id, String displayName, Instant recordedAt, BigDecimal latitude, BigDecimal longitude) {}

    /** Many markers of one grid cell: their count, their mean position and the cell's extent. */
    public record Cluster(double latitude, double longitude, long count, Area area) {}

    /**
     * What the map shows: markers when there are at most the cap of them, clusters otherwise (per kind).
     * {@code whole} when every ticket and technician of the workspace (under the filter) is a marker.
     */
    public record MapView(
            List<MapTicket> tickets,
            List<Cluster> ticketClusters,
            List<MapTechnician> technicians,
            List<Cluster> technicianClusters,
            boolean whole) {}

    /** At most this many ticket markers; beyond it, clusters. */
    public static final int TICKET_MARKERS = 400;
    /** At most this many technician markers; beyond it, clusters. */
    public static final int TECHNICIAN_MARKERS = 100;

    /**
     * The grid clusters are counted on: about one cell per {@link #CELL_PX} pixels of the map, 2–8 columns and 2–6
     * rows, so a phone's map gets a few clusters that do not cover each other and a wide one more of them.
     */
    public record Grid(int columns, int rows) {

        static final int CELL_PX = 96;

        /** For a map of unknown size (its first read, before it reported its size). */
        public static final Grid DEFAULT = new Grid(8, 6);

        public Grid {
            columns = Math.clamp(columns, 2, 8);
            rows = Math.clamp(rows, 2, 6);
        }

        public static Grid forPixels(int width, int height) {
            return width <= 0 || height <= 0 ? DEFAULT : new Grid(width / CELL_PX, height / CELL_PX);
        }
    }

    /** The board's urgency order; the same expression as the ticket_board indexes (dispatch-005). */
    private static final String URGENCY = "(CASE t.priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'NORMAL' THEN"
            + " 2 ELSE 1 END) DESC, t.desired_date NULLS LAST, t.created_at, t.id";

    private static final Set<TicketStage> ACTIVE_DEFAULT = EnumSet.of(
            TicketStage.ASSIGNED,
            TicketStage.ACCEPTED,
            TicketStage.EN_ROUTE,
            TicketStage.ON_SITE,
            TicketStage.POSTPONED);

    private final NamedParameterJdbcTemplate jdbc;
    private final Tickets tickets;
    private final TicketViews views;
    private final DispatchWorkspace workspace;
    private final Clock clock;
    private final LocalTime workStart;
    private final LocalTime workEnd;

    TicketBoard(
            NamedParameterJdbcTemplate jdbc,
            Tickets tickets,
            TicketViews views,
            DispatchWorkspace workspace,
            Optional<Clock> clock,
            @Value("${intervo.dispatch.work-day-start:08:00}") LocalTime workStart,
            @Value("${intervo.dispatch.work-day-end:17:00}") LocalTime workEnd) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.views = views;
        this.workspace = workspace;
        this.clock = clock.orElse(Clock.systemUTC());
        this.workStart = workStart;
        this.workEnd = DayPlan.workEnd(workStart, workEnd);
    }

    // --- the ticket lists

    /** One page of a list, in the board's order (or by technician). */
    public List<TicketSummary> page(Lane lane, BoardFilter filter, Order order, int offset, int limit) {
        TenantId tenant = TenantContext.require();
        Where where = where(stages(lane, filter), filter, tenant);
        String orderBy = switch (order == null ? Order.URGENCY : order) {
            case URGENCY -> URGENCY;
            case TECHNICIAN -> "u.display_name NULLS LAST, " + URGENCY;
            case TECHNICIAN_DESC -> "u.display_name DESC NULLS FIRST, " + URGENCY;
        };
        String join = order == null || order == Order.URGENCY ? "" : " LEFT JOIN app_user u ON u.id = t.technician_id";
        List<UUID> ids = jdbc.queryForList(
                "SELECT t.id FROM ticket t" + join + " WHERE " + where.sql + " ORDER BY " + orderBy
                        + " OFFSET :offset LIMIT :limit",
                where.params.addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit)),
                UUID.class);
        return summaries(ids);
    }

    /** How many tickets a list holds. */
    public long count(Lane lane, BoardFilter filter) {
        TenantId tenant = TenantContext.require();
        Where where = where(stages(lane, filter), filter, tenant);
        Long n = jdbc.queryForObject("SELECT count(*) FROM ticket t WHERE " + where.sql, where.params, Long.class);
        return n == null ? 0 : n;
    }

    /** Both lists' counts in one read. */
    public Counts counts(BoardFilter filter) {
        TenantId tenant = TenantContext.require();
        Set<TicketStage> active = stages(Lane.ACTIVE, filter);
        Set<TicketStage> both = EnumSet.of(TicketStage.NEW);
        both.addAll(active);
        Where where = where(both, filter, tenant);
        return jdbc.queryForObject(
                "SELECT count(*) FILTER (WHERE t.stage = 'NEW') AS queue, count(*) FILTER (WHERE " + stageIn(active)
                        + ") AS active FROM ticket t WHERE " + where.sql,
                where.params,
                (rs, i) -> new Counts(rs.getLong("queue"), rs.getLong("active")));
    }

    /** One ticket as the lists show it (any stage), for refreshing its row. */
    public Optional<TicketSummary> ticket(UUID id) {
        TenantContext.require();
        return tickets.findById(id).map(t -> views.summaries(List.of(t)).getFirst());
    }

    /** The list a ticket belongs to under the filter, if any. */
    public Optional<Lane> laneOf(TicketSummary t, BoardFilter filter) {
        TenantId tenant = TenantContext.require();
        if ((filter.zoneId() != null && !filter.zoneId().equals(t.zoneId()))
                || (filter.priority() != null && filter.priority() != t.priority())
                || (filter.technicianId() != null && !filter.technicianId().equals(t.technicianId()))) {
            return Optional.empty();
        }
        if (filter.day() != null) {
            ZoneId zone = workspace.zone(tenant);
            boolean desired = filter.day().equals(t.desiredDate());
            boolean scheduled =
                    t.scheduledAt() != null && filter.day().equals(LocalDate.ofInstant(t.scheduledAt(), zone));
            if (!desired && !scheduled) {
                return Optional.empty();
            }
        }
        if (t.stage() == TicketStage.NEW) {
            return filter.technicianId() == null ? Optional.of(Lane.QUEUE) : Optional.empty();
        }
        return stages(Lane.ACTIVE, filter).contains(t.stage()) ? Optional.of(Lane.ACTIVE) : Optional.empty();
    }

    private List<TicketSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Ticket> byId = new HashMap<>();
        tickets.findAllById(ids).forEach(t -> byId.put(t.getId(), t));
        List<Ticket> ordered =
                ids.stream().map(byId::get).filter(t -> t != null).toList();
        return views.summaries(ordered);
    }

    private static Set<TicketStage> stages(Lane lane, BoardFilter filter) {
        if (lane == Lane.QUEUE) {
            return EnumSet.of(TicketStage.NEW);
        }
        if (filter.awaitingApproval()) {
            return EnumSet.of(TicketStage.DONE);
        }
        Set<TicketStage> wanted =
                filter.stages().isEmpty() ? EnumSet.copyOf(ACTIVE_DEFAULT) : EnumSet.noneOf(TicketStage.class);
        wanted.addAll(filter.stages());
        wanted.remove(TicketStage.NEW);
        return wanted;
    }

    /** Stage names are the enum's own: written into the SQL, so the partial index of the open stages applies. */
    private static String stageIn(Set<TicketStage> stages) {
        if (stages.isEmpty()) {
            return "false";
        }
        return stages.size() == 1
                ? "t.stage = '" + stages.iterator().next().name() + "'"
                : "t.stage IN ("
                        + stages.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    private record Where(String sql, MapSqlParameterSource params) {}

    private Where where(Set<TicketStage> stages, BoardFilter filter, TenantId tenant) {
        StringBuilder sql = new StringBuilder(stageIn(stages));
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (filter.awaitingApproval()) {
            sql.append(" AND (t.stage <> 'DONE' OR t.approved_at IS NULL)");
        }
        if (filter.zoneId() != null) {
            sql.append(" AND t.zone_id = :zone");
            params.addValue("zone", filter.zoneId());
        }
        if (filter.priority() != null) {
            sql.append(" AND t.priority = :priority");
            params.addValue("priority", filter.priority().name());
        }
        if (filter.technicianId() != null) {
            sql.append(" AND t.technician_id = :technician");
            params.addValue("technician", filter.technicianId());
        }
        if (filter.day() != null) {
            ZoneId zone = workspace.zone(tenant);
            sql.append(" AND (t.desired_date = :day OR (t.scheduled_at >= :dayStart AND t.scheduled_at < :dayEnd))");
            params.addValue("day", filter.day())
                    .addValue(
                            "dayStart",
                            Timestamp.from(filter.day().atStartOfDay(zone).toInstant()))
                    .addValue(
                            "dayEnd",
                            Timestamp.from(
                                    filter.day().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Where(sql.toString(), params);
    }

    // --- the technicians

    /** How many technicians the board lists. */
    public long technicianCount() {
        TenantContext.require();
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM app_user u
                JOIN app_user_role r ON r.user_id = u.id AND r.role = 'TECHNICIAN'
                WHERE u.active""", new MapSqlParameterSource(), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * A page of the technicians with today's load and last fix: those covering {@code zoneId} first, then the least
     * busy (as the assign dialog suggests them).
     */
    public List<TechnicianLoad> technicians(UUID zoneId, int offset, int limit) {
        return loads(zoneId, null, offset, limit);
    }

    /** One technician's row (for a live update of their load or position); empty when no longer a technician. */
    public Optional<TechnicianLoad> technician(UUID id, UUID zoneId) {
        return loads(zoneId, id, 0, 1).stream().findFirst();
    }

    private List<TechnicianLoad> loads(UUID zoneId, UUID only, int offset, int limit) {
        TenantId tenant = TenantContext.require();
        ZoneId zone = workspace.zone(tenant);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("today", today)
                .addValue("tomorrow", Timestamp.from(tomorrow))
                .addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.max(0, limit));
        String covers = "false";
        if (zoneId != null) {
            covers = "EXISTS (SELECT 1 FROM user_zone uz JOIN zone z ON z.id = uz.zone_id AND z.active"
                    + " WHERE uz.user_id = u.id AND uz.zone_id = :zone)";
            params.addValue("zone", zoneId);
        }
        String loadWhere = "";
        String userWhere = "";
        if (only != null) {
            loadWhere = " AND t.technician_id = :only";
            userWhere = " AND u.id = :only";
            params.addValue("only", only);
        }
        record Head(UUID id, String name, boolean covers, int today, int open, int planned) {}
        List<Head> heads = jdbc.query(
                "WITH load AS (SELECT t.technician_id, count(*) AS open,"
                        + " count(*) FILTER (WHERE t.desired_date <= :today OR t.scheduled_at < :tomorrow) AS today,"
                        + " coalesce(sum(t.planned_minutes) FILTER (WHERE t.desired_date <= :today"
                        + " OR t.scheduled_at < :tomorrow), 0) AS planned"
                        + " FROM ticket t WHERE " + stageIn(TicketStage.OPEN) + " AND t.technician_id IS NOT NULL"
                        + loadWhere + " GROUP BY t.technician_id)"
                        + " SELECT u.id, u.display_name, " + covers + " AS covers,"
                        + " coalesce(l.today, 0) AS today, coalesce(l.open, 0) AS open,"
                        + " coalesce(l.planned, 0) AS planned"
                        + " FROM app_user u JOIN app_user_role r ON r.user_id = u.id AND r.role = 'TECHNICIAN'"
                        + " LEFT JOIN load l ON l.technician_id = u.id WHERE u.active" + userWhere
                        + " ORDER BY covers DESC, today, open, u.display_name, u.id OFFSET :offset LIMIT :limit",
                params,
                (rs, i) -> new Head(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getBoolean("covers"),
                        rs.getInt("today"),
                        rs.getInt("open"),
                        rs.getInt("planned")));
        if (heads.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = heads.stream().map(Head::id).toList();
        MapSqlParameterSource pageParams = new MapSqlParameterSource()
                .addValue("ids", ids)
                .addValue("from", Timestamp.from(todayStart))
                .addValue("to", Timestamp.from(tomorrow));
        Map<UUID, List<UUID>> zoneIds = new HashMap<>();
        Map<UUID, List<String>> zoneNames = new HashMap<>();
        Map<UUID, MapTechnician> positions = new HashMap<>();
        Map<UUID, List<DayPlan.Visit>> visits = new HashMap<>();
        // zones, last fix and today's visits of the page's technicians, in one round trip
        jdbc.query("""
                SELECT 'Z' AS kind, uz.user_id, z.id AS ref, z.name AS name, NULL::timestamptz AS at,
                       NULL::numeric AS lat, NULL::numeric AS lng, NULL::integer AS minutes
                FROM user_zone uz JOIN zone z ON z.id = uz.zone_id AND z.active WHERE uz.user_id IN (:ids)
                UNION ALL
                SELECT 'P', p.user_id, NULL, NULL, p.recorded_at, p.latitude, p.longitude, NULL
                FROM technician_position p WHERE p.user_id IN (:ids)
                UNION ALL
                SELECT 'V', t.technician_id, NULL, NULL, t.scheduled_at, NULL, NULL, t.planned_minutes
                FROM ticket t WHERE t.technician_id IN (:ids) AND t.stage IN ('NEW', 'ASSIGNED', 'ACCEPTED',
                    'EN_ROUTE', 'ON_SITE', 'POSTPONED') AND t.scheduled_at >= :from AND t.scheduled_at < :to
                ORDER BY 1, 4, 5""", pageParams, rs -> {
            UUID user = rs.getObject("user_id", UUID.class);
            switch (rs.getString("kind")) {
                case "Z" -> {
                    zoneIds.computeIfAbsent(user, k -> new ArrayList<>()).add(rs.getObject("ref", UUID.class));
                    zoneNames.computeIfAbsent(user, k -> new ArrayList<>()).add(rs.getString("name"));
                }
                case "P" ->
                    positions.put(
                            user,
                            new MapTechnician(
                                    user,
                                    null,
                                    rs.getTimestamp("at").toInstant(),
                                    rs.getBigDecimal("lat"),
                                    rs.getBigDecimal("lng")));
                default -> {
                    Integer minutes = rs.getObject("minutes", Integer.class);
                    visits.computeIfAbsent(user, k -> new ArrayList<>())
                            .add(DayPlan.visit(rs.getTimestamp("at").toInstant(), minutes, zone, today, null));
                }
            }
        });
        List<TechnicianLoad> page = new ArrayList<>();
        for (Head h : heads) {
            MapTechnician p = positions.get(h.id());
            page.add(new TechnicianLoad(
                    h.id(),
                    h.name(),
                    List.copyOf(zoneIds.getOrDefault(h.id(), List.of())),
                    List.copyOf(zoneNames.getOrDefault(h.id(), List.of())),
                    h.covers(),
                    h.today(),
                    h.open(),
                    h.planned(),
                    p == null ? null : p.recordedAt(),
                    p == null ? null : p.latitude(),
                    p == null ? null : p.longitude(),
                    DayPlan.freeSlots(workStart, workEnd, visits.getOrDefault(h.id(), List.of()), 30)));
        }
        return page;
    }

    // --- the map

    /** Where a ticket is: its equipment's point, else its site's (as {@link TicketSummary} has it). */
    private static final String LOCATED_TICKETS = """
            SELECT t.id, t.number, t.stage, t.priority, c.name AS customer_name, u.display_name AS technician_name,
                   CASE WHEN e.latitude IS NOT NULL THEN e.latitude ELSE s.latitude END AS lat,
                   CASE WHEN e.latitude IS NOT NULL THEN e.longitude ELSE s.longitude END AS lng
            FROM ticket t
            LEFT JOIN equipment e ON e.id = t.equipment_id
            LEFT JOIN site s ON s.id = t.site_id AND s.customer_id = t.customer_id
            LEFT JOIN customer c ON c.id = t.customer_id
            LEFT JOIN app_user u ON u.id = t.technician_id
            WHERE %s""";

    private static final String LOCATED_TECHNICIANS = """
            SELECT u.id, u.display_name, p.recorded_at, p.latitude AS lat, p.longitude AS lng
            FROM technician_position p
            JOIN app_user u ON u.id = p.user_id AND u.active
            WHERE EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'TECHNICIAN')""";

    /**
     * The map's part of the board: the tickets of both lists under the filter and the technicians' last positions,
     * inside {@code area} (the whole workspace when null or when everything fits the caps).
     */
    public MapView map(BoardFilter filter, Area area) {
        return map(filter, area, Grid.DEFAULT);
    }

    /** {@link #map(BoardFilter, Area)} with clusters counted on a grid fitting the map's size in pixels. */
    public MapView map(BoardFilter filter, Area area, Grid grid) {
        TenantId tenant = TenantContext.require();
        Set<TicketStage> stages = stages(Lane.ACTIVE, filter);
        if (filter.technicianId() == null) {
            stages.add(TicketStage.NEW);
        }
        Where where = where(stages, filter, tenant);
        String located = "(" + LOCATED_TICKETS.formatted(where.sql) + ") x WHERE x.lat IS NOT NULL";
        // the tickets' extent and their clusters in one scan of the located tickets
        TicketSide side = ticketSide(located, where.params, area, grid);
        Extent tickets = side.extent();
        Extent technicians = extent("(" + LOCATED_TECHNICIANS + ") x WHERE true", new MapSqlParameterSource(), area);
        // everything fits the caps: the whole workspace as markers, and moving the map needs no new read
        boolean whole = tickets.total <= TICKET_MARKERS && technicians.total <= TECHNICIAN_MARKERS;
        Area ticketArea = whole ? null : area;
        List<MapTicket> ticketMarkers = List.of();
        List<Cluster> ticketClusters = List.of();
        long ticketsShown = ticketArea == null ? tickets.total : tickets.inArea;
        if (ticketsShown <= TICKET_MARKERS) {
            ticketMarkers = ticketMarkers(located, where.params, ticketArea);
        } else {
            // not the whole workspace here (it would fit the cap): the grid is over the area in sight, else the extent
            ticketClusters = side.clusters();
        }
        List<MapTechnician> technicianMarkers = List.of();
        List<Cluster> technicianClusters = List.of();
        long techniciansShown = ticketArea == null ? technicians.total : technicians.inArea;
        String technicianSource = "(" + LOCATED_TECHNICIANS + ") x WHERE true";
        if (techniciansShown <= TECHNICIAN_MARKERS) {
            technicianMarkers = technicianMarkers(technicianSource, ticketArea, null);
        } else {
            technicianClusters = clusters(
                    technicianSource,
                    new MapSqlParameterSource(),
                    ticketArea == null ? technicians.extent() : ticketArea,
                    grid);
        }
        return new MapView(ticketMarkers, ticketClusters, technicianMarkers, technicianClusters, whole);
    }

    /** One ticket's marker under the filter (empty when the ticket is not on the board or has no place). */
    public Optional<MapTicket> mapTicket(UUID id, BoardFilter filter) {
        TenantId tenant = TenantContext.require();
        Set<TicketStage> stages = stages(Lane.ACTIVE, filter);
        if (filter.technicianId() == null) {
            stages.add(TicketStage.NEW);
        }
        Where where = where(stages, filter, tenant);
        where.params.addValue("ticket", id);
        String located =
                "(" + LOCATED_TICKETS.formatted(where.sql + " AND t.id = :ticket") + ") x WHERE x.lat IS NOT NULL";
        return ticketMarkers(located, where.params, null).stream().findFirst();
    }

    /** One technician's last position. */
    public Optional<MapTechnician> mapTechnician(UUID id) {
        TenantContext.require();
        return technicianMarkers("(" + LOCATED_TECHNICIANS + " AND u.id = :only) x WHERE true", null, id).stream()
                .findFirst();
    }

    private record Extent(long total, long inArea, double south, double west, double north, double east) {
        Area extent() {
            return new Area(south, west, north, east);
        }
    }

    private record TicketSide(Extent extent, List<Cluster> clusters) {}

    /**
     * The located tickets' count, count in {@code area} and extent, with their clusters on a grid over {@code area}
     * (over the extent when null): one scan of the tickets and their places, kept in memory for the second pass,
     * where reading the extent first and the clusters after joined the tickets to their places twice.
     */
    private TicketSide ticketSide(String located, MapSqlParameterSource params, Area area, Grid grid) {
        MapSqlParameterSource p = new MapSqlParameterSource(params.getValues());
        String inArea = "0";
        String bounds = "SELECT s::float8 AS s, w::float8 AS w, n::float8 AS n, e::float8 AS e FROM ext";
        if (area != null) {
            inArea = "count(*) FILTER (WHERE " + inside(p, area) + ")";
            bounds = "SELECT CAST(:south AS float8) AS s, CAST(:west AS float8) AS w, CAST(:north AS float8) AS n,"
                    + " CAST(:east AS float8) AS e";
        }
        int rows = grid.rows();
        int columns = grid.columns();
        List<Cluster> clusters = new ArrayList<>();
        Extent[] extent = new Extent[1];
        jdbc.query(
                "WITH x AS MATERIALIZED (SELECT x.lat, x.lng FROM " + located + "),"
                        + " ext AS (SELECT count(*) AS total, " + inArea + " AS in_area, min(x.lat) AS s,"
                        + " min(x.lng) AS w, max(x.lat) AS n, max(x.lng) AS e FROM x),"
                        + " b AS (" + bounds + "),"
                        + " g AS (SELECT b.s, b.w, b.n, b.e, greatest((b.n - b.s) / " + rows + ", 1e-6) AS cl,"
                        + " greatest((b.e - b.w) / " + columns + ", 1e-6) AS cg FROM b),"
                        + " cells AS (SELECT least(floor((x.lat - g.s) / g.cl), " + (rows - 1) + ") AS r,"
                        + " least(floor((x.lng - g.w) / g.cg), " + (columns - 1) + ") AS c, count(*) AS cnt,"
                        + " avg(x.lat) AS lat, avg(x.lng) AS lng FROM x, g"
                        + " WHERE x.lat BETWEEN g.s AND g.n AND x.lng BETWEEN g.w AND g.e GROUP BY 1, 2)"
                        + " SELECT ext.total, ext.in_area, ext.s, ext.w, ext.n, ext.e, cells.r, cells.c, cells.cnt,"
                        + " cells.lat AS clat, cells.lng AS clng FROM ext LEFT JOIN cells ON true"
                        + " ORDER BY cells.r, cells.c",
                p,
                rs -> {
                    if (extent[0] == null) {
                        extent[0] = new Extent(
                                rs.getLong("total"),
                                rs.getLong("in_area"),
                                rs.getDouble("s"),
                                rs.getDouble("w"),
                                rs.getDouble("n"),
                                rs.getDouble("e"));
                    }
                    if (rs.getObject("cnt") == null) {
                        return;
                    }
                    Area over = area != null ? area : extent[0].extent();
                    double cellLat = Math.max((over.north() - over.south()) / rows, 1e-6);
                    double cellLng = Math.max((over.east() - over.west()) / columns, 1e-6);
                    double south = over.south() + rs.getInt("r") * cellLat;
                    double west = over.west() + rs.getInt("c") * cellLng;
                    clusters.add(new Cluster(
                            rs.getDouble("clat"),
                            rs.getDouble("clng"),
                            rs.getLong("cnt"),
                            new Area(south, west, south + cellLat, west + cellLng)));
                });
        return new TicketSide(extent[0], List.copyOf(clusters));
    }

    private Extent extent(String source, MapSqlParameterSource params, Area area) {
        MapSqlParameterSource p = new MapSqlParameterSource(params.getValues());
        String inArea = "0";
        if (area != null) {
            inArea = "count(*) FILTER (WHERE " + inside(p, area) + ")";
        }
        return jdbc.queryForObject(
                "SELECT count(*) AS total, " + inArea + " AS in_area, min(x.lat) AS s, min(x.lng) AS w,"
                        + " max(x.lat) AS n, max(x.lng) AS e FROM " + source,
                p,
                (rs, i) -> new Extent(
                        rs.getLong("total"),
                        rs.getLong("in_area"),
                        rs.getDouble("s"),
                        rs.getDouble("w"),
                        rs.getDouble("n"),
                        rs.getDouble("e")));
    }

    private static String inside(MapSqlParameterSource p, Area area) {
        p.addValue("south", area.south())
                .addValue("west", area.west())
                .addValue("north", area.north())
                .addValue("east", area.east());
        return "x.lat BETWEEN :south AND :north AND x.lng BETWEEN :west AND :east";
    }

    private List<MapTicket> ticketMarkers(String located, MapSqlParameterSource params, Area area) {
        MapSqlParameterSource p = new MapSqlParameterSource(params.getValues());
        String where = area == null ? "" : " AND " + inside(p, area);
        p.addValue("cap", TICKET_MARKERS);
        return jdbc.query(
                "SELECT x.* FROM " + located + where + " ORDER BY x.number LIMIT :cap",
                p,
                (rs, i) -> new MapTicket(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getString("customer_name"),
                        TicketStage.valueOf(rs.getString("stage")),
                        TicketPriority.valueOf(rs.getString("priority")),
                        rs.getString("technician_name"),
                        rs.getBigDecimal("lat"),
                        rs.getBigDecimal("lng")));
    }

    private List<MapTechnician> technicianMarkers(String source, Area area, UUID only) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (only != null) {
            p.addValue("only", only);
        }
        String where = area == null ? "" : " AND " + inside(p, area);
        p.addValue("cap", TECHNICIAN_MARKERS);
        return jdbc.query(
                "SELECT x.* FROM " + source + where + " ORDER BY x.recorded_at DESC, x.id LIMIT :cap",
                p,
                (rs, i) -> new MapTechnician(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getBigDecimal("lat"),
                        rs.getBigDecimal("lng")));
    }

    /** Counts per cell of a grid laid over the area; a cell's marker sits at the mean of its points. */
    private List<Cluster> clusters(String source, MapSqlParameterSource params, Area area, Grid grid) {
        MapSqlParameterSource p = new MapSqlParameterSource(params.getValues());
        String where = inside(p, area);
        double cellLat = Math.max((area.north() - area.south()) / grid.rows(), 1e-6);
        double cellLng = Math.max((area.east() - area.west()) / grid.columns(), 1e-6);
        p.addValue("cellLat", cellLat).addValue("cellLng", cellLng);
        return jdbc.query(
                "SELECT least(floor((x.lat - :south) / :cellLat), " + (grid.rows() - 1) + ") AS r,"
                        + " least(floor((x.lng - :west) / :cellLng), " + (grid.columns() - 1) + ") AS c,"
                        + " count(*) AS n, avg(x.lat) AS lat, avg(x.lng) AS lng FROM " + source + " AND " + where
                        + " GROUP BY 1, 2 ORDER BY 1, 2",
                p,
                (rs, i) -> {
                    double south = area.south() + rs.getInt("r") * cellLat;
                    double west = area.west() + rs.getInt("c") * cellLng;
                    return new Cluster(
                            rs.getDouble("lat"),
                            rs.getDouble("lng"),
                            rs.getLong("n"),
                            new Area(south, west, south + cellLat, west + cellLng));
                });
    }
}
