package com.intervo.workshop.plus;

import com.intervo.crm.CatalogService;
import com.intervo.crm.PricedItem;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetStages;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sheet's quotes: drafted from the intake's services or the evaluation, edited by the desk, sent (the PDF stored as
 * issued and e-mailed through the outbox), revised as a new version, and decided by the customer — on the portal, by
 * phone or at the desk. A decision is recorded once: the same decision again (two tabs, the portal and the desk at
 * once) answers the quote as decided, the other one is a conflict. Accepting moves the sheet to repair and announces
 * {@link QuoteAccepted}; declining ends it unrepaired, with the evaluation fee sold when the workspace charges one.
 */
@Service
@Transactional(readOnly = true)
public class Quotes {

    static final int MAX_LINES = 100;

    private final JdbcClient jdbc;
    private final PlusGuard guard;
    private final CatalogService catalog;
    private final WorkspaceClock workspace;
    private final PlusSettingsService settings;
    private final PlusSheets sheets;
    private final SheetStages stages;
    private final QuoteDocuments documents;
    private final Sales sales;
    private final ApplicationEventPublisher events;

    Quotes(
            JdbcTemplate jdbc,
            PlusGuard guard,
            CatalogService catalog,
            WorkspaceClock workspace,
            PlusSettingsService settings,
            PlusSheets sheets,
            SheetStages stages,
            QuoteDocuments documents,
            Sales sales,
            ApplicationEventPublisher events) {
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
        this.catalog = catalog;
        this.workspace = workspace;
        this.settings = settings;
        this.sheets = sheets;
        this.stages = stages;
        this.documents = documents;
        this.sales = sales;
        this.events = events;
    }

    // --- reading

    /** Every quote of the sheet, oldest first. */
    @PermitAll
    public List<Quote> ofSheet(UUID sheetId) {
        guard.licensed();
        return read("where q.sheet_id = ? order by q.quote_no", sheetId);
    }

    @PermitAll
    public Quote get(UUID quoteId) {
        guard.licensed();
        return find(quoteId);
    }

    Quote find(UUID quoteId) {
        List<Quote> found = read("where q.id = ?", quoteId);
        if (found.isEmpty()) {
            throw DomainException.notFound("workshopplus.error.quote-not-found");
        }
        return found.getFirst();
    }

    /** The quote waiting for the customer or being drafted, if any. */
    java.util.Optional<Quote> pending(UUID sheetId) {
        return read("where q.sheet_id = ? and q.status in ('DRAFT', 'SENT')", sheetId).stream()
                .findFirst();
    }

