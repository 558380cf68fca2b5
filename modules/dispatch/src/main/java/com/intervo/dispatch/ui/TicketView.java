package com.intervo.dispatch.ui;

import com.intervo.dispatch.FieldContext;
import com.intervo.dispatch.FieldWork;
import com.intervo.dispatch.TicketActionEntry;
import com.intervo.dispatch.TicketApprovals;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.TicketSummary;
import com.intervo.dispatch.live.LiveUpdates;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One ticket for the office: what the dispatcher typed, the technician's work (checklist, findings, parts, photos,
 * signature, work report), the action log; assign, postpone/back to work, notify a delay, cancel; the manager
 * corrects quantities and hours and approves. Refreshes live when the technician acts.
 */
@Route("dispatch/tickets/:ticketId")
@RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
@StyleSheet("context://styles/dispatch.css")
class TicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TicketDesk desk;
    private final transient FieldWork fieldWork;
    private final transient TicketApprovals approvals;
    private final transient TicketQueries queries;
    private final transient com.intervo.dispatch.TicketBoard board;
    private final transient LiveUpdates live;
    private final transient Map<String, WorkflowStatus> stages;
    private final ZoneId zone;
    private transient LiveUpdates.Subscription subscription;
    private UUID id;
    private String title = "";

    private final transient com.intervo.crm.CustomerService customers;
    private final transient com.intervo.crm.EquipmentService equipment;
    private final transient com.intervo.crm.CatalogService catalogs;
    private final transient com.intervo.kernel.zones.Zones zones;

    TicketView(
            TicketDesk desk,
            FieldWork fieldWork,
            TicketApprovals approvals,
            TicketQueries queries,
            com.intervo.dispatch.TicketBoard board,
            DispatchUi ui,
            LiveUpdates live,
            com.intervo.crm.CustomerService customers,
            com.intervo.crm.EquipmentService equipment,
            com.intervo.crm.CatalogService catalogs,
            com.intervo.kernel.zones.Zones zones) {
        this.desk = desk;
        this.fieldWork = fieldWork;
        this.approvals = approvals;
        this.queries = queries;
        this.board = board;
        this.customers = customers;
        this.equipment = equipment;
        this.catalogs = catalogs;
        this.zones = zones;
        this.live = live;
        this.stages = ui.stages();
        this.zone = ui.zone();
        setId("ticket-view");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = event.getRouteParameters()
                    .get("ticketId")
                    .map(UUID::fromString)
                    .orElseThrow();
            render(queries.get(id));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(getClass()).debug("Ticket page refused: {}", e.toString(), e);
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render(TicketDetails t) {
        removeAll();
        TicketSummary s = t.summary();
        title = s.number();
        Locale locale = getLocale();
        H2 heading = new H2(s.number() + " · " + s.customerName());
        heading.setId("ticket-title");
        HorizontalLayout badges = new HorizontalLayout(
                DispatchUi.stageBadge(stages, s.stage(), locale),
                DispatchUi.priorityBadge(s.priority()),
                badge(getTranslation(s.kind().nameKey())));
        badges.setId("ticket-badges");
        if (s.awaitingApproval()) {
            Span waiting = badge(getTranslation("dispatch.ticket.awaiting-approval"));
            waiting.addClassName("error");
            badges.add(waiting);
        }
        if (s.approvedAt() != null) {
            Span approved =
                    badge(getTranslation("dispatch.ticket.approved", DispatchUi.time(s.approvedAt(), zone, locale)));
            approved.addClassName("success");
            badges.add(approved);
        }
        if (s.arrivedWithoutFix()) {
            Span noFix = badge(getTranslation("dispatch.ticket.no-fix"));
            noFix.addClassName("contrast");
            noFix.setId("ticket-no-fix");
            noFix.setTitle(s.arrivalNoFixReason());
            badges.add(noFix);
        }
        add(heading, badges, actions(t));

        Div facts = new Div();
        facts.setId("ticket-facts");
        facts.addClassName("dispatch-facts");
        fact(facts, "dispatch.ticket.problem", s.problem());
        fact(facts, "dispatch.ticket.site", s.siteAddress());
        fact(
                facts,
                "dispatch.ticket.equipment",
                s.equipmentName() == null
                        ? null
                        : s.equipmentName() + " · " + s.serialNumber()
                                + (t.equipmentType() == null ? "" : " · " + t.equipmentType()));
        fact(facts, "dispatch.ticket.contact", join(t.contactName(), t.contactPhone(), s.customerPhone()));
        fact(facts, "dispatch.board.zone", s.zoneName());
        fact(facts, "dispatch.board.technician", s.technicianName());
        fact(facts, "dispatch.board.desired", DispatchUi.date(s.desiredDate(), locale));
        fact(facts, "dispatch.ticket.scheduled", DispatchUi.time(s.scheduledAt(), zone, locale));
        fact(facts, "dispatch.board.eta", DispatchUi.time(s.eta(), zone, locale));
        fact(facts, "dispatch.ticket.declined", s.stage() == TicketStage.NEW ? s.declineReason() : null);
        fact(facts, "dispatch.ticket.postponed", s.stage() == TicketStage.POSTPONED ? s.postponeReason() : null);
        fact(facts, "dispatch.ticket.cancelled", t.cancelReason());
        fact(
                facts,
                "dispatch.ticket.arrived",
                t.arrivedAt() == null
                        ? null
                        : DispatchUi.time(t.arrivedAt(), zone, locale)
                                + (s.arrivedWithoutFix()
                                        ? " — "
                                                + getTranslation(
                                                        "dispatch.ticket.no-fix-reason", s.arrivalNoFixReason())
                                        : " (" + t.arrivedLatitude() + ", " + t.arrivedLongitude() + ")"));
        fact(facts, "dispatch.ticket.finished", DispatchUi.time(t.finishedAt(), zone, locale));
        fact(facts, "dispatch.ticket.work-done", t.workDone());
        fact(
                facts,
                "dispatch.ticket.time-worked",
                t.labourMinutes() == null ? null : getTranslation("dispatch.my.minutes-value", t.labourMinutes()));
        fact(facts, "dispatch.ticket.report-sent", DispatchUi.time(t.reportReleasedAt(), zone, locale));
        add(facts);

        if (!t.checklist().isEmpty()) {
            add(new H3(getTranslation("dispatch.ticket.checklist", t.checklistName())));
            Grid<TicketDetails.ChecklistItem> checklist = new ListGrid<>();
            checklist.setId("ticket-checklist");
            checklist.addThemeVariants(GridVariant.LUMO_COMPACT);
            checklist.setAllRowsVisible(true);
            checklist
                    .addColumn(i -> i.text() + (i.mandatory() ? " *" : ""))
                    .setHeader(getTranslation("dispatch.ticket.point"))
                    .setFlexGrow(3);
            checklist
                    .addColumn(i -> i.answer() == null
                            ? "–"
                            : getTranslation("dispatch.checklist." + i.answer().toLowerCase(Locale.ROOT)))
                    .setHeader(getTranslation("dispatch.ticket.answer"));
            checklist
                    .addColumn(i -> join(i.defect(), i.note()))
                    .setHeader(getTranslation("dispatch.ticket.note"))
                    .setFlexGrow(2);
            checklist.setItems(t.checklist());
            add(checklist);
        }
        if (!t.findings().isEmpty()) {
            add(new H3(getTranslation("dispatch.ticket.findings")));
            Div findings = new Div();
            findings.setId("ticket-findings");
            t.findings()
                    .forEach(f -> findings.add(new Paragraph(
                            getTranslation("dispatch.finding." + f.kind().toLowerCase(Locale.ROOT)) + ": "
                                    + f.text())));
            add(findings);
        }
        add(new H3(getTranslation("dispatch.ticket.parts")));
        add(partsSection(t));
        if (!t.photos().isEmpty() || t.signatureFileId() != null) {
            add(new H3(getTranslation("dispatch.ticket.photos")));
            Div photos = new Div();
            photos.setId("ticket-photos");
            photos.addClassName("dispatch-photos");
            for (TicketDetails.Photo p : t.photos()) {
                photos.add(image(t.id(), p.fileId(), p.name(), true));
            }
            if (t.signatureFileId() != null) {
                Image signature =
                        image(t.id(), t.signatureFileId(), getTranslation("dispatch.ticket.signature"), false);
                signature.setId("ticket-signature");
                photos.add(new Div(
                        signature,
                        new Paragraph(getTranslation(
                                "dispatch.ticket.signed-by",
                                t.signerName(),
                                DispatchUi.time(t.signedAt(), zone, locale)))));
            }
            add(photos);
        }
        if (t.reportFileId() != null) {
            Anchor report = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] pdf = queries.report(t.id()).orElse(new byte[0]);
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf),
                                t.reportNumber() + ".pdf",
                                "application/pdf",
                                pdf.length);
                    }),
                    getTranslation("dispatch.ticket.report", t.reportNumber()));
            report.setId("ticket-report");
            report.setTarget("_blank");
            add(report);
        }
        add(new H3(getTranslation("dispatch.ticket.log")));
        Grid<TicketActionEntry> log = new ListGrid<>();
        log.setId("ticket-log");
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        log.setAllRowsVisible(true);
        log.addColumn(a -> DispatchUi.time(a.at(), zone, locale))
                .setHeader(getTranslation("dispatch.ticket.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(a -> getTranslation(a.action().nameKey()))
                .setHeader(getTranslation("dispatch.ticket.what"))
                .setFlexGrow(1);
        log.addColumn(TicketActionEntry::actorName)
                .setHeader(getTranslation("dispatch.ticket.who"))
                .setFlexGrow(1);
        log.addColumn(a -> a.latitude() == null ? "" : a.latitude() + ", " + a.longitude())
                .setHeader(getTranslation("dispatch.ticket.where"))
                .setFlexGrow(1);
        log.addColumn(a -> a.detail() == null ? "" : a.detail())
                .setHeader(getTranslation("dispatch.ticket.detail"))
                .setFlexGrow(2);
        log.setItems(queries.actions(t.id()));
        add(log);
    }

    private HorizontalLayout actions(TicketDetails t) {
        IntervoUser user = IntervoAuthentication.current().orElseThrow();
        boolean dispatches = user.has(Role.ADMIN) || user.has(Role.DISPATCHER);
        TicketSummary s = t.summary();
        HorizontalLayout row = new HorizontalLayout();
        row.setId("ticket-actions");
        row.setWrap(true);
        if (dispatches && s.stage().isOpen()) {
            Button edit = button(
                    "ticket-edit",
                    "dispatch.ticket.edit",
                    () -> new OpenTicketDialog(
                                    desk, queries, customers, equipment, catalogs, zones, zone, t, this::render)
                            .open());
            edit.setIcon(com.vaadin.flow.component.icon.VaadinIcon.CALENDAR_CLOCK.create());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(edit);
            row.add(button(
                    "ticket-assign",
                    "dispatch.board.assign",
                    () -> new AssignDialog(desk, board, s, x -> reload()).open()));
            if (s.technicianId() != null) {
                row.add(button(
                        "ticket-unassign",
                        "dispatch.ticket.unassign",
                        () -> act(() -> desk.unassign(s.id(), s.version()))));
            }
            row.add(button(
                    "ticket-delay",
                    "dispatch.board.notify-delay",
                    () -> new DelayDialog(
                                    s.number(),
                                    s.eta(),
                                    zone,
                                    (eta, message) -> act(() ->
                                            desk.notifyDelay(s.id(), FieldContext.version(s.version()), eta, message)))
                            .open()));
            if (s.stage() == TicketStage.POSTPONED) {
                row.add(button(
                        "ticket-back-to-work",
                        "dispatch.my.back-to-work",
                        () -> act(() -> fieldWork.backToWork(s.id(), FieldContext.version(s.version())))));
            } else if (TicketStage.POSTPONABLE.contains(s.stage())) {
                row.add(button(
                        "ticket-postpone",
                        "dispatch.my.postpone",
                        () -> new ReasonDialog(
                                        "dispatch.my.postpone",
                                        "dispatch.my.reason",
                                        "dispatch.my.postpone",
                                        true,
                                        reason -> act(() ->
                                                fieldWork.postpone(s.id(), FieldContext.version(s.version()), reason)))
                                .open()));
            }
            Button cancel = button(
                    "ticket-cancel",
                    "dispatch.ticket.cancel",
                    () -> new ReasonDialog(
                                    "dispatch.ticket.cancel",
                                    "dispatch.my.reason",
                                    "dispatch.ticket.cancel",
                                    true,
                                    reason -> act(() -> desk.cancel(s.id(), s.version(), reason)))
                            .open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(cancel);
        }
        return row;
    }

    /** Parts; for a manager, while the work awaits approval, editable quantities, the hours and "approve". */
    private Component partsSection(TicketDetails t) {
        IntervoUser user = IntervoAuthentication.current().orElseThrow();
        boolean approves =
                (user.has(Role.MANAGER) || user.has(Role.ADMIN)) && t.summary().awaitingApproval();
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        Grid<TicketDetails.PartLine> parts = new ListGrid<>();
        parts.setId("ticket-parts");
        parts.addThemeVariants(GridVariant.LUMO_COMPACT);
        parts.setAllRowsVisible(true);
        Map<UUID, BigDecimalField> quantities = new HashMap<>();
        parts.addColumn(p -> p.code() + " " + p.name())
                .setHeader(getTranslation("dispatch.ticket.part"))
                .setFlexGrow(3);
        if (approves) {
            parts.addComponentColumn(p -> {
                        BigDecimalField q = new BigDecimalField();
                        q.setValue(p.quantity().stripTrailingZeros());
                        q.setWidth("7rem");
                        q.setId("quantity-" + p.code());
                        quantities.put(p.id(), q);
                        return q;
                    })
                    .setHeader(getTranslation("dispatch.ticket.quantity"));
        } else {
            parts.addColumn(p -> Formats.number(p.quantity(), getLocale()) + " " + p.unit())
                    .setHeader(getTranslation("dispatch.ticket.quantity"));
        }
        parts.addColumn(p -> Formats.money(p.unitPrice(), p.currency(), getLocale()))
                .setHeader(getTranslation("dispatch.ticket.price"));
        parts.addColumn(p -> getTranslation("dispatch.part-source." + p.source().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("dispatch.ticket.source"));
        parts.setItems(t.parts());
        section.add(parts);
        if (t.labourMinutes() != null && !approves) {
            section.add(new Paragraph(getTranslation("dispatch.ticket.labour", t.labourMinutes())));
        }
        if (approves) {
            IntegerField minutes = new IntegerField(getTranslation("dispatch.ticket.labour-minutes"));
            minutes.setId("approve-minutes");
            minutes.setMin(0);
            minutes.setValue(t.labourMinutes());
            TextArea note = new TextArea(getTranslation("dispatch.ticket.approval-note"));
            note.setId("approve-note");
            note.setWidthFull();
            Button approve = button("ticket-approve", "dispatch.ticket.approve", () -> {
                List<TicketApprovals.PartCorrection> corrections = new ArrayList<>();
                quantities.forEach((line, field) -> corrections.add(new TicketApprovals.PartCorrection(
                        line, field.getValue() == null ? BigDecimal.ZERO : field.getValue())));
                act(() -> {
                    TicketDetails corrected = approvals.correct(t.id(), t.version(), corrections, minutes.getValue());
                    return approvals.approve(t.id(), corrected.version(), note.getValue());
                });
                Notifications.success("dispatch.ticket.approved-note", t.number());
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            HorizontalLayout row = new HorizontalLayout(minutes, approve);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(row, note);
        }
        return section;
    }

    private Image image(UUID ticket, UUID file, String name, boolean thumbnail) {
        Image image = new Image(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = queries.photo(ticket, file, thumbnail);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            name,
                            thumbnail ? "image/jpeg" : "image/png",
                            bytes.length);
                }),
                name);
        image.addClassName("dispatch-photo");
        return image;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private void act(java.util.function.Supplier<TicketDetails> action) {
        try {
            render(action.get());
        } catch (RuntimeException e) {
            DispatchUi.show(e);
            reload();
        }
    }

    private void reload() {
        if (id != null) {
            render(queries.get(id));
        }
    }

    private void fact(Div facts, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(key));
        label.addClassName("intervo-hint");
        Div row = new Div(label, new Div(new Span(value)));
        row.addClassName("dispatch-fact");
        facts.add(row);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("intervo-badge");
        return badge;
    }

    private static String join(String... parts) {
        return String.join(
                " · ",
                java.util.Arrays.stream(parts)
                        .filter(p -> p != null && !p.isBlank())
                        .toList());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = live.subscribe(TenantContext.require(), change -> {
            if (change.id().equals(id)) {
                ui.access(this::reload);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
