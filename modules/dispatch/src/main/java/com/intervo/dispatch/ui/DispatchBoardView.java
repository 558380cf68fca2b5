package com.intervo.dispatch.ui;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.dispatch.BoardFilter;
import com.intervo.dispatch.TechnicianLoad;
import com.intervo.dispatch.TicketBoard;
import com.intervo.dispatch.TicketBoard.Lane;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.TicketSummary;
import com.intervo.dispatch.live.LiveUpdates;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.map.MapSettings;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.Notifications;
import com.intervo.kernel.ui.PhoneWidth;
import com.intervo.kernel.ui.map.LeafletMap;
import com.intervo.kernel.zones.Zone;
import com.intervo.kernel.zones.Zones;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The dispatch board: the unassigned queue (with the reason of a declined ticket), the technicians with today's load
 * and where they were last seen, the tickets in progress by technician and stage, and the map. Assign by dragging a
 * ticket onto a technician or by clicking "Assign". Everything refreshes by itself when a technician acts, on this
 * server or another one (PostgreSQL LISTEN/NOTIFY → Vaadin push): a changed ticket refreshes its own row and the
 * counts, a moved technician their row and marker. The lists are read a page at a time and the map only in sight
 * ({@link TicketBoard}), so a workspace of fifty thousand open tickets opens as fast as a small one.
 */