    private List<Quote> read(String where, UUID id) {
        List<QuoteRow> rows = jdbc.sql("""
                        select q.id, q.version, q.sheet_id, q.quote_no, q.supplementary, q.status, q.valid_until,
                               q.currency, q.vat_mode, q.reverse_charge, q.net, q.vat, q.gross, q.cost, q.sent_at,
                               q.sent_by, q.sent_to, q.file_id, q.decided_at, q.decided_by, q.decision_channel,
                               q.decision_comment
                        from plus_quote q""" + " " + where)
                .param(id)
                .query((rs, n) -> quoteRow(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<LineRow>> lines = new HashMap<>();
        jdbc.sql("""
                        select quote_id, id, position, kind, coalesce(part_id, service_id), point_id, code,
                               description, unit, quantity, unit_cost, unit_price, vat_rate, warranty, repair_state,
                               repair_note, repaired_by, repaired_at
                        from plus_quote_line where quote_id = any(?) order by quote_id, position""")
                .param(rows.stream().map(QuoteRow::id).toArray(UUID[]::new))
                .query(rs -> {
                    lines.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(lineRow(rs));
                });
        List<Quote> quotes = new ArrayList<>();
        for (QuoteRow q : rows) {
            quotes.add(assemble(q, lines.getOrDefault(q.id(), List.of())));
        }
        return quotes;
    }

    private static Quote assemble(QuoteRow q, List<LineRow> rows) {
        QuoteTotals.Totals totals = QuoteTotals.of(
                rows.stream().map(LineRow::totalsLine).toList(), q.vatMode(), q.reverseCharge(), q.currency());
        List<Quote.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LineRow r = rows.get(i);
            QuoteTotals.LineAmount a = totals.lines().get(i);
            lines.add(new Quote.Line(
                    r.id(),
                    r.position(),
                    r.kind(),
                    r.itemId(),
                    r.pointId(),
                    r.code(),
                    r.description(),
                    r.unit(),
                    r.quantity(),
                    r.unitCost(),
                    r.unitPrice(),
                    r.vatRate(),
                    r.warranty(),
                    a.net(),
                    a.vat(),
                    a.gross(),
                    r.repairState(),
                    r.repairNote(),
                    r.repairedBy(),
                    r.repairedAt()));
        }
        return new Quote(
                q.id(),
                q.version(),
                q.sheetId(),
                q.number(),
                q.supplementary(),
                q.status(),
                q.validUntil(),
                q.currency(),
                q.vatMode(),
                q.reverseCharge(),
                totals.net(),
                totals.vat(),
                totals.gross(),
                totals.cost(),
                q.sentAt(),
                q.sentBy(),
                q.sentTo(),
                q.fileId(),
                q.decidedAt(),
                q.decidedBy(),
                q.channel(),
                q.comment(),
                lines,
                totals.vatGroups());
    }

    private record QuoteRow(
            UUID id,
            long version,
            UUID sheetId,
            int number,
            boolean supplementary,
            Plus.QuoteStatus status,
            LocalDate validUntil,
            String currency,
            QuoteTotals.VatMode vatMode,
            boolean reverseCharge,
            java.time.Instant sentAt,
            String sentBy,
            String sentTo,
            UUID fileId,
            java.time.Instant decidedAt,
            String decidedBy,
            Plus.Channel channel,
            String comment) {}

    private static QuoteRow quoteRow(ResultSet rs) throws SQLException {
        String channel = rs.getString(21);
        return new QuoteRow(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getObject(3, UUID.class),
                rs.getInt(4),
                rs.getBoolean(5),
                Plus.QuoteStatus.valueOf(rs.getString(6)),
                rs.getObject(7, LocalDate.class),
                rs.getString(8),
                QuoteTotals.VatMode.valueOf(rs.getString(9)),
                rs.getBoolean(10),
                PlusSheets.instant(rs.getTimestamp(15)),
                rs.getString(16),
                rs.getString(17),
                rs.getObject(18, UUID.class),
                PlusSheets.instant(rs.getTimestamp(19)),
                rs.getString(20),
                channel == null ? null : Plus.Channel.valueOf(channel),
                rs.getString(22));
    }

    /** A line as stored. */
    record LineRow(
            UUID id,
            int position,
            Plus.LineKind kind,
            UUID itemId,
            UUID pointId,
            String code,
            String description,
            String unit,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            boolean warranty,
            Plus.RepairState repairState,
            String repairNote,
            String repairedBy,
            java.time.Instant repairedAt) {

        QuoteTotals.Line totalsLine() {
            return new QuoteTotals.Line(quantity, unitCost, unitPrice, vatRate, warranty);
        }
    }

    private static LineRow lineRow(ResultSet rs) throws SQLException {
        return new LineRow(
                rs.getObject(2, UUID.class),
                rs.getInt(3),
                Plus.LineKind.valueOf(rs.getString(4)),
                rs.getObject(5, UUID.class),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getBigDecimal(10),
                rs.getBigDecimal(11),
                rs.getBigDecimal(12),
                rs.getBigDecimal(13),
                rs.getBoolean(14),
                Plus.RepairState.valueOf(rs.getString(15)),
                rs.getString(16),
                rs.getString(17),
                PlusSheets.instant(rs.getTimestamp(18)));
    }

    // --- drafting

    /** A line to write: a catalog item priced on the day, or the desk's edit of one. */
    record NewLine(
            Plus.LineKind kind,
            UUID itemId,
            UUID pointId,
            String code,
            String description,
            String unit,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            boolean warranty) {

        static NewLine of(Plus.LineKind kind, PricedItem item, UUID pointId, BigDecimal quantity, boolean warranty) {
            return new NewLine(
                    kind,
                    item.id(),
                    pointId,
                    item.code(),
                    item.name(),
                    item.unit(),
                    quantity,
                    item.cost(),
                    item.price(),
                    item.vatRate(),
                    warranty);
        }
    }

    /** The quote of a sheet taken in without an evaluation: the services the customer ordered. */
    Quote draftFromIntake(UUID sheetId) {
        PlusSheet plus = sheets.read(sheetId).orElseThrow();
        return draft(sheetId, false, orderedServices(plus));
    }

    /** The initial quote: the services ordered, then per problem found the parts and labour it needs. */
    Quote draftFromEvaluation(UUID sheetId) {
        PlusSheet plus = sheets.read(sheetId).orElseThrow();
        List<NewLine> lines = new ArrayList<>(orderedServices(plus));
        List<UUID[]> needs = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<BigDecimal> quantities = new ArrayList<>();
        jdbc.sql("""
                        select n.kind, coalesce(n.part_id, n.service_id), n.point_id, n.quantity
                        from plus_evaluation_need n join plus_evaluation_point p on p.id = n.point_id
                        where n.sheet_id = ? and p.result = 'PROBLEM' order by p.position, n.position""").param(sheetId).query(rs -> {
            kinds.add(rs.getString(1));
            needs.add(new UUID[] {rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)});
            quantities.add(rs.getBigDecimal(4));
        });
        Set<UUID> partIds = new HashSet<>();
        Set<UUID> serviceIds = new HashSet<>();
        for (int i = 0; i < needs.size(); i++) {
            (Plus.NeedKind.valueOf(kinds.get(i)) == Plus.NeedKind.LABOUR ? serviceIds : partIds).add(needs.get(i)[0]);
        }
        LocalDate today = workspace.today();
        Map<UUID, PricedItem> parts = catalog.pricedParts(partIds, today);
        Map<UUID, PricedItem> services = catalog.pricedServices(serviceIds, today);
        for (int i = 0; i < needs.size(); i++) {
            Plus.NeedKind kind = Plus.NeedKind.valueOf(kinds.get(i));
            PricedItem item = (kind == Plus.NeedKind.LABOUR ? services : parts).get(needs.get(i)[0]);
            if (item == null) {
                // taken out of the catalog since the evaluation: the desk adds a replacement
                continue;
            }
            lines.add(
                    NewLine.of(Plus.LineKind.of(kind), item, needs.get(i)[1], quantities.get(i), plus.underWarranty()));
        }
        return draft(sheetId, false, lines);
    }

