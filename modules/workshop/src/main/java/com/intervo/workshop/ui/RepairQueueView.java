package com.intervo.workshop.ui;

import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.BenchWork;
import com.intervo.workshop.QueueFilter;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.SheetDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The repair queue: open sheets oldest first, a lazy paged grid filtered by status, technician (mine, nobody's,
 * anyone's), age and text; technicians take a sheet with one click, a row opens the sheet.
 */
@Route("workshop/queue")
@Menu(title = "workshop.queue.title", order = 2, icon = "vaadin:tools")
@PermitAll
class RepairQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient RepairQueue sheets;
    private final transient BenchWork bench;
    private final ComboBox<WorkflowStatus> status = new ComboBox<>();
    private final ComboBox<UserAccount> technician = new ComboBox<>();
    private final Checkbox unassigned = new Checkbox();
    private final Checkbox closed = new Checkbox();
    private final Checkbox overdue = new Checkbox();
    private final IntegerField minAge = new IntegerField();
    private final TextField search = new TextField();
    private final Grid<SheetDetails> grid = new ListGrid<>();
    private final Map<String, WorkflowStatus> statuses;

    RepairQueueView(RepairQueue sheets, BenchWork bench, WorkspaceClock workspace) {
        this.bench = bench;
        this.sheets = sheets;
        setId("queue-view");
        setSizeFull();
        statuses = sheets.allStatuses().stream().collect(Collectors.toMap(WorkflowStatus::key, Function.identity()));
        ZoneId zone = workspace.zone();
        DateTimeFormatter dates = Formats.dates(getLocale());
        DateTimeFormatter times = Formats.dateTimes(getLocale(), zone);

        search.setId("queue-search");
        search.setPlaceholder(getTranslation("workshop.queue.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setId("queue-status");
        status.setPlaceholder(getTranslation("workshop.queue.any-status"));
        status.setItems(
                sheets.allStatuses().stream().filter(WorkflowStatus::active).toList());
        status.setItemLabelGenerator(s -> s.label(getLocale()));
        status.setClearButtonVisible(true);
        technician.setId("queue-technician");
        technician.setPlaceholder(getTranslation("workshop.queue.any-technician"));
        technician.setItems(sheets.technicians());
        technician.setItemLabelGenerator(UserAccount::getDisplayName);
        technician.setClearButtonVisible(true);
        IntervoAuthentication.current()
                .flatMap(u -> sheets.technicians().stream()
                        .filter(t -> t.getId().equals(u.userId()))
                        .findFirst())
                .ifPresent(me -> {
                    Button mine = new Button(getTranslation("workshop.queue.mine"), e -> technician.setValue(me));
                    mine.setId("queue-mine");
                    mine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    this.mine = mine;
                });
        unassigned.setId("queue-unassigned");
        unassigned.setLabel(getTranslation("workshop.queue.unassigned"));
        minAge.setId("queue-min-age");
        minAge.setPlaceholder(getTranslation("workshop.queue.min-age"));
        minAge.setMin(0);
        minAge.setWidth("9em");
        minAge.setClearButtonVisible(true);
        overdue.setId("queue-overdue");
        overdue.setLabel(getTranslation("workshop.queue.overdue"));
        closed.setId("queue-closed");
        closed.setLabel(getTranslation("workshop.queue.include-closed"));
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        technician.addValueChangeListener(e -> refresh());
        unassigned.addValueChangeListener(e -> refresh());
        minAge.addValueChangeListener(e -> refresh());
        closed.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, status, technician);
        if (mine != null) {
            filters.add(mine);
        }
        filters.add(unassigned, overdue, minAge, closed);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("queue-grid");
        grid.setEmptyStateText(getTranslation("workshop.queue.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SheetDetails::number)
                .setHeader(getTranslation("workshop.sheet.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> times.format(s.receivedAt()))
                .setHeader(getTranslation("workshop.sheet.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> getTranslation(
                        "workshop.queue.days",
                        Duration.between(s.receivedAt(), Instant.now()).toDays()))
                .setHeader(getTranslation("workshop.queue.age"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.customer().name())
                .setHeader(getTranslation("workshop.sheet.customer"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.equipment().displayName() + " · " + s.equipment().serialNumber())
                .setHeader(getTranslation("workshop.sheet.device"))
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(s -> {
                    WorkflowStatus st = statuses.get(s.statusKey());
                    Span badge = WorkshopUi.badge(
                            st == null ? s.statusKey() : st.label(getLocale()), st == null ? null : st.colour());
                    return badge;
                }))
                .setHeader(getTranslation("workshop.sheet.status"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.technicianName() == null ? "" : s.technicianName())
                .setHeader(getTranslation("workshop.sheet.technician"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(s -> {
                    Span promised = new Span(s.promisedDate() == null ? "" : dates.format(s.promisedDate()));
                    if (s.overdueOn(LocalDate.now(zone))) {
                        promised.addClassNames("intervo-badge", "error");
                    }
                    return promised;
                }))
                .setHeader(getTranslation("workshop.sheet.promised"))
                .setAutoWidth(true);
        if (WorkshopUi.bench()) {
            grid.addColumn(new ComponentRenderer<>(s -> {
                        Button take = new Button(getTranslation("workshop.queue.take"), e -> {
                            try {
                                bench.take(s.id());
                                Notifications.success("workshop.sheet.taken", s.number());
                                grid.getDataProvider().refreshAll();
                            } catch (RuntimeException ex) {
                                Notifications.show(ex, Map.of());
                            }
                        });
                        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        take.setVisible(!s.closed() && s.technicianId() == null);
                        take.setId("take-" + s.number());
                        return take;
                    }))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        // on a phone the first columns show: what, whose, which state
        List<Grid.Column<SheetDetails>> columns = new java.util.ArrayList<>(grid.getColumns());
        Grid.Column<SheetDetails> statusColumn = columns.remove(5);
        columns.add(1, statusColumn);
        Grid.Column<SheetDetails> customerColumn = columns.remove(4);
        columns.add(2, customerColumn);
        grid.setColumnOrder(columns);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(SheetView.class, SheetView.parameters(e.getItem().id()))));
        grid.setSizeFull();
        refresh();
        add(filters, grid);
    }

    private Button mine;

    private QueueFilter filter() {
        return new QueueFilter(
                status.getValue() == null ? null : status.getValue().key(),
                technician.getValue() == null ? null : technician.getValue().getId(),
                unassigned.getValue(),
                minAge.getValue(),
                closed.getValue(),
                search.getValue(),
                overdue.getValue());
    }

    /** Home's counts open this list already filtered: {@code ?unassigned}, {@code ?mine}, {@code ?overdue}, {@code ?status=question}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("unassigned")) {
            unassigned.setValue(true);
        }
        if (query.containsKey("overdue")) {
            overdue.setValue(true);
        }
        if (query.containsKey("mine")) {
            IntervoAuthentication.current()
                    .flatMap(u -> sheets.technicians().stream()
                            .filter(t -> t.getId().equals(u.userId()))
                            .findFirst())
                    .ifPresent(technician::setValue);
        }
        List<String> wanted = query.getOrDefault("status", List.of());
        if (!wanted.isEmpty() && statuses.containsKey(wanted.getFirst())) {
            status.setValue(statuses.get(wanted.getFirst()));
        }
    }

    private void refresh() {
        QueueFilter f = filter();
        grid.setItems(query -> sheets.list(f, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, sheets.count(f)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.queue.title");
    }
}
