package com.intervo.dispatch.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Periodic inspections ("RTP"): equipment whose type has a checklist is inspected every {@code months}. The next one
 * is due that long after the last finished inspection ticket (or the installation, or the registration); equipment
 * with an open inspection ticket is not listed. Plain SQL over the tenant schema, inside the caller's transaction.
 */
@Component
public class InspectionSchedule {

    /** One piece of equipment with its last inspection and the date the next is due. */
    public record Row(UUID equipmentId, LocalDate lastInspection, LocalDate dueDate) {}

    private final NamedParameterJdbcTemplate jdbc;

    InspectionSchedule(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Due on or before {@code until}, most overdue first, at most {@code limit}. */
    public List<Row> due(int months, LocalDate until, int limit) {
        return jdbc.query(
                """
                select e.id, last.done as last_done,
                       (coalesce(last.done, e.install_date, e.created_at::date) + make_interval(months => :months))::date
                           as due
                from equipment e
                join equipment_type et on et.id = e.equipment_type_id and et.checklist_id is not null and et.active
                left join lateral (
                    select max(t.finished_at)::date as done from ticket t
                    where t.equipment_id = e.id and t.kind = 'INSPECTION' and t.stage = 'DONE') last on true
                where e.active
                  and not exists (select 1 from ticket o where o.equipment_id = e.id and o.kind = 'INSPECTION'
                                  and o.stage in ('NEW', 'ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'POSTPONED'))
                  and (coalesce(last.done, e.install_date, e.created_at::date) + make_interval(months => :months))::date
                      <= :until
                order by due, e.id
                limit :limit""",
                new MapSqlParameterSource()
                        .addValue("months", months)
                        .addValue("until", Date.valueOf(until))
                        .addValue("limit", limit),
                (rs, i) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getDate("last_done") == null
                                ? null
                                : rs.getDate("last_done").toLocalDate(),
                        rs.getDate("due").toLocalDate()));
    }
}