    private List<NewLine> orderedServices(PlusSheet plus) {
        Map<UUID, PricedItem> priced = catalog.pricedServices(
                plus.services().stream()
                        .map(PlusSheet.OrderedService::serviceId)
                        .toList(),
                workspace.today());
        List<NewLine> lines = new ArrayList<>();
        for (PlusSheet.OrderedService s : plus.services()) {
            PricedItem item = priced.get(s.serviceId());
            if (item != null) {
                lines.add(NewLine.of(Plus.LineKind.SERVICE, item, null, s.quantity(), plus.underWarranty()));
            }
        }
        return lines;
    }

    /**
     * A supplementary quote for extra work found during the repair; the desk sends it and the customer accepts it
     * again before it joins the repair checklist.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public Quote supplementary(UUID sheetId, List<Quote.LineDraft> drafts) {
        guard.lock(sheetId, Plus.Stage.REPAIR);
        if (pending(sheetId).isPresent()) {
            throw DomainException.conflict("workshopplus.error.quote-pending", "sheetId");
        }
        if (drafts == null || drafts.isEmpty()) {
            throw DomainException.invalid("workshopplus.error.lines-required", "lines");
        }
        PlusSheet plus = sheets.read(sheetId).orElseThrow();
        return draft(sheetId, true, lines(drafts, plus.underWarranty()));
    }

    private Quote draft(UUID sheetId, boolean supplementary, List<NewLine> lines) {
        PlusSettings s = settings.current();
        PlusSheet plus = sheets.read(sheetId).orElseThrow();
        int number = jdbc.sql("select coalesce(max(quote_no), 0) + 1 from plus_quote where sheet_id = ?")
                .param(sheetId)
                .query(Integer.class)
                .single();
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(guard.clock().instant());
        String actor = PlusGuard.actor();
        jdbc.sql("""
                        insert into plus_quote (id, version, created_at, created_by, updated_at, updated_by, sheet_id,
                               quote_no, supplementary, status, valid_until, currency, vat_mode, reverse_charge,
                               net, vat, gross, cost)
                        values (?, 0, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0, 0, 0, 0)""")
                .params(
                        id,
                        now,
                        actor,
                        now,
                        actor,
                        sheetId,
                        number,
                        supplementary,
                        workspace.today().plusDays(s.quoteValidityDays()),
                        workspace.currency(),
                        s.vatMode().name(),
                        plus.reverseCharge())
                .update();
        writeLines(id, lines);
        return storeTotals(id);
    }

    private void writeLines(UUID quoteId, List<NewLine> lines) {
        if (lines.size() > MAX_LINES) {
            throw DomainException.invalid("workshopplus.error.too-many", "lines", MAX_LINES);
        }
        jdbc.sql("delete from plus_quote_line where quote_id = ?")
                .param(quoteId)
                .update();
        int position = 0;
        for (NewLine l : lines) {
            jdbc.sql("""
                            insert into plus_quote_line (id, quote_id, position, kind, part_id, service_id, point_id,
                                   code, description, unit, quantity, unit_cost, unit_price, vat_rate, warranty)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            quoteId,
                            position++,
                            l.kind().name(),
                            l.kind().part() ? l.itemId() : null,
                            l.kind().part() ? null : l.itemId(),
                            l.pointId(),
                            l.code(),
                            l.description(),
                            l.unit(),
                            l.quantity(),
                            l.unitCost(),
                            l.unitPrice(),
                            l.vatRate(),
                            l.warranty())
                    .update();
        }
    }

    /** Computes the totals in one place ({@link QuoteTotals}) and keeps them on the quote for lists and reports. */
    private Quote storeTotals(UUID quoteId) {
        Quote quote = find(quoteId);
        jdbc.sql("update plus_quote set net = ?, vat = ?, gross = ?, cost = ? where id = ?")
                .params(quote.net(), quote.vat(), quote.gross(), quote.cost(), quoteId)
                .update();
        return quote;
    }

