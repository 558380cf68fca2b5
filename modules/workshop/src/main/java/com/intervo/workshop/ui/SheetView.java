package com.intervo.workshop.ui;

import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.identity.PersonNames;
import com.intervo.kernel.mail.OutboxMessageView;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.BenchWork;
import com.intervo.workshop.EntryDraft;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetDocument;
import com.intervo.workshop.SheetEntry;
import com.intervo.workshop.SheetHandOver;
import com.intervo.workshop.SheetIntake;
import com.intervo.workshop.SheetRules;
import com.intervo.workshop.StatusStep;
import com.intervo.workshop.WorkshopModule;
import com.intervo.workshop.domain.WorkEntry;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One service sheet: what came in, its tracking code and protocols, the log (who and when, set by the server),
 * the status with its history, the e-mails it caused, and the actions each role may take.
 */
@Route("workshop/sheets/:sheetId")
@PermitAll
class SheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RepairQueue sheets;
    private final transient SheetIntake intake;
    private final transient BenchWork bench;
    private final transient SheetHandOver handOver;
    private final transient WorkspaceClock workspace;
    private final transient CustomFieldService customFields;
    private final transient PersonNames people;
    private final transient List<com.intervo.workshop.SheetViewExtension> extensions;
    private String title = "";
    private UUID sheetId;

    SheetView(
            RepairQueue sheets,
            SheetIntake intake,
            BenchWork bench,
            SheetHandOver handOver,
            WorkspaceClock workspace,
            CustomFieldService customFields,
            PersonNames people,
            List<com.intervo.workshop.SheetViewExtension> extensions) {
        this.extensions = List.copyOf(extensions);
        this.sheets = sheets;
        this.intake = intake;
        this.bench = bench;
        this.handOver = handOver;
        this.people = people;
        this.workspace = workspace;
        this.customFields = customFields;
        setId("sheet-view");
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters("sheetId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SheetDetails> sheet = event.getRouteParameters()
                .get("sheetId")
                .flatMap(SheetView::uuid)
                .flatMap(sheets::find);
        if (sheet.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        sheetId = sheet.get().id();
        show(sheet.get());
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void reload() {
        show(sheets.get(sheetId));
    }

    private void show(SheetDetails s) {
        removeAll();
        title = s.number();
        ZoneId zone = workspace.zone();
        DateTimeFormatter times = Formats.dateTimes(getLocale(), zone);
        DateTimeFormatter dates = Formats.dates(getLocale());
        WorkflowStatus status = sheets.allStatuses().stream()
                .filter(x -> x.key().equals(s.statusKey()))
                .findFirst()
                .orElse(null);

        H2 heading = new H2(s.number());
        heading.setId("sheet-title");
        Span badge = WorkshopUi.badge(
                status == null ? s.statusKey() : status.label(getLocale()), status == null ? null : status.colour());
        badge.setId("sheet-status");
        HorizontalLayout header = new HorizontalLayout(heading, badge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (s.questionOpen()) {
            Span question = new Span(getTranslation("workshop.sheet.question-open"));
            question.setId("sheet-question-open");
            question.addClassNames("intervo-badge", "error");
            header.add(question);
        }
        add(header);
        extensions.forEach(x -> x.section(s).ifPresent(this::add));

        Div facts = new Div();
        facts.setId("sheet-details");
        facts.add(new Paragraph(
                new Span(getTranslation("workshop.sheet.customer") + ": "),
                new Anchor("customers/" + s.customer().id(), s.customer().name()),
                new Span(
                        s.customer().phone() == null ? "" : " · " + s.customer().phone())));
        facts.add(new Paragraph(
                new Span(getTranslation("workshop.sheet.device") + ": "),
                new Anchor(
                        "equipment/" + s.equipment().id(),
                        s.equipment().displayName() + " · " + s.equipment().serialNumber())));
        fact(facts, "workshop.sheet.problem", s.problem());
        fact(facts, "workshop.sheet.accessories", s.accessories());
        fact(facts, "workshop.sheet.condition", s.visibleCondition());
        fact(
                facts,
                "workshop.sheet.estimate",
                s.estimatedCost() == null ? null : Formats.money(s.estimatedCost(), s.currency(), getLocale()));
        fact(facts, "workshop.sheet.received", times.format(s.receivedAt()));
        fact(facts, "workshop.sheet.promised", s.promisedDate() == null ? null : dates.format(s.promisedDate()));
        fact(facts, "workshop.sheet.technician", s.technicianName());
        fact(facts, "workshop.sheet.handed-over", s.handedOverAt() == null ? null : times.format(s.handedOverAt()));
        fact(facts, "workshop.sheet.final-notes", s.finalNotes());
        customFields
                .display(WorkshopModule.SERVICE_SHEET, null, s.customFields(), getLocale())
                .forEach(v -> facts.add(new Paragraph(v.label() + ": " + v.value())));
        Span code = new Span(PublicCodes.display(s.trackingCode()));
        code.setId("sheet-tracking-code");
        code.addClassNames("intervo-tracking-code");
        Image qr = new Image(
                DownloadHandler.fromInputStream(e -> {
                    byte[] png = sheets.trackingQr(s.id());
                    return new DownloadResponse(new ByteArrayInputStream(png), "qr.png", "image/png", png.length);
                }),
                getTranslation("workshop.sheet.tracking-code"));
        qr.setWidth("7rem");
        qr.setId("sheet-qr");
        Anchor portal = new Anchor(sheets.portalUrl(s), getTranslation("workshop.sheet.portal-link"));
        portal.setTarget("_blank");
        Div tracking = new Div(
                new Paragraph(new Span(getTranslation("workshop.sheet.tracking-code") + ": "), code), portal, qr);
        HorizontalLayout top = new HorizontalLayout(facts, tracking);
        top.setWrap(true);
        top.setWidthFull();
        add(top);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.add(pdfLink("sheet-intake-pdf", "workshop.sheet.intake-pdf", () -> intake.intakeProtocol(s.id())));
        if (s.closed()) {
            actions.add(pdfLink(
                    "sheet-handover-pdf", "workshop.sheet.handover-pdf", () -> handOver.handoverProtocol(s.id())));
        }
        List<SheetHandOver.IssuedProtocol> issued = handOver.issuedProtocols(s.id());
        if (!issued.isEmpty()) {
            // each protocol as the customer got it, earlier issues of a corrected intake included
            Div list = new Div();
            for (SheetHandOver.IssuedProtocol p : issued) {
                Anchor link = new Anchor(
                        download(() -> handOver.issuedProtocol(s.id(), p.fileId())),
                        p.fileName() + " · " + times.format(p.issuedAt()));
                link.setTarget("_blank");
                link.addClassName("issued-protocol");
                list.add(new Div(link));
            }
            Details history = new Details(getTranslation("workshop.sheet.issued-protocols", issued.size()), list);
            history.setId("sheet-issued-protocols");
            actions.add(history);
        }
        if (WorkshopUi.reception()) {
            Button email = new Button(
                    getTranslation("workshop.sheet.email-protocol"),
                    VaadinIcon.ENVELOPE.create(),
                    e -> new EmailProtocolDialog(intake, s, this::reload).open());
            email.setId("sheet-email-protocol");
            actions.add(email);
        }
        boolean mine = s.technicianId() != null
                && s.technicianId()
                        .equals(com.intervo.kernel.identity.IntervoAuthentication.current()
                                .map(u -> u.userId())
                                .orElse(null));
        if (!s.closed() && WorkshopUi.bench() && !mine) {
            Button take = new Button(
                    getTranslation("workshop.queue.take"),
                    VaadinIcon.HAND.create(),
                    e -> run(() -> {
                        bench.take(s.id());
                        Notifications.success("workshop.sheet.taken", s.number());
                    }));
            take.setId("sheet-take");
            actions.add(take);
        }
        if (!s.closed() && WorkshopUi.reception()) {
            Button handover = new Button(
                    getTranslation("workshop.sheet.hand-over"),
                    VaadinIcon.CHECK_CIRCLE.create(),
                    e -> new HandOverDialog(handOver, s, this::reload).open());
            handover.setId("sheet-hand-over");
            handover.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(handover);
        }
        add(actions);

        if (!s.closed()) {
            add(statusForm(s));
            if (s.questionOpen() && WorkshopUi.reception()) {
                add(answerForm(s));
            }
            add(entryForm());
        }
        add(new H3(getTranslation("workshop.sheet.log")), logGrid(s, times));
        add(new H3(getTranslation("workshop.sheet.history")), historyGrid(times));
        add(new H3(getTranslation("workshop.sheet.mails")), mailGrid(times));
    }

    private static DownloadHandler download(Supplier<SheetDocument> document) {
        return DownloadHandler.fromInputStream(e -> {
            SheetDocument d = document.get();
            return new DownloadResponse(
                    new ByteArrayInputStream(d.pdf()), d.fileName(), "application/pdf", d.pdf().length);
        });
    }

    private Anchor pdfLink(String id, String key, Supplier<SheetDocument> document) {
        Anchor link = new Anchor(download(document), getTranslation(key));
        link.setId(id);
        link.setTarget("_blank");
        link.addClassName("intervo-button-link");
        return link;
    }

    private Div statusForm(SheetDetails s) {
        ComboBox<WorkflowStatus> status = new ComboBox<>(getTranslation("workshop.sheet.new-status"));
        status.setId("sheet-new-status");
        status.setItems(sheets.settableStatuses().stream()
                .filter(x -> !x.key().equals(s.statusKey()))
                .toList());
        status.setItemLabelGenerator(x -> x.label(getLocale()));
        TextField note = new TextField(getTranslation("workshop.sheet.status-note"));
        note.setId("sheet-status-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        status.addValueChangeListener(e -> note.setLabel(getTranslation(
                e.getValue() != null && SheetRules.QUESTION.equals(e.getValue().key())
                        ? "workshop.sheet.question-text"
                        : "workshop.sheet.status-note")));
        Button apply = new Button(getTranslation("workshop.sheet.set-status"), e -> {
            if (status.getValue() == null) {
                status.setInvalid(true);
                status.setErrorMessage(getTranslation("workshop.error.required"));
                return;
            }
            run(Map.of("status", status, "note", note), () -> {
                bench.changeStatus(s.id(), status.getValue().key(), note.getValue());
                Notifications.success(
                        "workshop.sheet.status-set", status.getValue().label(getLocale()));
            });
        });
        apply.setId("sheet-set-status");
        FormLayout form = new FormLayout(status, note, apply);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Div box = new Div(new H3(getTranslation("workshop.sheet.status")), form);
        box.setWidthFull();
        return box;
    }

    private Div answerForm(SheetDetails s) {
        TextArea answer = new TextArea(getTranslation("workshop.sheet.answer"));
        answer.setId("sheet-answer");
        answer.setWidthFull();
        answer.setMaxLength(4000);
        Button save = new Button(
                getTranslation("workshop.sheet.save-answer"),
                e -> run(Map.of("text", answer), () -> {
                    bench.answer(s.id(), answer.getValue(), null);
                    Notifications.success("workshop.sheet.answer-saved");
                }));
        save.setId("sheet-save-answer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<SheetEntry> log = sheets.entries(s.id());
        String question = log.stream()
                .filter(x -> x.kind() == WorkEntry.Kind.QUESTION)
                .reduce((a, b) -> b)
                .map(SheetEntry::text)
                .orElse("");
        Paragraph asked = new Paragraph(getTranslation("workshop.sheet.question-asked", question));
        asked.setId("sheet-question-text");
        Div box = new Div(new H3(getTranslation("workshop.sheet.answer-title")), asked, answer, save);
        box.setWidthFull();
        return box;
    }

    private Div entryForm() {
        ComboBox<WorkEntry.Kind> kind = new ComboBox<>(getTranslation("workshop.entry.kind"));
        kind.setId("entry-kind");
        kind.setItems(
                WorkshopUi.bench() ? List.of(WorkEntry.Kind.WORK, WorkEntry.Kind.NOTE) : List.of(WorkEntry.Kind.NOTE));
        kind.setItemLabelGenerator(
                k -> getTranslation("workshop.entry.kind." + k.name().toLowerCase()));
        kind.setValue(WorkshopUi.bench() ? WorkEntry.Kind.WORK : WorkEntry.Kind.NOTE);
        TextArea text = new TextArea(getTranslation("workshop.entry.text"));
        text.setId("entry-text");
        text.setMaxLength(4000);
        IntegerField minutes = new IntegerField(getTranslation("workshop.entry.minutes"));
        minutes.setId("entry-minutes");
        minutes.setMin(0);
        BigDecimalField cost = new BigDecimalField(getTranslation("workshop.entry.cost"));
        cost.setId("entry-cost");
        kind.addValueChangeListener(e -> {
            minutes.setVisible(e.getValue() == WorkEntry.Kind.WORK);
            cost.setVisible(e.getValue() == WorkEntry.Kind.WORK);
        });
        minutes.setVisible(kind.getValue() == WorkEntry.Kind.WORK);
        cost.setVisible(kind.getValue() == WorkEntry.Kind.WORK);
        Button add = new Button(
                getTranslation("workshop.entry.add"),
                VaadinIcon.PLUS.create(),
                e -> run(Map.of("text", text, "minutes", minutes, "cost", cost), () -> {
                    bench.addEntry(
                            sheetId,
                            new EntryDraft(
                                    kind.getValue(),
                                    text.getValue(),
                                    kind.getValue() == WorkEntry.Kind.WORK ? minutes.getValue() : null,
                                    kind.getValue() == WorkEntry.Kind.WORK ? cost.getValue() : null));
                    Notifications.success("workshop.entry.added");
                }));
        add.setId("entry-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, minutes, cost, text, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(text, 3);
        Div box = new Div(new H3(getTranslation("workshop.entry.title")), form);
        box.setWidthFull();
        return box;
    }

    private Grid<SheetEntry> logGrid(SheetDetails s, DateTimeFormatter times) {
        Grid<SheetEntry> grid = new ListGrid<>();
        grid.setId("sheet-log");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> times.format(e.createdAt()))
                .setHeader(getTranslation("workshop.entry.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SheetEntry::authorName)
                .setHeader(getTranslation("workshop.entry.author"))
                .setAutoWidth(true);
        grid.addColumn(e ->
                        getTranslation("workshop.entry.kind." + e.kind().name().toLowerCase()))
                .setHeader(getTranslation("workshop.entry.kind"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.text()
                        + (e.editedAt() == null
                                ? ""
                                : " (" + getTranslation("workshop.entry.edited", times.format(e.editedAt())) + ")"))
                .setHeader(getTranslation("workshop.entry.text"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.minutes() == null ? "" : String.valueOf(e.minutes()))
                .setHeader(getTranslation("workshop.entry.minutes"))
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.money(e.cost(), e.currency(), getLocale()))
                .setHeader(getTranslation("workshop.entry.cost"))
                .setAutoWidth(true);
        java.util.UUID me = com.intervo.kernel.identity.IntervoAuthentication.current()
                .map(u -> u.userId())
                .orElse(null);
        // only the author corrects an entry, and only while the sheet is open (the service enforces both)
        grid.addComponentColumn(e -> {
                    if (s.closed() || me == null || !me.equals(e.authorId())) {
                        return new Span();
                    }
                    Button correct = new Button(
                            VaadinIcon.EDIT.create(), click -> new CorrectEntryDialog(bench, e, this::reload).open());
                    correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    correct.setAriaLabel(getTranslation("workshop.entry.correct"));
                    correct.setTooltipText(getTranslation("workshop.entry.correct"));
                    correct.addClassName("entry-correct");
                    return correct;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        List<SheetEntry> entries = sheets.entries(s.id());
        grid.setItems(entries);
        BigDecimal total = entries.stream()
                .filter(e -> e.cost() != null)
                .map(SheetEntry::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int minutes = entries.stream()
                .filter(e -> e.minutes() != null)
                .mapToInt(SheetEntry::minutes)
                .sum();
        grid.getColumns().get(3).setFooter(getTranslation("workshop.entry.total"));
        grid.getColumns().get(4).setFooter(String.valueOf(minutes));
        grid.getColumns().get(5).setFooter(Formats.money(total, s.currency(), getLocale()));
        return grid;
    }

    private Grid<StatusStep> historyGrid(DateTimeFormatter times) {
        Grid<StatusStep> grid = new ListGrid<>();
        grid.setId("sheet-history");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> times.format(c.changedAt()))
                .setHeader(getTranslation("workshop.entry.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.fromKey() == null ? "" : sheets.statusLabel(c.fromKey(), getLocale()))
                .setHeader(getTranslation("workshop.history.from"));
        grid.addColumn(c -> sheets.statusLabel(c.toKey(), getLocale()))
                .setHeader(getTranslation("workshop.history.to"));
        grid.addColumn(c -> c.note() == null ? "" : c.note())
                .setHeader(getTranslation("workshop.history.note"))
                .setFlexGrow(2);
        List<StatusStep> changes = sheets.history(sheetId);
        // who changed it by name, all names in one look-up
        Map<String, String> names =
                people.of(changes.stream().map(StatusStep::changedBy).toList());
        grid.addColumn(c -> names.getOrDefault(c.changedBy(), c.changedBy()))
                .setHeader(getTranslation("workshop.history.by"))
                .setAutoWidth(true);
        grid.setItems(changes);
        return grid;
    }

    private Grid<OutboxMessageView> mailGrid(DateTimeFormatter times) {
        Grid<OutboxMessageView> grid = new ListGrid<>();
        grid.setId("sheet-mails");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> times.format(m.queuedAt()))
                .setHeader(getTranslation("workshop.mails.queued"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxMessageView::recipient).setHeader(getTranslation("workshop.mails.recipient"));
        grid.addColumn(OutboxMessageView::subject)
                .setHeader(getTranslation("workshop.mails.subject"))
                .setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.status().nameKey())
                        + (m.sentAt() == null ? "" : " " + times.format(m.sentAt()))
                        + (m.lastError() == null
                                ? ""
                                : " – " + getTranslation("workshop.mails.attempts", m.attempts())))
                .setHeader(getTranslation("workshop.mails.status"));
        if (WorkshopUi.reception()) {
            grid.addColumn(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
                        Button retry = new Button(
                                getTranslation("workshop.mails.retry"),
                                e -> run(() -> {
                                    handOver.retryMail(sheetId, m.id());
                                    Notifications.success("workshop.mails.retried");
                                }));
                        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        retry.setVisible(m.status() != com.intervo.kernel.mail.OutboxStatus.SENT && m.attempts() > 0);
                        return retry;
                    }))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(sheets.mails(sheetId));
        return grid;
    }

    private void run(Runnable action) {
        run(Map.of(), action);
    }

    private void run(Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            reload();
        } catch (RuntimeException e) {
            Notifications.show(e, fields);
        }
    }

    private void fact(Div facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph p = new Paragraph(getTranslation(key) + ": " + value);
            p.addClassName("intervo-pre");
            facts.add(p);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