@Route("dispatch")
@Menu(title = "dispatch.board.title", order = 20, icon = "vaadin:road")
@RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
@StyleSheet("context://styles/dispatch.css")
class DispatchBoardView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private static final String ALL_OPEN = "OPEN";
    /** Rows read at a time; a list that fits one page shows all its rows without a scrollbar of its own. */
    private static final int PAGE = 25;

    private static final String LIST_HEIGHT = "26rem";

    private final transient TicketDesk desk;
    private final transient TicketQueries queries;
    private final transient TicketBoard board;
    private final transient DispatchUi ui;
    private final transient LiveUpdates live;
    private final transient Map<String, WorkflowStatus> stages;
    private final ZoneId zone;
    private final ComboBox<Zone> zoneFilter = new ComboBox<>();
    private final Select<String> stageFilter = new Select<>();
    private final Select<TicketPriority> priorityFilter = new Select<>();
    private final DatePicker dayFilter = LocalizedPickers.date();
    private final ListGrid<TicketSummary> queue = new ListGrid<>();
    private final ListGrid<TechnicianLoad> technicians = new ListGrid<>();
    private final ListGrid<TicketSummary> active = new ListGrid<>();
    private final Span queueCount = new Span();
    private final Span activeCount = new Span();
    private final LeafletMap map;
    private final Span updated = new Span();
    private transient List<TicketSummary> dragged = List.of();
    private transient BoardFilter filter = BoardFilter.open();
    /** A technician clicked in the list: the tickets in progress show only theirs. */
    private UUID selectedTechnician;

    private transient TicketBoard.Counts counts = new TicketBoard.Counts(0, 0);
    private long technicianTotal;
    private transient GridLazyDataView<TicketSummary> queueData;
    private transient GridLazyDataView<TicketSummary> activeData;
    private transient GridLazyDataView<TechnicianLoad> technicianData;
    /** The list each shown ticket row was read into, and its technician then: where a live change lands. */
    private final Map<UUID, Lane> shownIn = new ConcurrentHashMap<>();

    private final Map<UUID, UUID> shownTechnician = new ConcurrentHashMap<>();
    private final Map<UUID, TicketStage> shownStage = new ConcurrentHashMap<>();
    private final Set<UUID> changedTickets = ConcurrentHashMap.newKeySet();
    private final Set<UUID> movedTechnicians = ConcurrentHashMap.newKeySet();
    /** The map's last read: the whole workspace (a pan needs no new read) or only the part in sight. */
    private boolean mapWhole = true;

    private transient TicketBoard.MapView mapView;
    private transient LiveUpdates.Subscription subscription;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private transient java.util.function.Supplier<OpenTicketDialog> newTicket;
    private transient java.util.function.Function<java.util.UUID, java.util.Optional<com.intervo.crm.CustomerRef>>
            findCustomer;

    /** "New ticket" on a customer's page opens the dialog here with that customer chosen ({@code ?new-ticket=<id>}). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        List<String> wanted =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("new-ticket", List.of());
        boolean dispatcher = IntervoAuthentication.current()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.DISPATCHER))
                .orElse(false);
        if (wanted.isEmpty() || !dispatcher) {
            return;
        }
        try {
            findCustomer.apply(java.util.UUID.fromString(wanted.getFirst())).ifPresent(c -> {
                OpenTicketDialog dialog = newTicket.get();
                dialog.forCustomer(c);
                dialog.open();
            });
        } catch (IllegalArgumentException e) {
            // not an id: the board as usual
        }
    }

    DispatchBoardView(
            TicketDesk desk,
            TicketQueries queries,
            TicketBoard board,
            DispatchUi ui,
            LiveUpdates live,
            Zones zones,
            MapSettings mapSettings,
            CustomerService customers,
            EquipmentService equipment,
            CatalogService catalogs) {
        this.desk = desk;
        this.queries = queries;
        this.board = board;
        this.ui = ui;
        this.live = live;
        this.stages = ui.stages();
        this.zone = ui.zone();
        setId("dispatch-board");
        setSizeFull();
        setPadding(true);

        zoneFilter.setId("board-zone");
        zoneFilter.setPlaceholder(getTranslation("dispatch.board.all-zones"));
        zoneFilter.setItems(zones.all());
        zoneFilter.setItemLabelGenerator(Zone::getName);
        zoneFilter.setClearButtonVisible(true);
        zoneFilter.addValueChangeListener(e -> refresh());
        stageFilter.setId("board-stage");
        List<String> stageItems = new ArrayList<>(List.of(ALL_OPEN));
        TicketStage.OPEN.stream()
                .filter(s -> s != TicketStage.NEW)
                .map(Enum::name)
                .forEach(stageItems::add);
        stageItems.add(TicketStage.DONE.name());
        stageFilter.setItems(stageItems);
        stageFilter.setItemLabelGenerator(s -> s.equals(ALL_OPEN)
                ? getTranslation("dispatch.board.all-open")
                : DispatchUi.stageLabel(stages, TicketStage.valueOf(s), getLocale()));
        stageFilter.setValue(ALL_OPEN);
        stageFilter.addValueChangeListener(e -> refresh());
        priorityFilter.setId("board-priority");
        priorityFilter.setItems(TicketPriority.values());
        priorityFilter.setItemLabelGenerator(
                p -> p == null ? getTranslation("dispatch.board.all-priorities") : getTranslation(p.nameKey()));
        priorityFilter.setEmptySelectionAllowed(true);
        priorityFilter.setEmptySelectionCaption(getTranslation("dispatch.board.all-priorities"));
        priorityFilter.addValueChangeListener(e -> refresh());
        dayFilter.setId("board-day");
        dayFilter.setPlaceholder(getTranslation("dispatch.board.any-day"));
        dayFilter.setClearButtonVisible(true);
        dayFilter.addValueChangeListener(e -> refresh());

        newTicket =
                () -> new OpenTicketDialog(desk, queries, customers, equipment, catalogs, zones, zone, t -> refresh());
        findCustomer = customers::ref;
        Button open = new Button(
                getTranslation("dispatch.board.new-ticket"),
                VaadinIcon.PLUS.create(),
                e -> newTicket.get().open());
        open.setId("new-ticket");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setVisible(IntervoAuthentication.current()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.DISPATCHER))
                .orElse(false));
        Button refresh = new Button(VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("board-refresh");
        refresh.setAriaLabel(getTranslation("dispatch.board.refresh"));
        updated.setId("board-updated");
        updated.addClassName("intervo-hint");
        HorizontalLayout toolbar =
                new HorizontalLayout(zoneFilter, stageFilter, priorityFilter, dayFilter, open, refresh, updated);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.addClassName("dispatch-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureQueue();
        configureTechnicians();
        configureActive();
        map = new LeafletMap(mapSettings);
        map.setId("board-map");
        map.setHeightFull();
        map.setCenter(45.9432, 24.9668, 7);
        // a large workspace shows what is in sight: read again where the user moved the map
        map.addViewListener(v -> {
            if (!mapWhole) {
                refreshMap();
            }
        });

        queueCount.setId("board-queue-count");
        activeCount.setId("board-active-count");
        queueHeading = heading("dispatch.board.queue", queueCount);
        technicianHeading = heading("dispatch.board.technicians", null);
        activeHeading = heading("dispatch.board.active", activeCount);
        add(toolbar);
        desktopLayout();
        PhoneWidth.observe(this, this::layoutFor);
        refresh();
    }

    private final HorizontalLayout queueHeading;
    private final HorizontalLayout technicianHeading;
    private final HorizontalLayout activeHeading;
    private com.vaadin.flow.component.Component body;
    private boolean phone;

    private void layoutFor(boolean phoneWidth) {
        if (phoneWidth == phone) {
            return;
        }
        phone = phoneWidth;
        queue.setPhoneLayout(phone);
        technicians.setPhoneLayout(phone);
        active.setPhoneLayout(phone);
        if (phone) {
            phoneLayout();
        } else {
            desktopLayout();
        }
        // the map frames its markers again in its new place
        map.show(map.getMarkers(), map.getClusters(), true);
    }

    /** Desktop: the three lists one under the other in one scroll area, the map beside them. */
    private void desktopLayout() {
        replaceBody(null);
        VerticalLayout lists =
                new VerticalLayout(queueHeading, queue, technicianHeading, technicians, activeHeading, active);
        lists.setPadding(false);
        lists.setSpacing(false);
        lists.setWidthFull();
        com.vaadin.flow.component.orderedlayout.Scroller scroller =
                new com.vaadin.flow.component.orderedlayout.Scroller(
                        lists, com.vaadin.flow.component.orderedlayout.Scroller.ScrollDirection.VERTICAL);
        scroller.setId("board-lists");
        scroller.setSizeFull();
        map.setHeightFull();
        SplitLayout split = new SplitLayout(scroller, map);
        split.setSplitterPosition(62);
        split.setSizeFull();
        replaceBody(split);
    }

    /** Phone: three tabs — the queue, the technicians with the work in progress, the map. */
    private void phoneLayout() {
        replaceBody(null);
        com.vaadin.flow.component.tabs.TabSheet tabs = new com.vaadin.flow.component.tabs.TabSheet();
        tabs.setId("board-tabs");
        tabs.setSizeFull();
        tabs.addThemeVariants(com.vaadin.flow.component.tabs.TabSheetVariant.LUMO_TABS_SMALL);
        tab(tabs, "board-tab-queue", "dispatch.board.queue", queue);
        // who works on what: the technicians, then the tickets in progress
        VerticalLayout people = new VerticalLayout(technicians, activeHeading, active);
        people.setPadding(false);
        people.setSpacing(false);
        tab(tabs, "board-tab-technicians", "dispatch.board.technicians", people);
        // the split layout's slot would keep the map out of sight in a tab
        map.getElement().removeAttribute("slot");
        map.setHeight("calc(100dvh - 16rem)");
        map.setMinHeight("18rem");
        tab(tabs, "board-tab-map", "dispatch.board.map", map);
        replaceBody(tabs);
    }

    private void tab(
            com.vaadin.flow.component.tabs.TabSheet tabs,
            String id,
            String key,
            com.vaadin.flow.component.Component content) {
        com.vaadin.flow.component.tabs.Tab tab = tabs.add(getTranslation(key), content);
        tab.setId(id);
    }

    private void replaceBody(com.vaadin.flow.component.Component next) {
        if (body != null) {
            remove(body);
        }
        body = next;
        if (next != null) {
            add(next);
            expand(next);
        }
    }

    private static HorizontalLayout heading(String key, Span count) {
        H3 title = new H3(UI.getCurrent().getTranslation(key));
        title.addClassNames("dispatch-heading");
        HorizontalLayout row = count == null ? new HorizontalLayout(title) : new HorizontalLayout(title, count);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (count != null) {
            count.addClassName("intervo-badge");
        }
        return row;
    }

    private void configureQueue() {
        queue.setId("board-queue");
        queue.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.setPageSize(PAGE);
        queueData = queue.setItems(new CallbackDataProvider<TicketSummary, Void>(
                q -> shown(Lane.QUEUE, board.page(Lane.QUEUE, filter, null, q.getOffset(), q.getLimit())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, counts.queue()),
                TicketSummary::id));
        queue.setRowsDraggable(IntervoAuthentication.current()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.DISPATCHER))
                .orElse(false));
        queue.addDragStartListener(e -> dragged = e.getDraggedItems());
        queue.addDragEndListener(e -> dragged = List.of());
        queue.addComponentColumn(this::ticketLink)
                .setHeader(getTranslation("dispatch.board.number"))
                .setFlexGrow(1)
                .setAutoWidth(true);
        queue.addComponentColumn(t -> DispatchUi.priorityBadge(t.priority()))
                .setHeader(getTranslation("dispatch.board.priority"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        queue.addComponentColumn(this::customerCell)
                .setHeader(getTranslation("dispatch.board.customer"))
                .setFlexGrow(3);
        queue.addColumn(t -> t.zoneName() == null ? "" : t.zoneName())
                .setHeader(getTranslation("dispatch.board.zone"))
                .setFlexGrow(1);
        queue.addColumn(t -> DispatchUi.date(t.desiredDate(), getLocale()))
                .setHeader(getTranslation("dispatch.board.desired"))
                .setFlexGrow(1);
        queue.addComponentColumn(t -> {
                    Button assign = new Button(
                            getTranslation("dispatch.board.assign"),
                            e -> new AssignDialog(desk, board, t, x -> refresh()).open());
                    assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    assign.setId("assign-" + t.number());
                    assign.setEnabled(queue.isRowsDraggable());
                    return assign;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        queue.addItemDoubleClickListener(e -> openTicket(e.getItem()));
    }

    private Div customerCell(TicketSummary t) {
        Span name = new Span(t.customerName());
        name.addClassName("dispatch-strong");
        Span where = new Span(t.siteAddress());
        where.addClassName("intervo-hint");
        Span problem = new Span(t.problem().length() > 90 ? t.problem().substring(0, 89) + "…" : t.problem());
        Div cell = new Div(name, new Div(where), new Div(problem));
        if (t.declineReason() != null && t.stage() == TicketStage.NEW) {
            Span declined = new Span(getTranslation("dispatch.board.declined", t.declineReason()));
            declined.addClassNames("intervo-badge", "error");
            declined.addClassName("dispatch-declined");
            cell.add(new Div(declined));
        }
        return cell;
    }

    private void configureTechnicians() {
        technicians.setId("board-technicians");
        technicians.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        technicians.setPageSize(50);
        technicianData = technicians.setItems(new CallbackDataProvider<TechnicianLoad, Void>(
                q -> board.technicians(filter.zoneId(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, technicianTotal),
                TechnicianLoad::id));
        technicians.setDropMode(GridDropMode.ON_TOP);
        technicians.addDropListener(e -> e.getDropTargetItem().ifPresent(technician -> {
            List<TicketSummary> moving = dragged;
            dragged = List.of();
            for (TicketSummary t : moving) {
                try {
                    desk.assign(t.id(), t.version(), technician.id());
                    Notifications.success("dispatch.assign.done", t.number(), technician.displayName());
                } catch (RuntimeException ex) {
                    DispatchUi.show(ex);
                }
            }
            refresh();
        }));
        technicians
                .addColumn(TechnicianLoad::displayName)
                .setHeader(getTranslation("dispatch.board.technician"))
                .setFlexGrow(2);
        technicians
                .addColumn(t -> String.join(", ", t.zoneNames()))
                .setHeader(getTranslation("dispatch.board.zones"))
                .setFlexGrow(2);
        technicians
                .addColumn(t -> getTranslation("dispatch.board.load-value", t.today(), t.open()))
                .setHeader(getTranslation("dispatch.board.load"))
                .setFlexGrow(1);
        technicians
                .addColumn(t -> t.lastFixAt() == null ? "–" : DispatchUi.age(t.lastFixAt(), Instant.now()))
                .setHeader(getTranslation("dispatch.board.last-fix"))
                .setFlexGrow(1);
        technicians
                .addColumn(t -> DispatchUi.slots(t.freeToday()))
                .setHeader(getTranslation("dispatch.board.free-today"))
                .setFlexGrow(2);
        technicians
                .addComponentColumn(t -> {
                    Button day = new Button(
                            VaadinIcon.CALENDAR.create(),
                            e -> new DayPlanDialog(queries, t.id(), zone, this::openTicket).open());
                    day.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    day.setAriaLabel(getTranslation("dispatch.day.title", t.displayName()));
                    day.setId("day-" + t.id());
                    return day;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        technicians.addItemClickListener(e -> {
            // a click filters the active list to this technician's tickets
            selectedTechnician = e.getItem().id();
            recount();
            reload(Lane.ACTIVE);
        });
    }

    private void configureActive() {
        active.setId("board-active");
        active.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        active.setPageSize(PAGE);
        activeData = active.setItems(new CallbackDataProvider<TicketSummary, Void>(
                q -> shown(
                        Lane.ACTIVE,
                        board.page(Lane.ACTIVE, activeFilter(), order(q.getSortOrders()), q.getOffset(), q.getLimit()))
                        .stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, counts.active()),
                TicketSummary::id));
        active.addComponentColumn(this::ticketLink)
                .setHeader(getTranslation("dispatch.board.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        active.addColumn(t -> t.technicianName() == null ? "" : t.technicianName())
                .setHeader(getTranslation("dispatch.board.technician"))
                .setWidth("7rem")
                .setFlexGrow(1)
                .setSortProperty("technician");
        active.addComponentColumn(t -> {
                    Span badge = DispatchUi.stageBadge(stages, t.stage(), getLocale());
                    badge.setId("stage-" + t.number());
                    if (t.stage() == TicketStage.POSTPONED && t.postponeReason() != null) {
                        badge.getElement().setAttribute("title", t.postponeReason());
                    }
                    // stage and priority share a column: the list fits its pane without scrolling sideways
                    Div cell = new Div(new Div(badge));
                    if (t.arrivedWithoutFix()) {
                        cell.add(DispatchUi.noFixBadge(t, getTranslation("dispatch.ticket.no-fix")));
                    }
                    cell.add(new Div(DispatchUi.priorityBadge(t.priority())));
                    return cell;
                })
                .setHeader(getTranslation("dispatch.board.stage"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        active.addComponentColumn(this::customerCell)
                .setHeader(getTranslation("dispatch.board.customer"))
                .setWidth("8rem")
                .setFlexGrow(3);
        active.addColumn(t -> t.eta() != null
                        ? DispatchUi.time(t.eta(), zone, getLocale())
                        : t.scheduledAt() != null
                                ? DispatchUi.time(t.scheduledAt(), zone, getLocale())
                                : DispatchUi.date(t.desiredDate(), getLocale()))
                .setHeader(getTranslation("dispatch.board.eta"))
                .setWidth("6.5rem")
                .setFlexGrow(1);
        active.addComponentColumn(t -> {
                    Button delay = new Button(
                            VaadinIcon.CLOCK.create(),
                            e -> new DelayDialog(t.number(), t.eta(), zone, (eta, message) -> {
                                        try {
                                            desk.notifyDelay(
                                                    t.id(), com.intervo.dispatch.FieldContext.none(), eta, message);
                                            Notifications.success("dispatch.delay.sent", t.number());
                                            refresh();
                                        } catch (RuntimeException ex) {
                                            DispatchUi.show(ex);
                                        }
                                    })
                                    .open());
                    delay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    delay.setId("delay-" + t.number());
                    delay.setAriaLabel(getTranslation("dispatch.board.notify-delay"));
                    delay.setTooltipText(getTranslation("dispatch.board.notify-delay"));
                    delay.setVisible(t.stage().isOpen() && queue.isRowsDraggable());
                    return delay;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        active.addItemDoubleClickListener(e -> openTicket(e.getItem()));
    }

    /** The ticket's number opens its page: one tap on a phone, where double-clicking a row is no option. */
    private com.vaadin.flow.router.RouterLink ticketLink(TicketSummary t) {
        com.vaadin.flow.router.RouterLink link = new com.vaadin.flow.router.RouterLink(
                t.number(), TicketView.class, new RouteParameters("ticketId", t.id().toString()));
        link.addClassName("dispatch-strong");
        link.getElement().setAttribute("data-ticket", t.number());
        return link;
    }

    private void openTicket(TicketSummary t) {
        getUI().ifPresent(u -> u.navigate(TicketView.class, new RouteParameters("ticketId", t.id().toString())));
    }

    /** Declines already shown, so the dispatcher hears about each new one once. */
    private final java.util.Set<String> declinesSeen = new java.util.HashSet<>();

    /** Reads the lists, their counts and the map again with the filters as they are. */
    void refresh() {
        refreshPending.set(false);
        changedTickets.clear();
        movedTechnicians.clear();
        Set<TicketStage> stageSet =
                stageFilter.getValue() == null || stageFilter.getValue().equals(ALL_OPEN)
                        ? EnumSet.noneOf(TicketStage.class)
                        : EnumSet.of(TicketStage.valueOf(stageFilter.getValue()));
        filter = new BoardFilter(
                stageSet,
                zoneFilter.getValue() == null ? null : zoneFilter.getValue().getId(),
                priorityFilter.getValue(),
                dayFilter.getValue(),
                null,
                false);
        selectedTechnician = null;
        technicianTotal = board.technicianCount();
        fitRows(technicians, technicianTotal, 50);
        recount();
        reload(Lane.QUEUE);
        reload(Lane.ACTIVE);
        technicianData.refreshAll();
        refreshMap();
        updated.setText(getTranslation("dispatch.board.updated", DispatchUi.time(Instant.now(), zone, getLocale())));
    }

    private BoardFilter activeFilter() {
        return selectedTechnician == null
                ? filter
                : new BoardFilter(
                        filter.stages(), filter.zoneId(), filter.priority(), filter.day(), selectedTechnician, false);
    }

    private static TicketBoard.Order order(List<com.vaadin.flow.data.provider.QuerySortOrder> sort) {
        return sort.stream()
                .filter(o -> o.getSorted().equals("technician"))
                .findFirst()
                .map(o -> o.getDirection() == SortDirection.DESCENDING
                        ? TicketBoard.Order.TECHNICIAN_DESC
                        : TicketBoard.Order.TECHNICIAN)
                .orElse(TicketBoard.Order.URGENCY);
    }

    /** Remembers which list each read row is in, so a live change knows whether it moves the row. */
    private List<TicketSummary> shown(Lane lane, List<TicketSummary> rows) {
        for (TicketSummary t : rows) {
            shownIn.put(t.id(), lane);
            shownStage.put(t.id(), t.stage());
            if (t.technicianId() != null) {
                shownTechnician.put(t.id(), t.technicianId());
            }
        }
        return rows;
    }

    /** Reads both lists' counts (one statement; a second when a technician is picked) and shows them. */
    private void recount() {
        TicketBoard.Counts both = board.counts(filter);
        counts = selectedTechnician == null
                ? both
                : new TicketBoard.Counts(both.queue(), board.count(Lane.ACTIVE, activeFilter()));
        queueCount.setText(String.valueOf(counts.queue()));
        activeCount.setText(String.valueOf(counts.active()));
        fitRows(queue, counts.queue(), PAGE);
        fitRows(active, counts.active(), PAGE);
    }

    /** A list of one page shows every row; a longer one scrolls on its own and reads its pages as they come. */
    private static void fitRows(ListGrid<?> grid, long rows, int page) {
        boolean all = rows <= page;
        if (grid.isAllRowsVisible() != all) {
            grid.setAllRowsVisible(all);
            grid.setHeight(all ? null : LIST_HEIGHT);
        }
    }

    private void reload(Lane lane) {
        shownIn.values().removeIf(l -> l == lane);
        (lane == Lane.QUEUE ? queueData : activeData).refreshAll();
    }

    /** Applies the changes heard since the last time: only the rows, counts and markers they touch. */
    private void applyChanges() {
        refreshPending.set(false);
        List<UUID> tickets = drain(changedTickets);
        List<UUID> moved = drain(movedTechnicians);
        Set<Lane> reload = EnumSet.noneOf(Lane.class);
        Set<UUID> technicianRows = new HashSet<>(moved);
        for (UUID id : tickets) {
            java.util.Optional<TicketSummary> now = board.ticket(id);
            Lane before = shownIn.get(id);
            Lane after = now.flatMap(t -> board.laneOf(t, t.stage() == TicketStage.NEW ? filter : activeFilter()))
                    .orElse(null);
            if (before != null && before != after) {
                reload.add(before);
                if (after != null) {
                    reload.add(after);
                }
            } else if (after != null && before == after) {
                if (after == Lane.QUEUE) {
                    refreshRow(queue, queueData, now.get());
                } else {
                    refreshRow(active, activeData, now.get());
                }
                shown(after, List.of(now.get()));
            }
            TicketStage stageBefore = shownStage.get(id);
            now.ifPresent(t -> {
                if (t.stage() == TicketStage.NEW
                        && t.declineReason() != null
                        && stageBefore != null
                        && stageBefore != TicketStage.NEW
                        && declinesSeen.add(t.id() + "/" + t.version())) {
                    Notification note = Notification.show(
                            getTranslation("dispatch.board.declined-now", t.number(), t.declineReason()),
                            8000,
                            Notification.Position.TOP_END);
                    note.addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
                if (t.technicianId() != null) {
                    technicianRows.add(t.technicianId());
                }
            });
            UUID technicianBefore = shownTechnician.get(id);
            if (technicianBefore != null) {
                technicianRows.add(technicianBefore);
            }
            moveTicketMarker(id);
        }
        if (!tickets.isEmpty()) {
            TicketBoard.Counts before = counts;
            recount();
            // a row came or went somewhere in a list: that list reads its visible page again
            if (before.queue() != counts.queue()) {
                reload.add(Lane.QUEUE);
            }
            if (before.active() != counts.active()) {
                reload.add(Lane.ACTIVE);
            }
        }
        reload.forEach(this::reload);
        for (UUID technician : technicianRows) {
            board.technician(technician, filter.zoneId()).ifPresent(t -> refreshRow(technicians, technicianData, t));
        }
        moved.forEach(this::moveTechnicianMarker);
        updated.setText(getTranslation("dispatch.board.updated", DispatchUi.time(Instant.now(), zone, getLocale())));
    }

    /**
     * Sends one row again when the grid holds it. The grids' providers know a row by its id (a record's equals
     * compares every field, so a changed ticket would not match the row it replaces); a row the grid does not hold
     * is left alone: it is read when scrolled to.
     */
    private static <T> void refreshRow(ListGrid<T> grid, GridLazyDataView<T> data, T row) {
        if (grid.getDataCommunicator().getKeyMapper().has(row)) {
            data.refreshItem(row);
        }
    }

    private static List<UUID> drain(Set<UUID> changes) {
        List<UUID> taken = new ArrayList<>();
        for (UUID id : List.copyOf(changes)) {
            if (changes.remove(id)) {
                taken.add(id);
            }
        }
        return taken;
    }

    // --- the map

    /** Reads the map: the whole workspace the first time (framed), then what is in sight when it is large. */
    private void refreshMap() {
        TicketBoard.Area area = mapWhole
                ? null
                : map.getView()
                        .map(v -> new TicketBoard.Area(v.south(), v.west(), v.north(), v.east()))
                        .orElse(null);
        TicketBoard.Grid grid = map.getView()
                .map(v -> TicketBoard.Grid.forPixels(v.widthPx(), v.heightPx()))
                .orElse(TicketBoard.Grid.DEFAULT);
        mapView = board.map(filter, area, grid);
        mapWhole = mapView.whole();
        Instant now = Instant.now();
        List<LeafletMap.Marker> markers = new ArrayList<>();
        mapView.tickets().forEach(t -> markers.add(marker(t)));
        mapView.technicians().forEach(t -> markers.add(marker(t, now)));
        List<LeafletMap.Cluster> clusters = new ArrayList<>();
        mapView.ticketClusters().forEach(c -> clusters.add(cluster(c, "#6d4c41")));
        mapView.technicianClusters().forEach(c -> clusters.add(cluster(c, "#1565c0")));
        map.show(markers, clusters, area == null);
    }

    private static LeafletMap.Cluster cluster(TicketBoard.Cluster c, String colour) {
        return new LeafletMap.Cluster(
                c.latitude(),
                c.longitude(),
                c.count(),
                colour,
                c.area().south(),
                c.area().west(),
                c.area().north(),
                c.area().east());
    }

    /** Whether a marker at this point belongs on the map as it was last read. */
    private boolean inSight(java.math.BigDecimal lat, java.math.BigDecimal lng) {
        return mapWhole
                || map.getView()
                        .map(v -> new TicketBoard.Area(v.south(), v.west(), v.north(), v.east()).contains(lat, lng))
                        .orElse(false);
    }

    private void moveTicketMarker(UUID id) {
        if (mapView == null || !mapView.ticketClusters().isEmpty()) {
            // clusters count many tickets: they are read again when the map moves or the board refreshes
            return;
        }
        board.mapTicket(id, filter)
                .filter(t -> inSight(t.latitude(), t.longitude()))
                .ifPresentOrElse(t -> map.putMarker(marker(t)), () -> map.removeMarker("t:" + id));
    }

    private void moveTechnicianMarker(UUID id) {
        if (mapView == null || !mapView.technicianClusters().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        board.mapTechnician(id)
                .filter(t -> inSight(t.latitude(), t.longitude()))
                .ifPresentOrElse(t -> map.putMarker(marker(t, now)), () -> map.removeMarker("p:" + id));
    }

    private LeafletMap.Marker marker(TicketBoard.MapTicket t) {
        String label =
                t.number() + " · " + t.customerName() + " · " + DispatchUi.stageLabel(stages, t.stage(), getLocale())
                        + (t.technicianName() == null ? "" : " · " + t.technicianName());
        return new LeafletMap.Marker(
                t.latitude().doubleValue(),
                t.longitude().doubleValue(),
                label,
                DispatchUi.priorityColour(t.priority()),
                false,
                "t:" + t.id());
    }

    private static LeafletMap.Marker marker(TicketBoard.MapTechnician t, Instant now) {
        return new LeafletMap.Marker(
                t.latitude().doubleValue(),
                t.longitude().doubleValue(),
                t.displayName() + " · " + DispatchUi.age(t.recordedAt(), now),
                "#1565c0",
                true,
                "p:" + t.id());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI current = event.getUI();
        // once the map is on the page, frame all its markers (the map itself centres on the first one)
        current.beforeClientResponse(map, context -> map.show(map.getMarkers(), map.getClusters(), true));
        TenantId tenant = TenantContext.require();
        subscription = live.subscribe(tenant, change -> {
            (change.kind() == LiveUpdates.Kind.TICKET ? changedTickets : movedTechnicians).add(change.id());
            // many changes in a burst are applied together
            if (refreshPending.compareAndSet(false, true)) {
                current.access(this::applyChanges);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dispatch.board.title");
    }

    static String stageNames(Set<TicketStage> set, Map<String, WorkflowStatus> stages, Locale locale) {
        return set.stream().map(s -> DispatchUi.stageLabel(stages, s, locale)).collect(Collectors.joining(", "));
    }
}