    /** The desk's catalog lines checked and priced: cost and VAT from the catalog, price and text as edited. */
    private List<NewLine> lines(List<Quote.LineDraft> drafts, boolean warrantySheet) {
        if (drafts.size() > MAX_LINES) {
            throw DomainException.invalid("workshopplus.error.too-many", "lines", MAX_LINES);
        }
        Set<UUID> parts = new HashSet<>();
        Set<UUID> services = new HashSet<>();
        int i = 0;
        for (Quote.LineDraft d : drafts) {
            String field = "lines[" + i++ + "]";
            if (d == null || d.kind() == null) {
                throw DomainException.invalid("workshopplus.error.required", field + ".kind");
            }
            if (d.itemId() == null) {
                throw DomainException.invalid("workshopplus.error.required", field + ".itemId");
            }
            PlusRules.quantity(d.quantity(), field + ".quantity");
            if (d.unitPrice() != null) {
                PlusRules.money(d.unitPrice(), field + ".unitPrice");
            }
            PlusRules.text(d.description(), field + ".description", 500);
            (d.kind().part() ? parts : services).add(d.itemId());
        }
        LocalDate today = workspace.today();
        Map<UUID, PricedItem> knownParts = catalog.pricedParts(parts, today);
        Map<UUID, PricedItem> knownServices = catalog.pricedServices(services, today);
        String currency = workspace.currency();
        List<NewLine> lines = new ArrayList<>();
        i = 0;
        for (Quote.LineDraft d : drafts) {
            String field = "lines[" + i++ + "]";
            PricedItem item = (d.kind().part() ? knownParts : knownServices).get(d.itemId());
            if (item == null) {
                throw DomainException.invalid("workshopplus.error.item-unknown", field + ".itemId");
            }
            if (!currency.equals(item.currency())) {
                throw DomainException.invalid("workshopplus.error.currency", field + ".itemId", item.currency());
            }
            String description = PlusRules.text(d.description(), field + ".description", 500);
            lines.add(new NewLine(
                    d.kind(),
                    item.id(),
                    null,
                    item.code(),
                    description == null ? item.name() : description,
                    item.unit(),
                    d.quantity(),
                    item.cost(),
                    d.unitPrice() == null ? item.price() : d.unitPrice(),
                    item.vatRate(),
                    d.warranty() == null ? warrantySheet : d.warranty()));
        }
        return lines;
    }

