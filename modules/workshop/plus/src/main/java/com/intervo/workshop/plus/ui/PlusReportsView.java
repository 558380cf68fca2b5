package com.intervo.workshop.plus.ui;

import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.chart.EChart;
import com.intervo.workshop.WorkshopReports;
import com.intervo.workshop.plus.PlusReports;
import com.intervo.workshop.plus.PlusReports.CallBack;
import com.intervo.workshop.plus.PlusReports.Count;
import com.intervo.workshop.plus.PlusReports.MissingPartRow;
import com.intervo.workshop.plus.PlusReports.Statistics;
import com.intervo.workshop.plus.PlusReports.TypeRow;
import com.intervo.workshop.plus.PlusReports.WarrantyRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The manager's Plus reports for a period of intake days (this month at first): statistics per repair type (equipment
 * type and model) with revenue, margin and the acceptance rate of quotes drawn, the most frequent defects, causes and
 * intake problems; warranty work per manufacturer; and the devices left irreparable for lack of parts, by part and
 * model, with the customers to call back when the part turns up. Every table exports to CSV.
 */
@Route("workshop-plus/reports")
@Menu(title = "workshopplus.reports.title", order = 8, icon = "vaadin:chart-grid")
@RolesAllowed({"ADMIN", "MANAGER"})
class PlusReportsView extends VerticalLayout implements HasDynamicTitle {

    private final transient PlusReports reports;
    private final transient ZoneId zone;
    private final DatePicker from = LocalizedPickers.date();
    private final DatePicker to = LocalizedPickers.date();
    private final Div content = new Div();

    PlusReportsView(PlusReports reports, WorkspaceClock workspace) {
        this.reports = reports;
        this.zone = workspace.zone();
        setId("plus-reports-view");
        LocalDate today = workspace.today();
        from.setId("plus-reports-from");
        from.setLabel(getTranslation("workshop.reports.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setId("plus-reports-to");
        to.setLabel(getTranslation("workshop.reports.to"));
        to.setValue(today.with(TemporalAdjusters.lastDayOfMonth()));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setId("plus-reports-content");
        content.setWidthFull();
        add(filters, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        Statistics statistics;
        List<WarrantyRow> warranty;
        try {
            statistics = reports.statistics(from.getValue(), to.getValue());
            warranty = reports.warranty(from.getValue(), to.getValue());
        } catch (DomainException e) {
            // a period the reports refuse (its end before its start, too long): said on the field it names
            DatePicker field = "from".equals(e.field()) ? from : to;
            field.setErrorMessage(getTranslation(e.messageKey(), e.params()));
            field.setInvalid(true);
            return;
        }
        statistics(statistics);
        warranty(warranty, statistics.currency());
        irreparable(reports.irreparable());
    }

    // --- statistics per repair type

    private void statistics(Statistics s) {
        String currency = s.currency();
        List<TypeRow> rows = s.types();
        List<String> labels = rows.stream().map(this::repairType).toList();

        EChart money = new EChart();
        money.setId("plus-chart-revenue");
        money.setCurrency(currency);
        money.setData(
                EChart.Type.BAR,
                labels,
                List.of(
                        new EChart.Series(
                                getTranslation("workshopplus.reports.revenue") + " (" + currency + ")",
                                rows.stream().map(TypeRow::revenue).toList()),
                        new EChart.Series(
                                getTranslation("workshopplus.reports.margin") + " (" + currency + ")",
                                rows.stream().map(TypeRow::margin).toList())));
        EChart acceptance = new EChart();
        acceptance.setId("plus-chart-acceptance");
        acceptance.setData(
                EChart.Type.BAR,
                labels,
                List.of(new EChart.Series(
                        getTranslation("workshopplus.reports.acceptance-rate"),
                        rows.stream().map(TypeRow::acceptanceRate).toList())));

        Grid<TypeRow> grid = new ListGrid<>();
        grid.setId("plus-grid-types");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::repairType).setHeader(getTranslation("workshopplus.reports.repair-type"));
        grid.addColumn(TypeRow::sheets).setHeader(getTranslation("workshopplus.reports.sheets"));
        grid.addColumn(TypeRow::completed).setHeader(getTranslation("workshopplus.reports.completed"));
        grid.addColumn(r -> Formats.number(r.averageTurnaroundDays(), 1, getLocale()))
                .setHeader(getTranslation("workshopplus.reports.turnaround-days"));
        grid.addColumn(r -> Formats.number(r.averageHoursToAcceptance(), 1, getLocale()))
                .setHeader(getTranslation("workshopplus.reports.hours-to-acceptance"));
        grid.addColumn(r -> r.quotesAccepted() + " / " + r.quotesDecided())
                .setHeader(getTranslation("workshopplus.reports.quotes-accepted-of"));
        grid.addColumn(r -> r.acceptanceRate() == null
                        ? ""
                        : getTranslation(
                                "workshopplus.reports.percent", Formats.number(r.acceptanceRate(), 1, getLocale())))
                .setHeader(getTranslation("workshopplus.reports.acceptance-rate"));
        grid.addColumn(r -> Formats.money(r.revenue(), currency, getLocale()))
                .setHeader(getTranslation("workshopplus.reports.revenue"));
        grid.addColumn(r -> Formats.money(r.cost(), currency, getLocale()))
                .setHeader(getTranslation("workshopplus.reports.cost"));
        grid.addColumn(r -> Formats.money(r.margin(), currency, getLocale()))
                .setHeader(getTranslation("workshopplus.reports.margin"));
        grid.setItems(rows);

        section(
                "workshopplus.reports.statistics",
                csv(
                        "repair-types.csv",
                        () -> WorkshopReports.csv(
                                List.of(
                                        getTranslation("workshopplus.reports.equipment-type"),
                                        getTranslation("workshopplus.reports.model"),
                                        getTranslation("workshopplus.reports.sheets"),
                                        getTranslation("workshopplus.reports.completed"),
                                        getTranslation("workshopplus.reports.turnaround-days"),
                                        getTranslation("workshopplus.reports.hours-to-acceptance"),
                                        getTranslation("workshopplus.reports.quotes-decided"),
                                        getTranslation("workshopplus.reports.quotes-accepted"),
                                        getTranslation("workshopplus.reports.acceptance-rate"),
                                        getTranslation("workshopplus.reports.revenue"),
                                        getTranslation("workshopplus.reports.cost"),
                                        getTranslation("workshopplus.reports.margin")),
                                rows.stream()
                                        .map(r -> Arrays.<Object>asList(
                                                r.equipmentType(),
                                                r.model(),
                                                r.sheets(),
                                                r.completed(),
                                                r.averageTurnaroundDays(),
                                                r.averageHoursToAcceptance(),
                                                r.quotesDecided(),
                                                r.quotesAccepted(),
                                                r.acceptanceRate(),
                                                r.revenue(),
                                                r.cost(),
                                                r.margin()))
                                        .toList())),
                empty(rows.isEmpty(), "plus-types-empty"),
                rows.isEmpty() ? null : pair(money, acceptance),
                rows.isEmpty() ? null : grid);

        HorizontalLayout frequent = new HorizontalLayout(
                counts("workshopplus.reports.defects", "defects", s.defects()),
                counts("workshopplus.reports.causes", "causes", s.causes()),
                counts("workshopplus.reports.intake-problems", "problems", s.problems()));
        frequent.setWrap(true);
        frequent.setWidthFull();
        frequent.setId("plus-frequent");
        content.add(frequent);
    }

    /** "Smartphone Apple iPhone 13": the equipment type and model; a row of neither says so. */
    private String repairType(TypeRow r) {
        String text = Stream.of(r.equipmentType(), r.model())
                .filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" "));
        return text.isBlank() ? getTranslation("workshopplus.reports.no-type") : text;
    }

