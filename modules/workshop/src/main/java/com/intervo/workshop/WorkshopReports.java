package com.intervo.workshop;

import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's numbers: sheets in the shop by status and by age, repairs per technician, work done and revenue
 * per day, week or month (in the workspace's time zone). Revenue is the cost of the work logged on the sheets
 * handed over in the period.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({"ADMIN", "MANAGER"})
public class WorkshopReports {

    public enum Period {
        DAY,
        WEEK,
        MONTH
    }

    public record StatusCount(String statusKey, String label, String colour, long count) {}

    public record AgeCount(String bucket, long count) {}

    public record TechnicianRow(
            String technician, long sheets, long entries, long minutes, BigDecimal workValue, long handedOver) {}

    public record PeriodRow(
            LocalDate start, long received, long handedOver, long minutes, BigDecimal workValue, BigDecimal revenue) {}

    /** Age buckets in days: 0–2, 3–7, 8–14, 15–30, over 30. */
    public static final List<String> AGE_BUCKETS = List.of("0-2", "3-7", "8-14", "15-30", "31+");

    private final EntityManager em;
    private final WorkflowStatuses statuses;
    private final WorkshopTenant tenant;

    WorkshopReports(EntityManager em, WorkflowStatuses statuses, WorkshopTenant tenant) {
        this.em = em;
        this.statuses = statuses;
        this.tenant = tenant;
    }

    public List<StatusCount> openByStatus(Locale locale) {
        TenantContext.require();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows(
                "select status_key, count(*) from service_sheet where closed_at is null " + "group by status_key")) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        List<StatusCount> result = new ArrayList<>();
        for (WorkflowStatus s : statuses.listAll(WorkshopModule.SHEET_WORKFLOW)) {
            Long n = counts.remove(s.key());
            if (n != null || (s.active() && !s.finalStatus())) {
                result.add(new StatusCount(s.key(), s.label(locale), s.colour(), n == null ? 0 : n));
            }
        }
        counts.forEach((k, n) -> result.add(new StatusCount(k, k, "#9e9e9e", n)));
        return result;
    }

    public List<AgeCount> openByAge() {
        TenantContext.require();
        long[] buckets = new long[AGE_BUCKETS.size()];
        for (Object[] row : rows("select extract(day from (now() - received_at))::int as d, count(*) "
                + "from service_sheet where closed_at is null group by d")) {
            int days = ((Number) row[0]).intValue();
            long n = ((Number) row[1]).longValue();
            int i = days <= 2 ? 0 : days <= 7 ? 1 : days <= 14 ? 2 : days <= 30 ? 3 : 4;
            buckets[i] += n;
        }
        List<AgeCount> result = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            result.add(new AgeCount(AGE_BUCKETS.get(i), buckets[i]));
        }
        return result;
    }

    /** Work logged by each person in [from, to], and the sheets handed over that they were assigned. */
    public List<TechnicianRow> perTechnician(LocalDate from, LocalDate to) {
        TenantContext.require();
        Instant start = start(from);
        Instant end = start(to.plusDays(1));
        Map<String, TechnicianRow> rows = new TreeMap<>();
        for (Object[] r : rows(
                "select author_name, count(distinct sheet_id), count(*), coalesce(sum(minutes), 0), "
                        + "coalesce(sum(cost), 0) from sheet_work_entry where kind = 'WORK' and created_at >= ?1 "
                        + "and created_at < ?2 group by author_name",
                start,
                end)) {
            rows.put((String) r[0], new TechnicianRow((String) r[0], num(r[1]), num(r[2]), num(r[3]), money(r[4]), 0));
        }
        for (Object[] r : rows(
                "select coalesce(technician_name, ''), count(*) from service_sheet "
                        + "where handed_over_at >= ?1 and handed_over_at < ?2 and technician_name is not null "
                        + "group by technician_name",
                start,
                end)) {
            String name = (String) r[0];
            TechnicianRow row =
                    rows.getOrDefault(name, new TechnicianRow(name, 0, 0, 0, BigDecimal.ZERO.setScale(2), 0));
            rows.put(
                    name,
                    new TechnicianRow(name, row.sheets(), row.entries(), row.minutes(), row.workValue(), num(r[1])));
        }
        return List.copyOf(rows.values());
    }

    public List<PeriodRow> perPeriod(LocalDate from, LocalDate to, Period period) {
        TenantContext.require();
        String unit = period.name().toLowerCase(Locale.ROOT);
        String zone = tenant.zone().getId();
        Instant start = start(from);
        Instant end = start(to.plusDays(1));
        Map<LocalDate, long[]> counts = new TreeMap<>();
        Map<LocalDate, BigDecimal[]> money = new TreeMap<>();
        for (LocalDate d = truncate(from, period); !d.isAfter(to); d = next(d, period)) {
            counts.put(d, new long[3]);
            money.put(d, new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        }
        String bucket = "cast(date_trunc('" + unit + "', %s at time zone '" + zone + "') as date)";
        for (Object[] r : rows(
                "select " + bucket.formatted("received_at") + ", count(*) from service_sheet "
                        + "where received_at >= ?1 and received_at < ?2 group by 1",
                start,
                end)) {
            slot(counts, r[0])[0] += num(r[1]);
        }
        for (Object[] r : rows(
                "select " + bucket.formatted("handed_over_at") + ", count(*) from service_sheet "
                        + "where handed_over_at >= ?1 and handed_over_at < ?2 group by 1",
                start,
                end)) {
            slot(counts, r[0])[1] += num(r[1]);
        }
        for (Object[] r : rows(
                "select " + bucket.formatted("created_at") + ", coalesce(sum(minutes), 0), "
                        + "coalesce(sum(cost), 0) from sheet_work_entry where kind = 'WORK' and created_at >= ?1 "
                        + "and created_at < ?2 group by 1",
                start,
                end)) {
            slot(counts, r[0])[2] += num(r[1]);
            BigDecimal[] m =
                    money.computeIfAbsent(date(r[0]), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            m[0] = m[0].add(money(r[2]));
        }
        for (Object[] r : rows(
                "select " + bucket.formatted("s.handed_over_at") + ", coalesce(sum(e.cost), 0) "
                        + "from service_sheet s join sheet_work_entry e on e.sheet_id = s.id and e.kind = 'WORK' "
                        + "where s.handed_over_at >= ?1 and s.handed_over_at < ?2 group by 1",
                start,
                end)) {
            BigDecimal[] m =
                    money.computeIfAbsent(date(r[0]), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            m[1] = m[1].add(money(r[1]));
        }
        List<PeriodRow> result = new ArrayList<>();
        counts.forEach((d, c) -> {
            BigDecimal[] m = money.get(d);
            result.add(new PeriodRow(
                    d,
                    c[0],
                    c[1],
                    c[2],
                    m[0].setScale(2, RoundingMode.HALF_UP),
                    m[1].setScale(2, RoundingMode.HALF_UP)));
        });
        return result;
    }

    public String currency() {
        return tenant.tenant().getCurrency();
    }

    /** CSV (RFC 4180, comma separated, UTF-8 with BOM for spreadsheets) of rows with a header. */
    public static String csv(List<String> header, List<? extends List<?>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, header);
        rows.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = values.get(i) == null
                    ? ""
                    : values.get(i) instanceof BigDecimal d ? d.toPlainString() : String.valueOf(values.get(i));
            if (v.matches("^[=+\\-@].*")) {
                v = "'" + v; // no formulas from user text in a spreadsheet
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            b.append(v);
        }
        b.append("\r\n");
    }

    private long[] slot(Map<LocalDate, long[]> counts, Object value) {
        return counts.computeIfAbsent(date(value), k -> new long[3]);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private Instant start(LocalDate day) {
        ZoneId zone = tenant.zone();
        return day.atStartOfDay(zone).toInstant();
    }

    static LocalDate truncate(LocalDate day, Period period) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    static LocalDate next(LocalDate day, Period period) {
        return switch (period) {
            case DAY -> day.plusDays(1);
            case WEEK -> day.plusWeeks(1);
            case MONTH -> day.plusMonths(1);
        };
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null
                ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }
}
