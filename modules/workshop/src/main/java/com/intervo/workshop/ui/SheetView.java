package com.intervo.workshop.ui;

import com.intervo.kernel.identity.PersonNames;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.mail.OutboxMessageView;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.EntryDraft;
import com.intervo.workshop.ServiceSheetService;
import com.intervo.workshop.SheetDocument;
import com.intervo.workshop.WorkshopModule;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.StatusChange;
import com.intervo.workshop.domain.WorkEntry;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.textfield.EmailField;
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

    private final transient ServiceSheetService sheets;
    private final transient TenantDirectory tenants;
    private final transient CustomFieldService customFields;
    private final transient PersonNames people;
    private String title = "";
    private UUID sheetId;

    SheetView(ServiceSheetService sheets, TenantDirectory tenants, CustomFieldService customFields,
              PersonNames people) {
        this.sheets = sheets;
        this.people = people;
        this.tenants = tenants;
        this.customFields = customFields;
        setId("sheet-view");
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters("sheetId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ServiceSheet> sheet = event.getRouteParameters().get("sheetId").flatMap(SheetView::uuid)
                .flatMap(sheets::find);
        if (sheet.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        sheetId = sheet.get().getId();
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

    private void show(ServiceSheet s) {
        removeAll();
        title = s.getNumber();
        ZoneId zone = WorkshopUi.zone(tenants);
        DateTimeFormatter times = Formats.dateTimes(getLocale(), zone);
        DateTimeFormatter dates = Formats.dates(getLocale());
        WorkflowStatus status = sheets.allStatuses().stream().filter(x -> x.key().equals(s.getStatusKey()))
                .findFirst().orElse(null);

        H2 heading = new H2(s.getNumber());
        heading.setId("sheet-title");
        Span badge = WorkshopUi.badge(status == null ? s.getStatusKey() : status.label(getLocale()),
                status == null ? null : status.colour());
        badge.setId("sheet-status");
        HorizontalLayout header = new HorizontalLayout(heading, badge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (s.isQuestionOpen()) {
            Span question = new Span(getTranslation("workshop.sheet.question-open"));
            question.setId("sheet-question-open");
            question.addClassNames("intervo-badge", "error");
            header.add(question);
        }
        add(header);

        Div facts = new Div();
        facts.setId("sheet-details");
        facts.add(new Paragraph(new Span(getTranslation("workshop.sheet.customer") + ": "),
                new Anchor("customers/" + s.getCustomer().getId(), s.getCustomer().getName()),
                new Span(s.getCustomer().getPhone() == null ? "" : " · " + s.getCustomer().getPhone())));
        facts.add(new Paragraph(new Span(getTranslation("workshop.sheet.device") + ": "),
                new Anchor("equipment/" + s.getEquipment().getId(),
                        s.getEquipment().displayName() + " · " + s.getEquipment().getSerialNumber())));
        fact(facts, "workshop.sheet.problem", s.getProblem());
        fact(facts, "workshop.sheet.accessories", s.getAccessories());
        fact(facts, "workshop.sheet.condition", s.getVisibleCondition());
        fact(facts, "workshop.sheet.estimate", s.getEstimatedCost() == null ? null
                : Formats.money(s.getEstimatedCost(), s.getCurrency(), getLocale()));
        fact(facts, "workshop.sheet.received", times.format(s.getReceivedAt()));
        fact(facts, "workshop.sheet.promised", s.getPromisedDate() == null ? null : dates.format(s.getPromisedDate()));
        fact(facts, "workshop.sheet.technician", s.getTechnicianName());
        fact(facts, "workshop.sheet.handed-over", s.getHandedOverAt() == null ? null : times.format(s.getHandedOverAt()));
        fact(facts, "workshop.sheet.final-notes", s.getFinalNotes());
        customFields.display(WorkshopModule.SERVICE_SHEET, null, s.getCustomFields(), getLocale())
                .forEach(v -> facts.add(new Paragraph(v.label() + ": " + v.value())));
        Span code = new Span(PublicCodes.display(s.getTrackingCode()));
        code.setId("sheet-tracking-code");
        code.addClassNames("intervo-tracking-code");
        Image qr = new Image(DownloadHandler.fromInputStream(e -> {
            byte[] png = sheets.trackingQr(s.getId());
            return new DownloadResponse(new ByteArrayInputStream(png), "qr.png", "image/png", png.length);
        }), getTranslation("workshop.sheet.tracking-code"));
        qr.setWidth("7rem");
        qr.setId("sheet-qr");
        Anchor portal = new Anchor(sheets.portalUrl(s.getId()), getTranslation("workshop.sheet.portal-link"));
        portal.setTarget("_blank");
        Div tracking = new Div(new Paragraph(new Span(getTranslation("workshop.sheet.tracking-code") + ": "), code),
                portal, qr);
        HorizontalLayout top = new HorizontalLayout(facts, tracking);
        top.setWrap(true);
        top.setWidthFull();
        add(top);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.add(pdfLink("sheet-intake-pdf", "workshop.sheet.intake-pdf", () -> sheets.intakeProtocol(s.getId())));
        if (s.isClosed()) {
            actions.add(pdfLink("sheet-handover-pdf", "workshop.sheet.handover-pdf",
                    () -> sheets.handoverProtocol(s.getId())));
        }
        List<ServiceSheetService.IssuedProtocol> issued = sheets.issuedProtocols(s.getId());
        if (!issued.isEmpty()) {
            // each protocol as the customer got it, earlier issues of a corrected intake included
            Div list = new Div();
            for (ServiceSheetService.IssuedProtocol p : issued) {
                Anchor link = new Anchor(download(() -> sheets.issuedProtocol(s.getId(), p.fileId())),
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
            Button email = new Button(getTranslation("workshop.sheet.email-protocol"), VaadinIcon.ENVELOPE.create(),
                    e -> emailDialog(s));
            email.setId("sheet-email-protocol");
            actions.add(email);
        }
        boolean mine = s.getTechnicianId() != null && s.getTechnicianId().equals(
                com.intervo.kernel.identity.IntervoAuthentication.current().map(u -> u.userId()).orElse(null));
        if (!s.isClosed() && WorkshopUi.bench() && !mine) {
            Button take = new Button(getTranslation("workshop.queue.take"), VaadinIcon.HAND.create(), e -> run(() -> {
                sheets.take(s.getId());
                Notifications.success("workshop.sheet.taken", s.getNumber());
            }));
            take.setId("sheet-take");
            actions.add(take);
        }
        if (!s.isClosed() && WorkshopUi.reception()) {
            Button handover = new Button(getTranslation("workshop.sheet.hand-over"), VaadinIcon.CHECK_CIRCLE.create(),
                    e -> handoverDialog(s));
            handover.setId("sheet-hand-over");
            handover.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(handover);
        }
        add(actions);

        if (!s.isClosed()) {
            add(statusForm(s));
            if (s.isQuestionOpen() && WorkshopUi.reception()) {
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
            return new DownloadResponse(new ByteArrayInputStream(d.pdf()), d.fileName(), "application/pdf",
                    d.pdf().length);
        });
    }

    private Anchor pdfLink(String id, String key, Supplier<SheetDocument> document) {
        Anchor link = new Anchor(download(document), getTranslation(key));
        link.setId(id);
        link.setTarget("_blank");
        link.addClassName("intervo-button-link");
        return link;
    }

    private Div statusForm(ServiceSheet s) {
        ComboBox<WorkflowStatus> status = new ComboBox<>(getTranslation("workshop.sheet.new-status"));
        status.setId("sheet-new-status");
        status.setItems(sheets.settableStatuses().stream().filter(x -> !x.key().equals(s.getStatusKey())).toList());
        status.setItemLabelGenerator(x -> x.label(getLocale()));
        TextField note = new TextField(getTranslation("workshop.sheet.status-note"));
        note.setId("sheet-status-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        status.addValueChangeListener(e -> note.setLabel(getTranslation(e.getValue() != null
                && ServiceSheetService.QUESTION.equals(e.getValue().key()) ? "workshop.sheet.question-text"
                : "workshop.sheet.status-note")));
        Button apply = new Button(getTranslation("workshop.sheet.set-status"), e -> {
            if (status.getValue() == null) {
                status.setInvalid(true);
                status.setErrorMessage(getTranslation("workshop.error.required"));
                return;
            }
            run(Map.of("status", status, "note", note), () -> {
                sheets.changeStatus(s.getId(), status.getValue().key(), note.getValue());
                Notifications.success("workshop.sheet.status-set", status.getValue().label(getLocale()));
            });
        });
        apply.setId("sheet-set-status");
        FormLayout form = new FormLayout(status, note, apply);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Div box = new Div(new H3(getTranslation("workshop.sheet.status")), form);
        box.setWidthFull();
        return box;
    }

    private Div answerForm(ServiceSheet s) {
        TextArea answer = new TextArea(getTranslation("workshop.sheet.answer"));
        answer.setId("sheet-answer");
        answer.setWidthFull();
        answer.setMaxLength(4000);
        Button save = new Button(getTranslation("workshop.sheet.save-answer"), e -> run(Map.of("text", answer), () -> {
            sheets.answer(s.getId(), answer.getValue(), null);
            Notifications.success("workshop.sheet.answer-saved");
        }));
        save.setId("sheet-save-answer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<WorkEntry> log = sheets.entries(s.getId());
        String question = log.stream().filter(x -> x.getKind() == WorkEntry.Kind.QUESTION).reduce((a, b) -> b)
                .map(WorkEntry::getText).orElse("");
        Paragraph asked = new Paragraph(getTranslation("workshop.sheet.question-asked", question));
        asked.setId("sheet-question-text");
        Div box = new Div(new H3(getTranslation("workshop.sheet.answer-title")), asked, answer, save);
        box.setWidthFull();
        return box;
    }

    private Div entryForm() {
        ComboBox<WorkEntry.Kind> kind = new ComboBox<>(getTranslation("workshop.entry.kind"));
        kind.setId("entry-kind");
        kind.setItems(WorkshopUi.bench() ? List.of(WorkEntry.Kind.WORK, WorkEntry.Kind.NOTE)
                : List.of(WorkEntry.Kind.NOTE));
        kind.setItemLabelGenerator(k -> getTranslation("workshop.entry.kind." + k.name().toLowerCase()));
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
        Button add = new Button(getTranslation("workshop.entry.add"), VaadinIcon.PLUS.create(),
                e -> run(Map.of("text", text, "minutes", minutes, "cost", cost), () -> {
                    sheets.addEntry(sheetId, new EntryDraft(kind.getValue(), text.getValue(),
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

    private Grid<WorkEntry> logGrid(ServiceSheet s, DateTimeFormatter times) {
        Grid<WorkEntry> grid = new ListGrid<>();
        grid.setId("sheet-log");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> times.format(e.getCreatedAt())).setHeader(getTranslation("workshop.entry.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkEntry::getAuthorName).setHeader(getTranslation("workshop.entry.author")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("workshop.entry.kind." + e.getKind().name().toLowerCase()))
                .setHeader(getTranslation("workshop.entry.kind")).setAutoWidth(true);
        grid.addColumn(e -> e.getText() + (e.getEditedAt() == null ? "" : " (" + getTranslation("workshop.entry.edited",
                times.format(e.getEditedAt())) + ")")).setHeader(getTranslation("workshop.entry.text")).setFlexGrow(3);
        grid.addColumn(e -> e.getMinutes() == null ? "" : String.valueOf(e.getMinutes()))
                .setHeader(getTranslation("workshop.entry.minutes")).setAutoWidth(true);
        grid.addColumn(e -> Formats.money(e.getCost(), e.getCurrency(), getLocale())).setHeader(getTranslation("workshop.entry.cost")).setAutoWidth(true);
        java.util.UUID me = com.intervo.kernel.identity.IntervoAuthentication.current().map(u -> u.userId())
                .orElse(null);
        // only the author corrects an entry, and only while the sheet is open (the service enforces both)
        grid.addComponentColumn(e -> {
            if (s.isClosed() || me == null || !me.equals(e.getAuthorId())) {
                return new Span();
            }
            Button correct = new Button(VaadinIcon.EDIT.create(), click -> correctDialog(e));
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            correct.setAriaLabel(getTranslation("workshop.entry.correct"));
            correct.setTooltipText(getTranslation("workshop.entry.correct"));
            correct.addClassName("entry-correct");
            return correct;
        }).setAutoWidth(true).setFlexGrow(0);
        List<WorkEntry> entries = sheets.entries(s.getId());
        grid.setItems(entries);
        BigDecimal total = entries.stream().filter(e -> e.getCost() != null).map(WorkEntry::getCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int minutes = entries.stream().filter(e -> e.getMinutes() != null).mapToInt(WorkEntry::getMinutes).sum();
        grid.getColumns().get(3).setFooter(getTranslation("workshop.entry.total"));
        grid.getColumns().get(4).setFooter(String.valueOf(minutes));
        grid.getColumns().get(5).setFooter(Formats.money(total, s.getCurrency(), getLocale()));
        return grid;
    }

    private void correctDialog(WorkEntry entry) {
        Dialog dialog = new Dialog(getTranslation("workshop.entry.correct"));
        dialog.setWidth("min(36rem, 95vw)");
        TextArea text = new TextArea(getTranslation("workshop.entry.text"));
        text.setId("correct-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setValue(entry.getText());
        IntegerField minutes = new IntegerField(getTranslation("workshop.entry.minutes"));
        minutes.setId("correct-minutes");
        minutes.setMin(0);
        minutes.setValue(entry.getMinutes());
        BigDecimalField cost = new BigDecimalField(getTranslation("workshop.entry.cost"));
        cost.setId("correct-cost");
        cost.setValue(entry.getCost());
        boolean work = entry.getKind() == WorkEntry.Kind.WORK;
        minutes.setVisible(work);
        cost.setVisible(work);
        Map<String, HasValidation> fields = Map.of("text", text, "minutes", minutes, "cost", cost);
        Button save = new Button(getTranslation("workshop.entry.correct-save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                sheets.correctEntry(entry.getId(), entry.getVersion(), text.getValue(),
                        work ? minutes.getValue() : null, work ? cost.getValue() : null);
                Notifications.success("workshop.entry.corrected");
                dialog.close();
                reload();
            } catch (RuntimeException ex) {
                // the dialog stays open with what was typed
                Notifications.show(ex, fields);
            }
        });
        save.setId("correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(text, minutes, cost);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(text, 2);
        dialog.add(new Paragraph(getTranslation("workshop.entry.correct-hint")), form);
        dialog.getFooter().add(new Button(getTranslation("workshop.action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Grid<StatusChange> historyGrid(DateTimeFormatter times) {
        Grid<StatusChange> grid = new ListGrid<>();
        grid.setId("sheet-history");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> times.format(c.getChangedAt())).setHeader(getTranslation("workshop.entry.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getFromKey() == null ? "" : sheets.statusLabel(c.getFromKey(), getLocale()))
                .setHeader(getTranslation("workshop.history.from"));
        grid.addColumn(c -> sheets.statusLabel(c.getToKey(), getLocale())).setHeader(getTranslation("workshop.history.to"));
        grid.addColumn(c -> c.getNote() == null ? "" : c.getNote()).setHeader(getTranslation("workshop.history.note"))
                .setFlexGrow(2);
        List<StatusChange> changes = sheets.history(sheetId);
        // who changed it by name, all names in one look-up
        Map<String, String> names = people.of(changes.stream().map(StatusChange::getChangedBy).toList());
        grid.addColumn(c -> names.getOrDefault(c.getChangedBy(), c.getChangedBy()))
                .setHeader(getTranslation("workshop.history.by")).setAutoWidth(true);
        grid.setItems(changes);
        return grid;
    }

    private Grid<OutboxMessageView> mailGrid(DateTimeFormatter times) {
        Grid<OutboxMessageView> grid = new ListGrid<>();
        grid.setId("sheet-mails");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> times.format(m.queuedAt())).setHeader(getTranslation("workshop.mails.queued"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessageView::recipient).setHeader(getTranslation("workshop.mails.recipient"));
        grid.addColumn(OutboxMessageView::subject).setHeader(getTranslation("workshop.mails.subject")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.status().nameKey()) + (m.sentAt() == null ? ""
                : " " + times.format(m.sentAt())) + (m.lastError() == null ? ""
                : " – " + getTranslation("workshop.mails.attempts", m.attempts())))
                .setHeader(getTranslation("workshop.mails.status"));
        if (WorkshopUi.reception()) {
            grid.addColumn(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
                Button retry = new Button(getTranslation("workshop.mails.retry"), e -> run(() -> {
                    sheets.retryMail(sheetId, m.id());
                    Notifications.success("workshop.mails.retried");
                }));
                retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
                retry.setVisible(m.status() != com.intervo.kernel.mail.OutboxStatus.SENT && m.attempts() > 0);
                return retry;
            })).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(sheets.mails(sheetId));
        return grid;
    }

    private void emailDialog(ServiceSheet s) {
        Dialog dialog = new Dialog(getTranslation("workshop.sheet.email-protocol"));
        EmailField address = new EmailField(getTranslation("workshop.sheet.email-to"));
        address.setId("email-protocol-address");
        address.setValue(s.getCustomer().getEmail() == null ? "" : s.getCustomer().getEmail());
        address.setWidthFull();
        Button send = new Button(getTranslation("workshop.sheet.send"), e -> {
            try {
                if (sheets.emailIntakeProtocol(s.getId(), address.getValue())) {
                    Notifications.success("workshop.sheet.email-queued", address.getValue());
                    dialog.close();
                    reload();
                } else {
                    Notifications.error("workshop.error.email");
                }
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of("email", address));
            }
        });
        send.setId("email-protocol-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(address);
        dialog.getFooter().add(new Button(getTranslation("workshop.action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void handoverDialog(ServiceSheet s) {
        Dialog dialog = new Dialog(getTranslation("workshop.sheet.hand-over"));
        dialog.setWidth("min(36rem, 95vw)");
        TextArea notes = new TextArea(getTranslation("workshop.sheet.final-notes"));
        notes.setId("handover-notes");
        notes.setWidthFull();
        notes.setMaxLength(4000);
        Button confirm = new Button(getTranslation("workshop.sheet.hand-over-confirm"), e -> {
            try {
                sheets.handOver(s.getId(), notes.getValue());
                Notifications.success("workshop.sheet.handed-over-done", s.getNumber());
                dialog.close();
                reload();
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of("finalNotes", notes));
            }
        });
        confirm.setId("handover-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("workshop.sheet.hand-over-hint")), notes);
        dialog.getFooter().add(new Button(getTranslation("workshop.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
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
