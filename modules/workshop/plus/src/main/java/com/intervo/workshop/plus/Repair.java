package com.intervo.workshop.plus;

import com.intervo.crm.CatalogService;
import com.intervo.crm.PricedItem;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetStages;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repair stage: the accepted quotes are the technician's checklist (each line done, not needed, or done
 * differently with a note); completing it records the sale and makes the sheet ready. A sheet may also end
 * "irreparable — no compatible parts", naming the parts missing.
 */
@Service
@Transactional(readOnly = true)
public class Repair {

    static final int MAX_MISSING = 20;

    private final JdbcClient jdbc;
    private final PlusGuard guard;
    private final Quotes quotes;
    private final SheetStages stages;
    private final Sales sales;
    private final PlusSheets sheets;
    private final CatalogService catalog;
    private final WorkspaceClock workspace;

    Repair(
            JdbcTemplate jdbc,
            PlusGuard guard,
            Quotes quotes,
            SheetStages stages,
            Sales sales,
            PlusSheets sheets,
            CatalogService catalog,
            WorkspaceClock workspace) {
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
        this.quotes = quotes;
        this.stages = stages;
        this.sales = sales;
        this.sheets = sheets;
        this.catalog = catalog;
        this.workspace = workspace;
    }

    /** The repair checklist: the lines of every accepted quote, in quote order. */
    @PermitAll
    public List<Quote.Line> checklist(UUID sheetId) {
        return accepted(sheetId).stream().flatMap(q -> q.lines().stream()).toList();
    }

    private List<Quote> accepted(UUID sheetId) {
        return quotes.ofSheet(sheetId).stream()
                .filter(q -> q.status() == Plus.QuoteStatus.ACCEPTED)
                .toList();
    }

    /** A line of the checklist done, not needed, done differently (the note says how) or open again. */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "MANAGER"})
    public List<Quote.Line> mark(UUID sheetId, UUID lineId, Plus.RepairState state, String note) {
        guard.lock(sheetId, Plus.Stage.REPAIR);
        if (state == null) {
            throw DomainException.invalid("workshopplus.error.required", "state");
        }
        String text = PlusRules.text(note, "note", 2000);
        if (state == Plus.RepairState.CHANGED && text == null) {
            throw DomainException.invalid("workshopplus.error.note-required", "note");
        }
        boolean open = state == Plus.RepairState.OPEN;
        int changed = jdbc.sql("""
                        update plus_quote_line l set repair_state = ?, repair_note = ?, repaired_by = ?, repaired_at = ?
                        from plus_quote q
                        where l.id = ? and l.quote_id = q.id and q.sheet_id = ? and q.status = 'ACCEPTED'""")
                .params(
                        state.name(),
                        text,
                        open ? null : PlusGuard.displayName(),
                        open ? null : Timestamp.from(guard.clock().instant()),
                        lineId,
                        sheetId)
                .update();
        if (changed == 0) {
            throw DomainException.notFound("workshopplus.error.line-not-found");
        }
        return checklist(sheetId);
    }

    /**
     * The repair is done: every line settled, no quote waiting for the customer. The sale (lines done or done
     * differently) is recorded and announced, the sheet is ready (the customer is e-mailed as Simple does).
     */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "MANAGER"})
    public SheetDetails complete(UUID sheetId) {
        guard.lock(sheetId, Plus.Stage.REPAIR);
        if (quotes.pending(sheetId).isPresent()) {
            throw DomainException.conflict("workshopplus.error.quote-pending", "sheetId");
        }
        List<Quote> accepted = accepted(sheetId);
        long open = accepted.stream()
                .flatMap(q -> q.lines().stream())
                .filter(l -> l.repairState() == Plus.RepairState.OPEN)
                .count();
        if (open > 0) {
            throw DomainException.invalid("workshopplus.error.repair-open", "lines", open);
        }
        SheetDetails sheet = stages.lockOpen(sheetId);
        Quote first = accepted.getFirst();
        sales.complete(sheet, accepted, first.vatMode(), first.reverseCharge());
        guard.stage(sheetId, Plus.Stage.COMPLETED);
        return stages.move(sheetId, Plus.STATUS_READY, null);
    }

    /** A part that is missing: a catalog part, or a name when the part is not in the catalog. */
    public record Missing(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID partId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String name) {}

    /**
     * The sheet ends irreparable for lack of compatible parts: the parts are named (for the call-back list), a waiting
     * quote is withdrawn, the customer is told as for an unrepairable device.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public SheetDetails irreparable(UUID sheetId, List<Missing> missing, String note) {
        guard.lock(sheetId, Plus.Stage.EVALUATION, Plus.Stage.QUOTE, Plus.Stage.REPAIR);
        if (missing == null || missing.isEmpty()) {
            throw DomainException.invalid("workshopplus.error.parts-required", "parts");
        }
        if (missing.size() > MAX_MISSING) {
            throw DomainException.invalid("workshopplus.error.too-many", "parts", MAX_MISSING);
        }
        String text = PlusRules.text(note, "note", 2000);
        Set<UUID> ids = new HashSet<>();
        for (Missing m : missing) {
            if (m != null && m.partId() != null) {
                ids.add(m.partId());
            }
        }
        Map<UUID, PricedItem> parts = catalog.pricedParts(ids, workspace.today());
        List<String[]> rows = new ArrayList<>();
        int i = 0;
        for (Missing m : missing) {
            String field = "parts[" + i++ + "]";
            if (m == null
                    || (m.partId() == null && (m.name() == null || m.name().isBlank()))) {
                throw DomainException.invalid("workshopplus.error.required", field + ".name");
            }
            if (m.partId() != null && !parts.containsKey(m.partId())) {
                throw DomainException.invalid("workshopplus.error.item-unknown", field + ".partId");
            }
            String name =
                    m.partId() != null ? parts.get(m.partId()).name() : PlusRules.text(m.name(), field + ".name", 300);
            rows.add(new String[] {m.partId() == null ? null : m.partId().toString(), name});
        }
        int position = 0;
        for (String[] row : rows) {
            jdbc.sql("insert into plus_missing_part (sheet_id, part_id, position, name) values (?, ?, ?, ?)")
                    .params(sheetId, row[0] == null ? null : UUID.fromString(row[0]), position++, row[1])
                    .update();
        }
        jdbc.sql("""
                        update plus_quote set status = 'SUPERSEDED', version = version + 1
                        where sheet_id = ? and status in ('DRAFT', 'SENT')""").param(sheetId).update();
        jdbc.sql("update plus_sheet set outcome_note = ? where sheet_id = ?")
                .params(text, sheetId)
                .update();
        guard.stage(sheetId, Plus.Stage.IRREPARABLE);
        String parts0 = String.join(", ", rows.stream().map(r -> r[1]).toList());
        return stages.move(sheetId, Plus.STATUS_NO_PARTS, text == null ? parts0 : parts0 + " — " + text);
    }

    /** Whether the sheet is one of Plus (the Plus screens and routes show only for those). */
    @PermitAll
    public boolean isPlusSheet(UUID sheetId) {
        return sheets.find(sheetId).isPresent();
    }
}
