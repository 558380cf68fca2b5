package com.intervo.workshop.plus;

import com.intervo.crm.CatalogRef;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetDocumentExtension;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a sheet's Plus data; prints the intake's Plus fields on the intake protocol. */
@Service
@Transactional(readOnly = true)
public class PlusSheets implements SheetDocumentExtension {

    private final JdbcClient jdbc;
    private final PlusGuard guard;
    private final Licenses licenses;

    PlusSheets(JdbcTemplate jdbc, PlusGuard guard, Licenses licenses) {
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
        this.licenses = licenses;
    }

    /** The sheet's Plus data; empty for a sheet taken in the Simple way. */
    @PermitAll
    public Optional<PlusSheet> find(UUID sheetId) {
        guard.licensed();
        return read(sheetId);
    }

    @PermitAll
    public PlusSheet get(UUID sheetId) {
        return find(sheetId).orElseThrow(() -> DomainException.notFound("workshopplus.error.sheet-not-found"));
    }

    Optional<PlusSheet> read(UUID sheetId) {
        Optional<Row> row =
                jdbc.sql("""
                        select version, stage, evaluation_required, equipment_type_id, initial_findings, warranty,
                               warranty_claim, warranty_until, reverse_charge, evaluated_at, evaluated_by, outcome_note,
                               finished_at
                        from plus_sheet where sheet_id = ?""").param(sheetId).query((rs, n) -> row(rs)).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<CatalogRef> problems = jdbc.sql(
                        "select problem_id, name from plus_intake_problem where sheet_id = ? order by position")
                .param(sheetId)
                .query((rs, n) -> new CatalogRef(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        List<PlusSheet.OrderedService> services = jdbc.sql("""
                        select o.service_item_id, s.name, o.quantity from plus_ordered_service o
                        join service_item s on s.id = o.service_item_id
                        where o.sheet_id = ? order by o.position""")
                .param(sheetId)
                .query((rs, n) ->
                        new PlusSheet.OrderedService(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        List<PlusSheet.MissingPart> missing = jdbc.sql(
                        "select part_id, name from plus_missing_part where sheet_id = ? order by position")
                .param(sheetId)
                .query((rs, n) -> new PlusSheet.MissingPart(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        Row r = row.get();
        return Optional.of(new PlusSheet(
                sheetId,
                r.version,
                r.stage,
                r.evaluationRequired,
                r.typeId,
                r.findings,
                r.warranty,
                r.claim,
                r.warrantyUntil,
                r.reverseCharge,
                problems,
                services,
                r.evaluatedAt,
                r.evaluatedBy,
                r.outcomeNote,
                r.finishedAt,
                missing));
    }

    private record Row(
            long version,
            Plus.Stage stage,
            boolean evaluationRequired,
            UUID typeId,
            String findings,
            Plus.Warranty warranty,
            String claim,
            java.time.LocalDate warrantyUntil,
            boolean reverseCharge,
            Instant evaluatedAt,
            String evaluatedBy,
            String outcomeNote,
            Instant finishedAt) {}

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong(1),
                Plus.Stage.valueOf(rs.getString(2)),
                rs.getBoolean(3),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                Plus.Warranty.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getObject(8, java.time.LocalDate.class),
                rs.getBoolean(9),
                instant(rs.getTimestamp(10)),
                rs.getString(11),
                rs.getString(12),
                instant(rs.getTimestamp(13)));
    }

    /**
     * The handover protocol of a Plus sheet lists what was sold (the accepted lines done, or the evaluation fee of a
     * declined quote) with VAT, instead of Simple's work log, which a Plus repair does not use for charging.
     */
    private void handover(SheetDetails sheet, Map<String, Object> model) {
        List<Map<String, Object>> items = new ArrayList<>();
        java.util.Set<String> rates = new java.util.TreeSet<>();
        BigDecimal[] totals = new BigDecimal[3];
        jdbc.sql("""
                        select l.description, l.quantity, l.unit, l.unit_price, l.net, l.warranty, l.vat_rate,
                               s.net, s.vat, s.gross
                        from plus_sale s join plus_sale_line l on l.sale_id = s.id
                        where s.sheet_id = ? order by l.position""").param(sheet.id()).query(rs -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("description", rs.getString(1));
            item.put("quantity", rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
            item.put("unit", rs.getString(3));
            item.put(
                    "price",
                    rs.getBoolean(6)
                            ? BigDecimal.ZERO.setScale(2)
                            : rs.getBigDecimal(4).setScale(2, java.math.RoundingMode.HALF_UP));
            item.put("total", rs.getBigDecimal(5).setScale(2, java.math.RoundingMode.HALF_UP));
            items.add(item);
            rates.add(rs.getBigDecimal(7).stripTrailingZeros().toPlainString());
            totals[0] = rs.getBigDecimal(8).setScale(2, java.math.RoundingMode.HALF_UP);
            totals[1] = rs.getBigDecimal(9).setScale(2, java.math.RoundingMode.HALF_UP);
            totals[2] = rs.getBigDecimal(10).setScale(2, java.math.RoundingMode.HALF_UP);
        });
        if (items.isEmpty()) {
            return;
        }
        model.put("items", items);
        model.put("hasItems", true);
        model.put("workNotCharged", "");
        Map<String, Object> sums = new LinkedHashMap<>();
        sums.put("net", totals[0]);
        sums.put("vat", totals[1]);
        sums.put("gross", totals[2]);
        if (totals[1].signum() > 0) {
            sums.put("vatRate", String.join(" / ", rates));
        }
        model.put("totals", sums);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * The intake protocol of a Plus sheet lists the problems ticked, the services ordered and the initial findings
     * ({@code plus.problems}, {@code plus.services}, {@code plus.findings}, {@code plus.warranty}).
     */
    @Override
    public void addTo(DocumentKind kind, SheetDetails sheet, Map<String, Object> model) {
        if (TenantContext.current().isEmpty()
                || !licenses.isLicensed(TenantContext.require(), ModuleKey.WORKSHOP_PLUS)) {
            return;
        }
        if (kind.equals(com.intervo.workshop.WorkshopModule.HANDOVER_PROTOCOL)) {
            handover(sheet, model);
            return;
        }
        read(sheet.id()).ifPresent(plus -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(
                    "problems", plus.problems().stream().map(CatalogRef::name).toList());
            List<Map<String, Object>> services = new ArrayList<>();
            for (PlusSheet.OrderedService s : plus.services()) {
                services.add(Map.of(
                        "name",
                        s.name(),
                        "quantity",
                        s.quantity().stripTrailingZeros().toPlainString()));
            }
            values.put("services", services);
            values.put("hasProblems", !plus.problems().isEmpty());
            values.put("hasServices", !services.isEmpty());
            values.put("findings", plus.initialFindings() == null ? "" : plus.initialFindings());
            values.put("warranty", plus.underWarranty());
            values.put("warrantyClaim", plus.warrantyClaim() == null ? "" : plus.warrantyClaim());
            model.put("plus", values);
        });
    }
}
