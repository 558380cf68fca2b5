package com.intervo.workshop.plus;

import com.intervo.crm.EquipmentTimelineContributor;
import com.intervo.crm.TimelineEntry;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the equipment card: each Plus sheet's evaluation (the problems found and how many photos), the quotes decided,
 * and how it ended — each linking to the sheet's Plus page, where the photos are.
 */
@Component
class PlusTimeline implements EquipmentTimelineContributor {

    private final JdbcClient jdbc;
    private final Licenses licenses;
    private final com.intervo.kernel.files.FileStorage files;

    PlusTimeline(JdbcTemplate jdbc, Licenses licenses, com.intervo.kernel.files.FileStorage files) {
        this.files = files;
        this.jdbc = JdbcClient.create(jdbc);
        this.licenses = licenses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(UUID equipmentId) {
        if (TenantContext.current().isEmpty() || !licenses.isLicensedHere(ModuleKey.WORKSHOP_PLUS)) {
            return List.of();
        }
        List<TimelineEntry> result = new ArrayList<>();
        jdbc.sql("""
                        select s.id, s.sheet_number, ps.evaluated_at, ps.stage, ps.finished_at,
                               (select string_agg(p.text || ' – ' || p.defect, '; ' order by p.position)
                                  from plus_evaluation_point p where p.sheet_id = s.id and p.result = 'PROBLEM'),
                               (select array_agg(p.id) from plus_evaluation_point p
                                 where p.sheet_id = s.id and p.result = 'PROBLEM'),
                               (select string_agg(m.name, ', ' order by m.position)
                                  from plus_missing_part m where m.sheet_id = s.id)
                        from plus_sheet ps join service_sheet s on s.id = ps.sheet_id
                        where s.equipment_id = ?""").param(equipmentId).query(rs -> {
            String route = "workshop-plus/sheets/" + rs.getObject(1, UUID.class);
            String number = rs.getString(2);
            if (rs.getTimestamp(3) != null) {
                String problems = rs.getString(6);
                java.sql.Array points = rs.getArray(7);
                long photos = points == null
                        ? 0
                        : files.of(Evaluation.PHOTO_OWNER, List.of((UUID[]) points.getArray())).values().stream()
                                .mapToLong(List::size)
                                .sum();
                result.add(new TimelineEntry(
                        rs.getTimestamp(3).toInstant(),
                        "workshopplus.timeline.evaluated",
                        number
                                + (problems == null ? "" : " – " + abbreviate(problems))
                                + (photos == 0 ? "" : " (📷 " + photos + ")"),
                        route));
            }
            if (rs.getTimestamp(5) != null) {
                Plus.Stage stage = Plus.Stage.valueOf(rs.getString(4));
                String missing = rs.getString(8);
                result.add(new TimelineEntry(
                        rs.getTimestamp(5).toInstant(),
                        "workshopplus.timeline." + stage.name(),
                        number + (missing == null ? "" : " – " + abbreviate(missing)),
                        route));
            }
        });
        jdbc.sql("""
                        select s.id, s.sheet_number, q.quote_no, q.status, q.decided_at, q.gross, q.currency
                        from plus_quote q join service_sheet s on s.id = q.sheet_id
                        where s.equipment_id = ? and q.decided_at is not null""").param(equipmentId).query(rs -> {
            result.add(new TimelineEntry(
                    rs.getTimestamp(5).toInstant(),
                    "workshopplus.timeline.quote-" + rs.getString(4),
                    rs.getString(2) + "/" + rs.getInt(3) + " – "
                            + rs.getBigDecimal(6).setScale(2, java.math.RoundingMode.HALF_UP) + " " + rs.getString(7),
                    "workshop-plus/sheets/" + rs.getObject(1, UUID.class)));
        });
        return result;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