    /** The ten most frequent texts of one kind, with how often, and their export. */
    private Div counts(String titleKey, String name, List<Count> counts) {
        Grid<Count> grid = new ListGrid<>();
        grid.setId("plus-grid-" + name);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Count::text).setHeader(getTranslation(titleKey));
        grid.addColumn(Count::count).setHeader(getTranslation("workshopplus.reports.count"));
        grid.setItems(counts);
        Anchor export = csv(
                name + ".csv",
                () -> WorkshopReports.csv(
                        List.of(getTranslation(titleKey), getTranslation("workshopplus.reports.count")),
                        counts.stream()
                                .map(c -> List.<Object>of(c.text(), c.count()))
                                .toList()));
        HorizontalLayout head = new HorizontalLayout(new H4(getTranslation(titleKey)), export);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div box = new Div(head);
        if (counts.isEmpty()) {
            box.add(empty(true, "plus-" + name + "-empty"));
        } else {
            box.add(grid);
        }
        box.setWidth("min(100%, 20rem)");
        return box;
    }

    // --- warranty per manufacturer

    private void warranty(List<WarrantyRow> rows, String currency) {
        Grid<WarrantyRow> grid = new ListGrid<>();
        grid.setId("plus-grid-warranty");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::manufacturer).setHeader(getTranslation("workshopplus.reports.manufacturer"));
        grid.addColumn(WarrantyRow::sheets).setHeader(getTranslation("workshopplus.reports.sheets"));
        grid.addColumn(WarrantyRow::lines).setHeader(getTranslation("workshopplus.reports.warranty-lines"));
        grid.addColumn(r -> Formats.money(r.cost(), currency, getLocale()))
                .setHeader(getTranslation("workshopplus.reports.warranty-cost"));
        grid.addColumn(r -> String.join(", ", r.claims())).setHeader(getTranslation("workshopplus.reports.claims"));
        grid.setItems(rows);
        section(
                "workshopplus.reports.warranty",
                csv(
                        "warranty.csv",
                        () -> WorkshopReports.csv(
                                List.of(
                                        getTranslation("workshopplus.reports.manufacturer"),
                                        getTranslation("workshopplus.reports.sheets"),
                                        getTranslation("workshopplus.reports.warranty-lines"),
                                        getTranslation("workshopplus.reports.warranty-cost"),
                                        getTranslation("workshopplus.reports.claims")),
                                rows.stream()
                                        .map(r -> List.<Object>of(
                                                r.manufacturer(),
                                                r.sheets(),
                                                r.lines(),
                                                r.cost(),
                                                String.join(", ", r.claims())))
                                        .toList())),
                empty(rows.isEmpty(), "plus-warranty-empty"),
                rows.isEmpty() ? null : grid);
    }

    private String manufacturer(WarrantyRow r) {
        return r.manufacturer() == null || r.manufacturer().isBlank()
                ? getTranslation("workshopplus.reports.no-manufacturer")
                : r.manufacturer();
    }

    // --- irreparable for lack of parts

    private void irreparable(List<MissingPartRow> rows) {
        Grid<MissingPartRow> grid = new ListGrid<>();
        grid.setId("plus-grid-irreparable");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(MissingPartRow::part).setHeader(getTranslation("workshopplus.reports.part"));
        grid.addColumn(r -> Stream.of(r.equipmentType(), r.model())
                        .filter(t -> t != null && !t.isBlank())
                        .collect(Collectors.joining(" ")))
                .setHeader(getTranslation("workshopplus.reports.repair-type"));
        grid.addColumn(MissingPartRow::sheets).setHeader(getTranslation("workshopplus.reports.sheets"));
        grid.addComponentColumn(this::callBacks).setHeader(getTranslation("workshopplus.reports.call-back"));
        grid.setItems(rows);
        List<List<Object>> lines = new ArrayList<>();
        for (MissingPartRow r : rows) {
            for (CallBack c : r.callBacks()) {
                lines.add(Arrays.asList(
                        r.part(),
                        r.equipmentType(),
                        r.model(),
                        r.sheets(),
                        c.sheetNumber(),
                        c.customer(),
                        c.phone(),
                        c.email(),
                        Formats.dateTime(c.endedAt(), zone, getLocale())));
            }
        }
        section(
                "workshopplus.reports.irreparable",
                csv(
                        "irreparable.csv",
                        () -> WorkshopReports.csv(
                                List.of(
                                        getTranslation("workshopplus.reports.part"),
                                        getTranslation("workshopplus.reports.equipment-type"),
                                        getTranslation("workshopplus.reports.model"),
                                        getTranslation("workshopplus.reports.sheets"),
                                        getTranslation("workshopplus.reports.sheet"),
                                        getTranslation("workshopplus.reports.customer"),
                                        getTranslation("workshopplus.reports.phone"),
                                        getTranslation("workshopplus.reports.email"),
                                        getTranslation("workshopplus.reports.ended-at")),
                                lines)),
                hint("workshopplus.reports.irreparable-hint"),
                empty(rows.isEmpty(), "plus-irreparable-empty", "workshopplus.reports.irreparable-empty"),
                rows.isEmpty() ? null : grid);
    }

    /** Who to call back for one part and model: each customer with the sheet, phone and e-mail. */
    private Div callBacks(MissingPartRow row) {
        Div list = new Div();
        for (CallBack c : row.callBacks()) {
            Div line = new Div();
            line.addClassName("plus-call-back");
            line.add(new Span(String.join(
                    " · ",
                    Stream.of(c.sheetNumber(), c.customer())
                            .filter(t -> t != null && !t.isBlank())
                            .toList())));
            if (c.phone() != null && !c.phone().isBlank()) {
                line.add(new Span(" · "));
                line.add(new Anchor("tel:" + c.phone().replaceAll("[^0-9+]", ""), c.phone()));
            }
            if (c.email() != null && !c.email().isBlank()) {
                line.add(new Span(" · "));
                line.add(new Anchor("mailto:" + c.email(), c.email()));
            }
            list.add(line);
        }
        return list;
    }

    // --- layout

    private Paragraph hint(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("intervo-hint");
        return p;
    }

    /** "Nothing in this period", or nothing at all when there is something to show. */
    private Paragraph empty(boolean empty, String id) {
        return empty(empty, id, "workshopplus.reports.empty");
    }

    private Paragraph empty(boolean empty, String id, String key) {
        if (!empty) {
            return null;
        }
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId(id);
        p.addClassName("intervo-hint");
        return p;
    }

    private HorizontalLayout pair(EChart a, EChart b) {
        a.setWidth("min(100%, 32rem)");
        b.setWidth("min(100%, 32rem)");
        HorizontalLayout row = new HorizontalLayout(a, b);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }

    private void section(String titleKey, Anchor export, Component... parts) {
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation(titleKey)), export);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.add(head);
        for (Component part : parts) {
            if (part != null) {
                content.add(part);
            }
        }
    }

    private Anchor csv(String file, Supplier<String> csv) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
                }),
                getTranslation("workshop.reports.export"));
        link.setId("plus-export-" + file.replace(".csv", ""));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshopplus.reports.title");
    }
}
