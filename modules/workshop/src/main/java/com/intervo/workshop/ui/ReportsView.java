package com.intervo.workshop.ui;

import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.chart.EChart;
import com.intervo.workshop.WorkshopReports;
import com.intervo.workshop.WorkshopReports.AgeCount;
import com.intervo.workshop.WorkshopReports.PeriodRow;
import com.intervo.workshop.WorkshopReports.StatusCount;
import com.intervo.workshop.WorkshopReports.TechnicianRow;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The manager's reports: sheets in the shop by status and age, repairs per technician, work and revenue per period. */
@Route("workshop/reports")
@Menu(title = "workshop.reports.title", order = 8, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "MANAGER"})
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final transient WorkshopReports reports;
    private final DatePicker from = LocalizedPickers.date();
    private final DatePicker to = LocalizedPickers.date();
    private final ComboBox<WorkshopReports.Period> period = new ComboBox<>();
    private final Div content = new Div();

    ReportsView(WorkshopReports reports, com.intervo.kernel.tenancy.WorkspaceClock workspace) {
        this.reports = reports;
        setId("reports-view");
        from.setId("reports-from");
        from.setLabel(getTranslation("workshop.reports.from"));
        // the workspace's today: work done after the UTC date changed there must be in "to"
        LocalDate today = workspace.today();
        from.setValue(today.minusMonths(2).withDayOfMonth(1));
        to.setId("reports-to");
        to.setLabel(getTranslation("workshop.reports.to"));
        to.setValue(today);
        period.setId("reports-period");
        period.setLabel(getTranslation("workshop.reports.period"));
        period.setItems(WorkshopReports.Period.values());
        period.setItemLabelGenerator(
                p -> getTranslation("workshop.reports.period." + p.name().toLowerCase(Locale.ROOT)));
        period.setValue(WorkshopReports.Period.WEEK);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, period);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setWidthFull();
        add(filters, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (from.getValue() == null
                || to.getValue() == null
                || period.getValue() == null
                || to.getValue().isBefore(from.getValue())) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        String currency = reports.currency();

        List<StatusCount> byStatus = reports.openByStatus(getLocale());
        EChart statusChart = new EChart();
        statusChart.setId("chart-status");
        statusChart.setData(
                EChart.Type.PIE,
                byStatus.stream().map(StatusCount::label).toList(),
                List.of(new EChart.Series(
                        getTranslation("workshop.reports.sheets"),
                        byStatus.stream().map(StatusCount::count).toList(),
                        byStatus.stream().map(StatusCount::colour).toList())));
        List<AgeCount> byAge = reports.openByAge();
        EChart ageChart = new EChart();
        ageChart.setId("chart-age");
        ageChart.setData(
                EChart.Type.BAR,
                byAge.stream()
                        .map(a -> getTranslation("workshop.reports.age-days", a.bucket()))
                        .toList(),
                List.of(new EChart.Series(
                        getTranslation("workshop.reports.sheets"),
                        byAge.stream().map(AgeCount::count).toList())));
        section(
                "workshop.reports.in-service",
                csv(
                        "in-service.csv",
                        () -> WorkshopReports.csv(
                                List.of(
                                        getTranslation("workshop.sheet.status"),
                                        getTranslation("workshop.reports.sheets")),
                                byStatus.stream()
                                        .map(s -> List.<Object>of(s.label(), s.count()))
                                        .toList())),
                pair(statusChart, ageChart));

        List<TechnicianRow> technicians = reports.perTechnician(start, end);
        EChart techChart = new EChart();
        techChart.setId("chart-technicians");
        techChart.setData(
                EChart.Type.BAR,
                technicians.stream().map(TechnicianRow::technician).toList(),
                List.of(
                        new EChart.Series(
                                getTranslation("workshop.reports.repairs"),
                                technicians.stream().map(TechnicianRow::sheets).toList()),
                        new EChart.Series(
                                getTranslation("workshop.reports.handed-over"),
                                technicians.stream()
                                        .map(TechnicianRow::handedOver)
                                        .toList())));
        Grid<TechnicianRow> techGrid = new ListGrid<>();
        techGrid.setId("grid-technicians");
        techGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        techGrid.setAllRowsVisible(true);
        techGrid.addColumn(TechnicianRow::technician).setHeader(getTranslation("workshop.sheet.technician"));
        techGrid.addColumn(TechnicianRow::sheets).setHeader(getTranslation("workshop.reports.repairs"));
        techGrid.addColumn(TechnicianRow::handedOver).setHeader(getTranslation("workshop.reports.handed-over"));
        techGrid.addColumn(r -> hours(r.minutes())).setHeader(getTranslation("workshop.reports.hours"));
        techGrid.addColumn(r -> Formats.money(r.workValue(), currency, getLocale()))
                .setHeader(getTranslation("workshop.reports.work-value"));
        techGrid.setItems(technicians);
        section(
                "workshop.reports.per-technician",
                csv(
                        "technicians.csv",
                        () -> WorkshopReports.csv(
                                List.of(
                                        getTranslation("workshop.sheet.technician"),
                                        getTranslation("workshop.reports.repairs"),
                                        getTranslation("workshop.reports.handed-over"),
                                        getTranslation("workshop.reports.minutes"),
                                        getTranslation("workshop.reports.work-value")),
                                technicians.stream()
                                        .map(r -> List.<Object>of(
                                                r.technician(), r.sheets(), r.handedOver(), r.minutes(), r.workValue()))
                                        .toList())),
                techChart,
                techGrid);

        List<PeriodRow> periods = reports.perPeriod(start, end, period.getValue());
        EChart periodChart = new EChart();
        periodChart.setId("chart-periods");
        List<String> periodLabels =
                periods.stream().map(p -> Formats.date(p.start(), getLocale())).toList();
        periodChart.setData(
                EChart.Type.BAR,
                periodLabels,
                List.of(
                        new EChart.Series(
                                getTranslation("workshop.reports.received"),
                                periods.stream().map(PeriodRow::received).toList()),
                        new EChart.Series(
                                getTranslation("workshop.reports.handed-over"),
                                periods.stream().map(PeriodRow::handedOver).toList())));
        EChart revenueChart = new EChart();
        revenueChart.setId("chart-revenue");
        revenueChart.setCurrency(currency);
        revenueChart.setData(
                EChart.Type.LINE,
                periodLabels,
                List.of(
                        new EChart.Series(
                                getTranslation("workshop.reports.revenue") + " (" + currency + ")",
                                periods.stream().map(PeriodRow::revenue).toList()),
                        new EChart.Series(
                                getTranslation("workshop.reports.work-value") + " (" + currency + ")",
                                periods.stream().map(PeriodRow::workValue).toList())));
        section(
                "workshop.reports.per-period",
                csv(
                        "periods.csv",
                        () -> WorkshopReports.csv(
                                List.of(
                                        getTranslation("workshop.reports.period-start"),
                                                getTranslation("workshop.reports.received"),
                                        getTranslation("workshop.reports.handed-over"),
                                                getTranslation("workshop.reports.minutes"),
                                        getTranslation("workshop.reports.work-value"),
                                                getTranslation("workshop.reports.revenue")),
                                periods.stream()
                                        .map(p -> List.<Object>of(
                                                p.start(),
                                                p.received(),
                                                p.handedOver(),
                                                p.minutes(),
                                                p.workValue(),
                                                p.revenue()))
                                        .toList())),
                pair(periodChart, revenueChart));
    }

    private String hours(long minutes) {
        return Formats.number(minutes / 60.0, 1, getLocale());
    }

    private HorizontalLayout pair(EChart a, EChart b) {
        a.setWidth("min(100%, 32rem)");
        b.setWidth("min(100%, 32rem)");
        HorizontalLayout row = new HorizontalLayout(a, b);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }

    private void section(String titleKey, Anchor export, com.vaadin.flow.component.Component... parts) {
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation(titleKey)), export);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.add(head);
        content.add(parts);
    }

    private Anchor csv(String file, Supplier<String> csv) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
                }),
                getTranslation("workshop.reports.export"));
        link.setId("export-" + file.replace(".csv", ""));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.reports.title");
    }
}