    /** The desk edits a draft's lines and validity over the version read. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public Quote edit(UUID quoteId, long version, List<Quote.LineDraft> drafts, LocalDate validUntil) {
        Quote quote = lockDraft(quoteId, version);
        if (validUntil != null && validUntil.isBefore(workspace.today())) {
            throw DomainException.invalid("workshopplus.error.valid-past", "validUntil");
        }
        PlusSheet plus = sheets.read(quote.sheetId()).orElseThrow();
        List<NewLine> lines = lines(drafts == null ? List.of() : drafts, plus.underWarranty());
        // lines that came from the evaluation keep their problem where the same item stays on the quote
        Map<UUID, UUID> pointOf = new HashMap<>();
        quote.lines().forEach(l -> {
            if (l.pointId() != null) {
                pointOf.putIfAbsent(l.itemId(), l.pointId());
            }
        });
        lines = lines.stream()
                .map(l -> new NewLine(
                        l.kind(),
                        l.itemId(),
                        pointOf.get(l.itemId()),
                        l.code(),
                        l.description(),
                        l.unit(),
                        l.quantity(),
                        l.unitCost(),
                        l.unitPrice(),
                        l.vatRate(),
                        l.warranty()))
                .toList();
        writeLines(quoteId, lines);
        jdbc.sql("""
                        update plus_quote set version = version + 1, updated_at = ?, updated_by = ?,
                               valid_until = coalesce(?, valid_until)
                        where id = ?""")
                .params(Timestamp.from(guard.clock().instant()), PlusGuard.actor(), validUntil, quoteId)
                .update();
        return storeTotals(quoteId);
    }

    private Quote lockDraft(UUID quoteId, long version) {
        Quote quote = lockQuote(quoteId);
        if (quote.version() != version) {
            throw DomainException.conflict("workshopplus.error.stale", "version");
        }
        if (quote.status() != Plus.QuoteStatus.DRAFT) {
            throw DomainException.conflict("workshopplus.error.quote-not-draft", "status");
        }
        return quote;
    }

    /** The quote with its sheet locked (the sheet first, always, so two changes of one sheet never deadlock). */
    private Quote lockQuote(UUID quoteId) {
        guard.licensed();
        UUID sheetId = jdbc.sql("select sheet_id from plus_quote where id = ?")
                .param(quoteId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> DomainException.notFound("workshopplus.error.quote-not-found"));
        guard.lock(sheetId);
        jdbc.sql("select id from plus_quote where id = ? for update")
                .param(quoteId)
                .query(UUID.class)
                .single();
        return find(quoteId);
    }

    // --- sending and revising

