package com.intervo.workshop.plus;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.SheetDetails;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records a sheet's sale (one per sheet) and announces it with {@link WorkshopSaleCompleted}. */
@Component
class Sales {

    private final JdbcClient jdbc;
    private final PlusGuard guard;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    Sales(JdbcTemplate jdbc, PlusGuard guard, ApplicationEventPublisher events, Messages messages) {
        this.jdbc = JdbcClient.create(jdbc);
        this.guard = guard;
        this.events = events;
        this.messages = messages;
    }

    /** A line sold. */
    record SaleLine(
            String kind,
            UUID partId,
            UUID serviceId,
            String code,
            String description,
            String unit,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            BigDecimal vatRate,
            boolean warranty) {}

    /** The lines accepted and done (or done differently) of every accepted quote of the sheet. */
    UUID complete(SheetDetails sheet, List<Quote> accepted, QuoteTotals.VatMode mode, boolean reverseCharge) {
        List<SaleLine> lines = new ArrayList<>();
        for (Quote quote : accepted) {
            for (Quote.Line l : quote.lines()) {
                if (l.repairState() == Plus.RepairState.DONE || l.repairState() == Plus.RepairState.CHANGED) {
                    lines.add(new SaleLine(
                            l.kind().name(),
                            l.partId(),
                            l.kind().part() ? null : l.itemId(),
                            l.code(),
                            l.description(),
                            l.unit(),
                            l.quantity(),
                            l.unitCost(),
                            l.unitPrice(),
                            l.vatRate(),
                            l.warranty()));
                }
            }
        }
        return record(sheet, lines, mode, reverseCharge);
    }

    /** The evaluation fee of a declined quote, at the VAT rate of the quote's services (the highest on it). */
    UUID evaluationFee(SheetDetails sheet, BigDecimal fee, Quote declined) {
        BigDecimal rate = declined.lines().stream()
                .map(Quote.Line::vatRate)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        String text =
                messages.getTranslation("workshopplus.sale.evaluation-fee", Locale.forLanguageTag(sheet.language()));
        return record(
                sheet,
                List.of(new SaleLine(
                        "FEE", null, null, null, text, "pc", BigDecimal.ONE, BigDecimal.ZERO, fee, rate, false)),
                declined.vatMode(),
                declined.reverseCharge());
    }

    private UUID record(SheetDetails sheet, List<SaleLine> lines, QuoteTotals.VatMode mode, boolean reverseCharge) {
        QuoteTotals.Totals totals = QuoteTotals.of(
                lines.stream()
                        .map(l -> new QuoteTotals.Line(
                                l.quantity(), l.unitCost(), l.unitPrice(), l.vatRate(), l.warranty()))
                        .toList(),
                mode,
                reverseCharge,
                sheet.currency());
        UUID saleId = UUID.randomUUID();
        jdbc.sql("""
                        insert into plus_sale (id, sheet_id, created_at, created_by, currency, net, vat, gross, cost)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        saleId,
                        sheet.id(),
                        Timestamp.from(guard.clock().instant()),
                        PlusGuard.actor(),
                        sheet.currency(),
                        totals.net(),
                        totals.vat(),
                        totals.gross(),
                        totals.cost())
                .update();
        List<WorkshopSaleCompleted.Line> announced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SaleLine l = lines.get(i);
            QuoteTotals.LineAmount a = totals.lines().get(i);
            jdbc.sql("""
                            insert into plus_sale_line (id, sale_id, position, kind, part_id, service_id, code,
                                   description, unit, quantity, unit_cost, unit_price, vat_rate, warranty, net, vat,
                                   gross, cost)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            saleId,
                            i,
                            l.kind(),
                            l.partId(),
                            l.serviceId(),
                            l.code(),
                            l.description(),
                            l.unit(),
                            l.quantity(),
                            l.unitCost(),
                            l.unitPrice(),
                            l.vatRate(),
                            l.warranty(),
                            a.net(),
                            a.vat(),
                            a.gross(),
                            a.cost())
                    .update();
            announced.add(new WorkshopSaleCompleted.Line(
                    l.kind(),
                    l.partId(),
                    l.serviceId(),
                    l.code(),
                    l.description(),
                    l.unit(),
                    l.quantity(),
                    l.warranty() ? BigDecimal.ZERO : l.unitPrice(),
                    l.vatRate(),
                    l.warranty(),
                    a.net(),
                    a.vat(),
                    a.gross(),
                    a.cost()));
        }
        events.publishEvent(new WorkshopSaleCompleted(
                TenantContext.require(),
                saleId,
                sheet.id(),
                sheet.number(),
                sheet.customerId(),
                sheet.currency(),
                totals.net(),
                totals.vat(),
                totals.gross(),
                totals.cost(),
                announced));
        return saleId;
    }
}
