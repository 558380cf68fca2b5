package com.intervo.workshop.plus;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.WorkspaceClock;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plus's reports: equipment irreparable for lack of parts (by part and model, with whom to call back), warranty work
 * per manufacturer, and statistics per repair type (equipment type and model): sheets, turnaround, evaluation to
 * acceptance, acceptance rate of quotes, revenue and margin, the most frequent defects and causes. Periods are of
 * the sheets' intake days in the workspace's time zone. Managers and admins.
 */
@Service
@Transactional(readOnly = true)
public class PlusReports {

    static final int MAX_DAYS = 3 * 366;

    private final JdbcClient jdbc;
    private final PlusGuard guard;
    private final WorkspaceClock workspace;

    PlusReports(JdbcTemplate jdbc, PlusGuard guard, WorkspaceClock workspace) {
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
        this.workspace = workspace;
    }

    /** A customer to call back when a missing part appears. */
    public record CallBack(
            UUID sheetId, String sheetNumber, String customer, String phone, String email, Instant endedAt) {}

    public record MissingPartRow(
            UUID partId, String part, String equipmentType, String model, int sheets, List<CallBack> callBacks) {}

    /** Irreparable sheets by missing part and model, the most frequent first. */
    @RolesAllowed({"ADMIN", "MANAGER", "DISPATCHER"})
    public List<MissingPartRow> irreparable() {
        guard.licensed();
        Map<String, List<Object[]>> groups = new LinkedHashMap<>();
        jdbc.sql("""
                        select mp.part_id, mp.name, coalesce(t.name, ''),
                               trim(coalesce(mf.name, '') || ' ' || coalesce(m.name, e.name, '')),
                               s.id, s.sheet_number, c.name, c.phone, c.email, ps.finished_at
                        from plus_missing_part mp
                        join plus_sheet ps on ps.sheet_id = mp.sheet_id
                        join service_sheet s on s.id = mp.sheet_id
                        join equipment e on e.id = s.equipment_id
                        left join equipment_model m on m.id = e.model_id
                        left join manufacturer mf on mf.id = m.manufacturer_id
                        left join equipment_type t on t.id = ps.equipment_type_id
                        join customer c on c.id = s.customer_id
                        where ps.stage = 'IRREPARABLE'
                        order by mp.name, 4, ps.finished_at desc""").query(rs -> {
            String key = rs.getString(2).toLowerCase(java.util.Locale.ROOT) + "\u0000" + rs.getString(4);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                new CallBack(
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        PlusSheets.instant(rs.getTimestamp(10)))
            });
        });
        List<MissingPartRow> rows = new ArrayList<>();
        for (List<Object[]> g : groups.values()) {
            Object[] first = g.getFirst();
            rows.add(new MissingPartRow(
                    (UUID) first[0],
                    (String) first[1],
                    (String) first[2],
                    (String) first[3],
                    g.size(),
                    g.stream().map(r -> (CallBack) r[4]).toList()));
        }
        rows.sort(java.util.Comparator.comparingInt(MissingPartRow::sheets).reversed());
        return rows;
    }

    public record WarrantyRow(String manufacturer, int sheets, int lines, BigDecimal cost, List<String> claims) {}

    /** Warranty sheets finished in the period, per manufacturer: how many, the lines done and what they cost us. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public List<WarrantyRow> warranty(LocalDate from, LocalDate to) {
        guard.licensed();
        checkPeriod(from, to);
        return jdbc.sql("""
                        select coalesce(mf.name, ''), count(distinct ps.sheet_id),
                               count(sl.id) filter (where sl.warranty),
                               coalesce(sum(sl.cost) filter (where sl.warranty), 0),
                               coalesce(array_agg(distinct ps.warranty_claim)
                                        filter (where ps.warranty_claim is not null), '{}')
                        from plus_sheet ps
                        join service_sheet s on s.id = ps.sheet_id
                        join equipment e on e.id = s.equipment_id
                        left join equipment_model m on m.id = e.model_id
                        left join manufacturer mf on mf.id = m.manufacturer_id
                        left join plus_sale sa on sa.sheet_id = ps.sheet_id
                        left join plus_sale_line sl on sl.sale_id = sa.id
                        where ps.warranty <> 'NONE'
                          and (s.received_at at time zone ?)::date between ? and ?
                        group by 1 order by 4 desc, 1""")
                .params(workspace.zone().getId(), from, to)
                .query((rs, n) -> new WarrantyRow(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4).setScale(2, RoundingMode.HALF_UP),
                        List.of((String[]) rs.getArray(5).getArray())))
                .list();
    }

    /** One repair type: an equipment type and model. */
    public record TypeRow(
            String equipmentType,
            String model,
            int sheets,
            int completed,
            BigDecimal averageTurnaroundDays,
            BigDecimal averageHoursToAcceptance,
            int quotesDecided,
            int quotesAccepted,
            BigDecimal acceptanceRate,
            BigDecimal revenue,
            BigDecimal cost,
            BigDecimal margin) {}

    public record Count(String text, int count) {}

    public record Statistics(
            LocalDate from,
            LocalDate to,
            String currency,
            List<TypeRow> types,
            List<Count> defects,
            List<Count> causes,
            List<Count> problems) {}

    @RolesAllowed({"ADMIN", "MANAGER"})
    public Statistics statistics(LocalDate from, LocalDate to) {
        guard.licensed();
        checkPeriod(from, to);
        String zone = workspace.zone().getId();
        List<TypeRow> types = jdbc.sql("""
                        with sheets as (
                            select ps.sheet_id, ps.stage, ps.finished_at, ps.evaluated_at, s.received_at,
                                   coalesce(t.name, '') as type_name,
                                   trim(coalesce(mf.name, '') || ' ' || coalesce(m.name, '')) as model_name
                            from plus_sheet ps
                            join service_sheet s on s.id = ps.sheet_id
                            join equipment e on e.id = s.equipment_id
                            left join equipment_model m on m.id = e.model_id
                            left join manufacturer mf on mf.id = m.manufacturer_id
                            left join equipment_type t on t.id = ps.equipment_type_id
                            where (s.received_at at time zone ?)::date between ? and ?),
                        quotes as (
                            select q.sheet_id, count(*) filter (where q.status in ('ACCEPTED', 'DECLINED')) decided,
                                   count(*) filter (where q.status = 'ACCEPTED') accepted,
                                   min(q.decided_at) filter (where q.status = 'ACCEPTED' and not q.supplementary)
                                       first_accepted
                            from plus_quote q where q.sheet_id in (select sheet_id from sheets) group by q.sheet_id)
                        select x.type_name, x.model_name, count(*),
                               count(*) filter (where x.stage = 'COMPLETED'),
                               avg(extract(epoch from x.finished_at - x.received_at) / 86400.0)
                                   filter (where x.stage = 'COMPLETED'),
                               avg(extract(epoch from q.first_accepted - x.evaluated_at) / 3600.0)
                                   filter (where q.first_accepted is not null and x.evaluated_at is not null),
                               coalesce(sum(q.decided), 0), coalesce(sum(q.accepted), 0),
                               coalesce(sum(sa.net), 0), coalesce(sum(sa.cost), 0)
                        from sheets x
                        left join quotes q on q.sheet_id = x.sheet_id
                        left join plus_sale sa on sa.sheet_id = x.sheet_id
                        group by 1, 2 order by 3 desc, 1, 2""")
                .params(zone, from, to)
                .query((rs, n) -> {
                    int decided = rs.getInt(7);
                    int accepted = rs.getInt(8);
                    BigDecimal revenue = rs.getBigDecimal(9).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal cost = rs.getBigDecimal(10).setScale(2, RoundingMode.HALF_UP);
                    return new TypeRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getInt(4),
                            scale(rs.getBigDecimal(5), 1),
                            scale(rs.getBigDecimal(6), 1),
                            decided,
                            accepted,
                            decided == 0
                                    ? null
                                    : BigDecimal.valueOf(accepted * 100L)
                                            .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP),
                            revenue,
                            cost,
                            revenue.subtract(cost));
                })
                .list();
        return new Statistics(
                from,
                to,
                workspace.currency(),
                types,
                counts("p.defect", zone, from, to),
                counts("p.cause", zone, from, to),
                problemCounts(zone, from, to));
    }

    private List<Count> counts(String column, String zone, LocalDate from, LocalDate to) {
        String sql = "select " + column + ", count(*) from plus_evaluation_point p"
                + " join service_sheet s on s.id = p.sheet_id"
                + " where p.result = 'PROBLEM' and " + column + " is not null"
                + " and (s.received_at at time zone ?)::date between ? and ?"
                + " group by 1 order by 2 desc, 1 limit 10";
        return jdbc.sql(sql)
                .params(zone, from, to)
                .query((rs, n) -> new Count(rs.getString(1), rs.getInt(2)))
                .list();
    }

    private List<Count> problemCounts(String zone, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select ip.name, count(*) from plus_intake_problem ip
                        join service_sheet s on s.id = ip.sheet_id
                        where (s.received_at at time zone ?)::date between ? and ?
                        group by 1 order by 2 desc, 1 limit 10""")
                .params(zone, from, to)
                .query((rs, n) -> new Count(rs.getString(1), rs.getInt(2)))
                .list();
    }

    private static BigDecimal scale(BigDecimal value, int digits) {
        return value == null ? null : value.setScale(digits, RoundingMode.HALF_UP);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw DomainException.invalid("workshopplus.error.required", from == null ? "from" : "to");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("workshopplus.error.period", "to");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw DomainException.invalid("workshopplus.error.period-long", "to", MAX_DAYS);
        }
    }
}