    /**
     * Issues the draft: the PDF is rendered from the workspace's REPAIR_QUOTE template in the customer's language and
     * stored as issued, e-mailed with the portal link to {@code emailTo} (or the customer's address; neither: only
     * issued, to print), and the sheet waits for the customer's decision.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public Quote send(UUID quoteId, long version, String emailTo) {
        Quote quote = lockDraft(quoteId, version);
        if (quote.lines().isEmpty()) {
            throw DomainException.invalid("workshopplus.error.lines-required", "lines");
        }
        String to = PlusRules.text(emailTo, "emailTo", 320);
        SheetDetails sheet = stages.lockOpen(quote.sheetId());
        PlusSheet plus = sheets.read(quote.sheetId()).orElseThrow();
        Timestamp now = Timestamp.from(guard.clock().instant());
        jdbc.sql("""
                        update plus_quote set status = 'SENT', sent_at = ?, sent_by = ?, version = version + 1,
                               updated_at = ?, updated_by = ?
                        where id = ?""")
                .params(now, PlusGuard.displayName(), now, PlusGuard.actor(), quoteId)
                .update();
        Quote sent = find(quoteId);
        QuoteDocuments.Issued issued = documents.issue(sheet, plus, sent, problemsOf(sheet.id()));
        String mailedTo = documents.mail(sheet, sent, issued, to);
        jdbc.sql("update plus_quote set file_id = ?, sent_to = ? where id = ?")
                .params(issued.fileId(), mailedTo, quoteId)
                .update();
        stages.move(sheet.id(), Plus.STATUS_QUOTE_SENT, null);
        return find(quoteId);
    }

    /** The problems the evaluation found, as the quote prints them. */
    List<QuoteDocuments.Problem> problemsOf(UUID sheetId) {
        return jdbc.sql("""
                        select text, defect, cause, note from plus_evaluation_point
                        where sheet_id = ? and result = 'PROBLEM' order by position""")
                .param(sheetId)
                .query((rs, n) ->
                        new QuoteDocuments.Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The PDF of a sent quote, as issued. */
    @PermitAll
    public QuoteDocuments.Pdf pdf(UUID quoteId) {
        Quote quote = get(quoteId);
        if (quote.fileId() == null) {
            throw DomainException.notFound("workshopplus.error.quote-not-issued");
        }
        return documents.issued(quote);
    }

    /**
     * A change after sending: the sent quote is superseded (its PDF stays, as issued) and a new draft with its lines
     * and the next number is opened.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public Quote revise(UUID quoteId, long version) {
        Quote quote = lockQuote(quoteId);
        if (quote.version() != version) {
            throw DomainException.conflict("workshopplus.error.stale", "version");
        }
        if (quote.status() != Plus.QuoteStatus.SENT) {
            throw DomainException.conflict("workshopplus.error.quote-not-sent", "status");
        }
        jdbc.sql("update plus_quote set status = 'SUPERSEDED', version = version + 1 where id = ?")
                .param(quoteId)
                .update();
        List<NewLine> lines = quote.lines().stream()
                .map(l -> new NewLine(
                        l.kind(),
                        l.itemId(),
                        l.pointId(),
                        l.code(),
                        l.description(),
                        l.unit(),
                        l.quantity(),
                        l.unitCost(),
                        l.unitPrice(),
                        l.vatRate(),
                        l.warranty()))
                .toList();
        return draft(quote.sheetId(), quote.supplementary(), lines);
    }

    // --- the customer's decision

    /** Who decided and how. */
    public record Decision(boolean accept, Plus.Channel channel, String decidedBy, String comment) {}

    /** The desk records a decision the customer gave by phone or at the desk. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public Quote decide(UUID quoteId, Decision decision) {
        if (decision == null || decision.channel() == null || decision.channel() == Plus.Channel.PORTAL) {
            throw DomainException.invalid("workshopplus.error.channel", "channel");
        }
        String who = PlusRules.required(decision.decidedBy(), "decidedBy", 200);
        return record(quoteId, decision.accept(), decision.channel(), who + " · " + PlusGuard.displayName(), decision);
    }

    /** The customer decides on the portal (the portal found the sheet by its code; this is its open quote). */
    Quote decideOnPortal(UUID sheetId, UUID quoteId, boolean accept, String comment, String customerName) {
        UUID owner = jdbc.sql("select sheet_id from plus_quote where id = ?")
                .param(quoteId)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (!sheetId.equals(owner)) {
            // another sheet's quote (or another workspace's id) through this code: as unknown as a wrong id
            throw DomainException.notFound("workshopplus.error.quote-not-found");
        }
        return record(
                quoteId,
                accept,
                Plus.Channel.PORTAL,
                customerName,
                new Decision(accept, Plus.Channel.PORTAL, customerName, comment));
    }

    private Quote record(UUID quoteId, boolean accept, Plus.Channel channel, String by, Decision decision) {
        String comment = PlusRules.text(decision.comment(), "comment", 2000);
        Quote quote = lockQuote(quoteId);
        Plus.QuoteStatus wanted = accept ? Plus.QuoteStatus.ACCEPTED : Plus.QuoteStatus.DECLINED;
        if (quote.status() == wanted) {
            return quote; // decided already, the same way: once is enough
        }
        if (quote.status() != Plus.QuoteStatus.SENT) {
            throw DomainException.conflict(
                    "workshopplus.error.quote-decided", "status", quote.status().name());
        }
        if (channel == Plus.Channel.PORTAL && quote.validUntil().isBefore(workspace.today())) {
            throw DomainException.conflict("workshopplus.error.quote-expired", "validUntil");
        }
        Timestamp now = Timestamp.from(guard.clock().instant());
        jdbc.sql("""
                        update plus_quote set status = ?, decided_at = ?, decided_by = ?, decision_channel = ?,
                               decision_comment = ?, version = version + 1, updated_at = ?, updated_by = ?
                        where id = ?""")
                .params(wanted.name(), now, by, channel.name(), comment, now, PlusGuard.actor(), quoteId)
                .update();
        Quote decided = find(quoteId);
        SheetDetails sheet = stages.lockOpen(quote.sheetId());
        if (accept) {
            if (!quote.supplementary()) {
                guard.stage(quote.sheetId(), Plus.Stage.REPAIR);
            }
            stages.move(quote.sheetId(), Plus.STATUS_IN_REPAIR, comment);
            events.publishEvent(new QuoteAccepted(
                    TenantContext.require(),
                    quote.sheetId(),
                    sheet.number(),
                    quoteId,
                    quote.supplementary(),
                    decided.lines().stream()
                            .map(l -> new QuoteAccepted.Line(l.id(), l.kind(), l.partId(), l.itemId(), l.quantity()))
                            .toList()));
            stages.alertReception(
                    sheet, "PLUS_QUOTE_ACCEPTED", "workshopplus.alert.accepted", String.valueOf(quote.number()));
        } else if (quote.supplementary()) {
            // the extra work is not done; the repair goes on with what was accepted
            stages.move(quote.sheetId(), Plus.STATUS_IN_REPAIR, comment);
            stages.alertReception(
                    sheet, "PLUS_QUOTE_DECLINED", "workshopplus.alert.declined", String.valueOf(quote.number()));
        } else {
            jdbc.sql("update plus_sheet set outcome_note = ? where sheet_id = ?")
                    .params(comment, quote.sheetId())
                    .update();
            guard.stage(quote.sheetId(), Plus.Stage.DECLINED);
            BigDecimal fee = settings.current().evaluationFee();
            if (fee.signum() > 0) {
                sales.evaluationFee(sheet, fee, decided);
            }
            stages.move(quote.sheetId(), Plus.STATUS_RETURN_UNREPAIRED, comment);
            stages.alertReception(
                    sheet, "PLUS_QUOTE_DECLINED", "workshopplus.alert.declined", String.valueOf(quote.number()));
        }
        return decided;
    }
}
