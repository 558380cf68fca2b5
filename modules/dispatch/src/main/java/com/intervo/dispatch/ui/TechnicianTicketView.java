package com.intervo.dispatch.ui;

import com.intervo.crm.CatalogService;
import com.intervo.crm.PartRef;
import com.intervo.dispatch.FieldContext;
import com.intervo.dispatch.FieldWork;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.TicketSummary;
import com.intervo.dispatch.domain.TicketChecklistItem;
import com.intervo.dispatch.domain.TicketFinding;
import com.intervo.dispatch.domain.TicketPart;
import com.intervo.dispatch.live.LiveUpdates;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One of the technician's tickets at phone width, with the same actions as the app: accept, decline or postpone
 * with a reason, back to work, en route, arrived (the browser's GPS), photos, findings, parts, the checklist, the
 * customer's signature on the touch screen, finish; and "tell the customer I am late".
 */
@Route("dispatch/my/:ticketId")
@RolesAllowed({"TECHNICIAN"})
@StyleSheet("context://styles/dispatch.css")
@JavaScript("context://scripts/dispatch.js")
class TechnicianTicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TicketDesk desk;
    private final transient FieldWork fieldWork;
    private final transient TicketQueries queries;
    private final transient CatalogService catalogs;
    private final transient FileStorage files;
    private final transient LiveUpdates live;
    private final transient Map<String, WorkflowStatus> stages;
    private final ZoneId zone;
    private transient LiveUpdates.Subscription subscription;
    private transient TicketDetails ticket;
    private String title = "";

    TechnicianTicketView(
            TicketDesk desk,
            FieldWork fieldWork,
            TicketQueries queries,
            CatalogService catalogs,
            FileStorage files,
            LiveUpdates live,
            DispatchUi ui) {
        this.desk = desk;
        this.fieldWork = fieldWork;
        this.queries = queries;
        this.catalogs = catalogs;
        this.files = files;
        this.live = live;
        this.stages = ui.stages();
        this.zone = ui.zone();
        setId("technician-ticket");
        addClassName("dispatch-phone");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = event.getRouteParameters()
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
        ticket = t;
        removeAll();
        TicketSummary s = t.summary();
        title = s.number();
        H2 heading = new H2(s.number());
        heading.setId("my-ticket-title");
        Span stage = DispatchUi.stageBadge(stages, s.stage(), getLocale());
        stage.setId("my-ticket-stage");
        add(heading, new Div(stage, DispatchUi.priorityBadge(s.priority())));
        add(new Paragraph(s.customerName() + " · " + s.siteAddress()));
        add(new Paragraph(s.problem()));
        if (t.contactName() != null || t.contactPhone() != null || s.customerPhone() != null) {
            String phone = t.contactPhone() != null ? t.contactPhone() : s.customerPhone();
            Div contact = new Div(new Span((t.contactName() == null ? "" : t.contactName() + " ")));
            if (phone != null) {
                Anchor call = new Anchor();
                call.setText(phone);
                // built from digits only: safe, though not a scheme Vaadin knows
                call.setUnsafeHref("tel:" + phone.replaceAll("[^0-9+]", ""));
                contact.add(call);
            }
            add(contact);
        }
        if (s.equipmentName() != null) {
            add(hint(s.equipmentName() + " · " + s.serialNumber()));
        }
        if (s.latitude() != null) {
            Anchor directions = new Anchor();
            directions.setText(getTranslation("dispatch.my.directions"));
            // coordinates and the ticket number only: opens the phone's map app
            directions.setUnsafeHref(s.geoUri());
            directions.setId("my-directions");
            add(directions);
        }
        add(stageActions(t));
        if (s.stage() == TicketStage.ON_SITE) {
            add(workOnSite(t));
        }
        if (s.stage() == TicketStage.DONE) {
            add(finished(t));
        }
    }

    /** After finishing: what happens to the report, a link to it and the way back to the list. */
    private Component finished(TicketDetails t) {
        VerticalLayout done = new VerticalLayout();
        done.setPadding(false);
        done.setId("my-finished");
        String number = t.reportNumber() == null ? "" : t.reportNumber();
        done.add(new Paragraph(getTranslation(
                t.reportReleasedAt() != null ? "dispatch.my.finished" : "dispatch.my.finished-after-approval",
                number)));
        if (t.labourMinutes() != null) {
            done.add(hint(getTranslation("dispatch.ticket.time-worked") + ": "
                    + getTranslation("dispatch.my.minutes-value", t.labourMinutes())));
        }
        if (t.reportFileId() != null) {
            Anchor report = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] pdf = queries.report(t.id()).orElse(new byte[0]);
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf), number + ".pdf", "application/pdf", pdf.length);
                    }),
                    getTranslation("dispatch.ticket.report", number));
            report.setId("my-report");
            report.setTarget("_blank");
            done.add(report);
        }
        RouterLink back = new RouterLink(getTranslation("dispatch.my.back-to-list"), MyTicketsView.class);
        back.setId("my-back-to-list");
        done.add(back);
        return done;
    }

    private Component stageActions(TicketDetails t) {
        TicketSummary s = t.summary();
        HorizontalLayout row = new HorizontalLayout();
        row.setId("my-actions");
        row.addClassName("dispatch-actions");
        row.setWidthFull();
        row.setWrap(true);
        FieldContext v = FieldContext.version(s.version());
        switch (s.stage()) {
            case ASSIGNED -> row.add(primary("my-accept", "dispatch.my.accept", () -> fieldWork.accept(s.id(), v)));
            case ACCEPTED ->
                row.add(
                        primary("my-en-route", "dispatch.my.en-route", () -> fieldWork.enRoute(s.id(), v)),
                        arrivedButton(s),
                        arrivedWithoutFixButton(s));
            case EN_ROUTE -> row.add(arrivedButton(s), arrivedWithoutFixButton(s));
            case POSTPONED ->
                row.add(primary("my-back-to-work", "dispatch.my.back-to-work", () -> fieldWork.backToWork(s.id(), v)));
            default -> {}
        }
        if (TicketStage.POSTPONABLE.contains(s.stage())) {
            row.add(button(
                    "my-postpone",
                    "dispatch.my.postpone",
                    () -> new ReasonDialog(
                                    "dispatch.my.postpone",
                                    "dispatch.my.reason",
                                    "dispatch.my.postpone",
                                    true,
                                    reason -> act(() -> fieldWork.postpone(s.id(), v, reason)))
                            .open()));
        }
        if (s.stage() == TicketStage.ASSIGNED
                || s.stage() == TicketStage.ACCEPTED
                || s.stage() == TicketStage.EN_ROUTE
                || s.stage() == TicketStage.POSTPONED) {
            Button decline = button(
                    "my-decline",
                    "dispatch.my.decline",
                    () -> new ReasonDialog(
                                    "dispatch.my.decline",
                                    "dispatch.my.reason",
                                    "dispatch.my.decline",
                                    true,
                                    reason -> act(() -> fieldWork.decline(s.id(), v, reason)))
                            .open());
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(decline);
        }
        if (s.stage().isOpen() && s.stage() != TicketStage.ON_SITE) {
            row.add(button(
                    "my-delay",
                    "dispatch.my.late",
                    () -> new DelayDialog(
                                    s.number(),
                                    s.eta(),
                                    zone,
                                    (eta, message) ->
                                            act(() -> desk.notifyDelay(s.id(), FieldContext.none(), eta, message)))
                            .open()));
        }
        return row;
    }

    private Button arrivedButton(TicketSummary s) {
        Button arrived = new Button(getTranslation("dispatch.my.arrived"), VaadinIcon.MAP_MARKER.create());
        arrived.setId("my-arrived");
        arrived.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        arrived.addClickListener(e -> GeoPosition.request(this, fix -> {
            if (fix.isEmpty()) {
                // no fix (a basement, GPS off): arrive all the same, with the reason
                arriveWithoutFix(s);
                return;
            }
            act(() -> fieldWork.arrived(
                    s.id(),
                    new FieldContext(
                            s.version(),
                            Instant.now(),
                            fix.get().latitude(),
                            fix.get().longitude(),
                            fix.get().accuracyM())));
        }));
        return arrived;
    }

    private Button arrivedWithoutFixButton(TicketSummary s) {
        Button button = button("my-arrived-no-fix", "dispatch.my.arrived-no-fix", () -> arriveWithoutFix(s));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void arriveWithoutFix(TicketSummary s) {
        new ReasonDialog(
                        "dispatch.my.arrived-no-fix",
                        "dispatch.my.no-fix-reason",
                        "dispatch.my.arrived",
                        true,
                        reason -> act(() -> fieldWork.arrived(
                                s.id(), new FieldContext(s.version(), Instant.now(), null, null, null), reason)))
                .open();
    }

    private Component workOnSite(TicketDetails t) {
        UUID id = t.id();
        VerticalLayout work = new VerticalLayout();
        work.setPadding(false);
        if (t.summary().arrivedWithoutFix()) {
            Span noFix = hint(
                    getTranslation("dispatch.ticket.no-fix-reason", t.summary().arrivalNoFixReason()));
            noFix.setId("my-no-fix");
            work.add(noFix);
        }

        // time worked: a timer, or the minutes typed at the end
        work.add(new H3(getTranslation("dispatch.ticket.time-worked")));
        Span timed = new Span(
                t.workStartedAt() != null
                        ? getTranslation(
                                "dispatch.my.timer-running",
                                DispatchUi.time(t.workStartedAt(), zone, getLocale()),
                                t.timedMinutes())
                        : getTranslation("dispatch.my.timer-stopped", t.timedMinutes()));
        timed.setId("my-timer");
        Button timer = t.workStartedAt() == null
                ? button(
                        "my-timer-start",
                        "dispatch.my.timer-start",
                        () -> act(() -> fieldWork.startWork(id, FieldContext.none())))
                : button(
                        "my-timer-stop",
                        "dispatch.my.timer-stop",
                        () -> act(() -> fieldWork.stopWork(id, FieldContext.none())));
        timer.setIcon(t.workStartedAt() == null ? VaadinIcon.PLAY.create() : VaadinIcon.STOP.create());
        HorizontalLayout timerRow = new HorizontalLayout(timer, timed);
        timerRow.setAlignItems(FlexComponent.Alignment.CENTER);
        timerRow.setWrap(true);
        work.add(timerRow);

        // photos
        work.add(new H3(getTranslation("dispatch.ticket.photos")));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            RuntimeException failure = null;
            TicketDetails after = null;
            try {
                after = fieldWork.addPhoto(id, FieldContext.none(), metadata.fileName(), bytes);
            } catch (RuntimeException e) {
                failure = e;
            }
            RuntimeException f = failure;
            TicketDetails a = after;
            getUI().ifPresent(ui -> ui.access(() -> {
                if (f != null) {
                    DispatchUi.show(f);
                } else {
                    render(a);
                }
            }));
        }));
        upload.setId("my-photo-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxBytes()));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setUploadButton(new Button(getTranslation("dispatch.my.add-photo"), VaadinIcon.CAMERA.create()));
        upload.setWidthFull();
        Div thumbnails = new Div();
        thumbnails.setId("my-photos");
        thumbnails.addClassName("dispatch-photos");
        for (TicketDetails.Photo p : t.photos()) {
            Image thumbnail = image(id, p.fileId(), p.name(), true);
            Anchor full = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = queries.photo(id, p.fileId(), false);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), p.name(), p.mediaType(), bytes.length);
                    }),
                    "");
            full.add(thumbnail);
            full.setTarget("_blank");
            thumbnails.add(full);
        }
        work.add(thumbnails, upload);

        // findings
        work.add(new H3(getTranslation("dispatch.ticket.findings")));
        t.findings()
                .forEach(f -> work.add(new Paragraph(
                        getTranslation("dispatch.finding." + f.kind().toLowerCase(java.util.Locale.ROOT)) + ": "
                                + f.text())));
        Select<TicketFinding.Kind> kind = new Select<>();
        kind.setItems(TicketFinding.Kind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("dispatch.finding." + k.name().toLowerCase(java.util.Locale.ROOT)));
        kind.setValue(TicketFinding.Kind.DEFECT);
        TextField finding = new TextField();
        finding.setId("my-finding");
        finding.setMinWidth("10rem");
        finding.getStyle().set("flex", "1 1 10rem");
        finding.setPlaceholder(getTranslation("dispatch.my.finding-placeholder"));
        Button addFinding = button(
                "my-add-finding",
                "dispatch.my.add",
                () -> act(() -> fieldWork.addFinding(
                        id, FieldContext.none(), UUID.randomUUID(), kind.getValue(), finding.getValue())));
        HorizontalLayout findingRow = new HorizontalLayout(kind, finding, addFinding);
        findingRow.setWidthFull();
        findingRow.setWrap(true);
        findingRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        work.add(findingRow);

        // parts
        work.add(new H3(getTranslation("dispatch.ticket.parts")));
        for (TicketDetails.PartLine p : t.parts()) {
            Button remove = new Button(
                    VaadinIcon.TRASH.create(), e -> act(() -> fieldWork.removePart(id, FieldContext.none(), p.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("dispatch.my.remove"));
            HorizontalLayout line = new HorizontalLayout(
                    new Span(Formats.number(p.quantity(), getLocale()) + " " + p.unit() + " × " + p.code() + " "
                            + p.name()),
                    remove);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            work.add(line);
        }
        ComboBox<PartRef> part = new ComboBox<>();
        part.setId("my-part");
        part.setItems(catalogs.partRefs());
        part.setItemLabelGenerator(p -> p.code() + " " + p.name());
        part.setPlaceholder(getTranslation("dispatch.ticket.part"));
        part.setMinWidth("12rem");
        part.getStyle().set("flex", "1 1 12rem");
        BigDecimalField quantity = new BigDecimalField();
        quantity.setId("my-part-quantity");
        quantity.setValue(java.math.BigDecimal.ONE);
        quantity.setWidth("6rem");
        Select<TicketPart.Source> source = new Select<>();
        source.setItems(TicketPart.Source.values());
        source.setItemLabelGenerator(
                x -> getTranslation("dispatch.part-source." + x.name().toLowerCase(java.util.Locale.ROOT)));
        source.setValue(TicketPart.Source.VAN);
        Button addPart = button("my-add-part", "dispatch.my.add", () -> {
            if (part.getValue() == null) {
                part.setInvalid(true);
                return;
            }
            act(() -> fieldWork.addPart(
                    id,
                    FieldContext.none(),
                    UUID.randomUUID(),
                    part.getValue().id(),
                    quantity.getValue(),
                    source.getValue()));
        });
        HorizontalLayout partRow = new HorizontalLayout(part, quantity, source, addPart);
        partRow.setWidthFull();
        partRow.setWrap(true);
        partRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        work.add(partRow);

        // checklist
        if (!t.checklist().isEmpty()) {
            work.add(new H3(getTranslation("dispatch.ticket.checklist", t.checklistName())));
            for (TicketDetails.ChecklistItem item : t.checklist()) {
                work.add(checklistPoint(id, item));
            }
        }

        // signature: the saved one is shown; "sign again" brings the pad back
        work.add(new H3(getTranslation("dispatch.ticket.signature")));
        VerticalLayout signing = new VerticalLayout();
        signing.setPadding(false);
        if (t.signatureFileId() != null) {
            Image saved = image(id, t.signatureFileId(), getTranslation("dispatch.ticket.signature"), false);
            saved.setId("my-signature");
            saved.addClassName("dispatch-signature-saved");
            Button again = new Button(getTranslation("dispatch.my.sign-again"), e -> {
                signing.setVisible(true);
                e.getSource().setVisible(false);
            });
            again.setId("my-sign-again");
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            work.add(
                    saved,
                    hint(getTranslation(
                            "dispatch.ticket.signed-by",
                            t.signerName(),
                            DispatchUi.time(t.signedAt(), zone, getLocale()))),
                    again);
            signing.setVisible(false);
        }
        SignaturePad pad = new SignaturePad();
        pad.setId("my-signature-pad");
        TextField signer = new TextField(getTranslation("dispatch.my.signer"));
        signer.setId("my-signer");
        signer.setWidthFull();
        if (t.signerName() != null) {
            signer.setValue(t.signerName());
        }
        Button clear = new Button(getTranslation("dispatch.my.clear"), e -> pad.clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button sign = button(
                "my-sign",
                "dispatch.my.save-signature",
                () -> pad.read(png -> {
                    if (png.length == 0) {
                        Notifications.error("dispatch.my.sign-first");
                        return;
                    }
                    act(() -> fieldWork.sign(id, FieldContext.none(), signer.getValue(), png));
                }));
        signing.add(pad, signer, new HorizontalLayout(clear, sign));
        work.add(signing);

        // finish
        work.add(new H3(getTranslation("dispatch.my.finish")));
        TextArea done = new TextArea(getTranslation("dispatch.ticket.work-done"));
        done.setId("my-work-done");
        done.setWidthFull();
        IntegerField minutes = new IntegerField(getTranslation("dispatch.my.minutes"));
        minutes.setId("my-minutes");
        minutes.setMin(0);
        minutes.setMax(100_000);
        minutes.setStepButtonsVisible(true);
        minutes.setRequiredIndicatorVisible(true);
        minutes.setHelperText(getTranslation(
                t.timedMinutes() > 0 || t.workStartedAt() != null
                        ? "dispatch.my.minutes-from-timer"
                        : "dispatch.my.minutes-from-arrival"));
        minutes.setValue(suggestedMinutes(t, Instant.now()));
        Button finish = button("my-finish", "dispatch.my.finish", () -> {
            Integer typed = minutes.getValue();
            if (typed == null || typed < 0 || typed > 100_000) {
                minutes.setErrorMessage(getTranslation("dispatch.error.labour"));
                minutes.setInvalid(true);
                return;
            }
            act(() -> fieldWork.finish(id, FieldContext.version(ticket.version()), done.getValue(), typed));
        });
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        work.add(done, minutes, finish);
        return work;
    }

    /** What the minutes field proposes: the timer's count, else the minutes since arrival. */
    static int suggestedMinutes(TicketDetails t, Instant now) {
        if (t.workStartedAt() != null) {
            return t.timedMinutes()
                    + (int) Math.max(
                            0,
                            java.time.Duration.between(t.workStartedAt(), now).toMinutes());
        }
        if (t.timedMinutes() > 0 || t.arrivedAt() == null) {
            return t.timedMinutes();
        }
        return (int) Math.min(
                100_000,
                Math.max(0, java.time.Duration.between(t.arrivedAt(), now).toMinutes()));
    }

    private Image image(UUID ticketId, UUID file, String name, boolean thumbnail) {
        Image image = new Image(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = queries.photo(ticketId, file, thumbnail);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            name,
                            thumbnail ? "image/jpeg" : "image/png",
                            bytes.length);
                }),
                name);
        if (thumbnail) {
            image.addClassName("dispatch-photo");
        }
        return image;
    }

    private Component checklistPoint(UUID id, TicketDetails.ChecklistItem item) {
        Span text = new Span(item.text() + (item.mandatory() ? " *" : ""));
        Span answer = new Span(
                item.answer() == null
                        ? ""
                        : getTranslation("dispatch.checklist." + item.answer().toLowerCase(java.util.Locale.ROOT))
                                + (item.note() == null ? "" : " — " + item.note()));
        answer.addClassName("intervo-hint");
        answer.setId("answer-" + item.position());
        Button ok = new Button(
                getTranslation("dispatch.checklist.ok"),
                e -> act(() -> fieldWork.answer(
                        id, FieldContext.none(), item.id(), TicketChecklistItem.Answer.OK, null, null)));
        ok.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        ok.setId("ok-" + item.position());
        Button problem = new Button(getTranslation("dispatch.checklist.problem"), e -> {
            com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
            dialog.setHeaderTitle(item.text());
            ComboBox<String> defect = new ComboBox<>(getTranslation("dispatch.ticket.defect"), item.defects());
            defect.setVisible(!item.defects().isEmpty());
            defect.setWidthFull();
            TextArea note = new TextArea(getTranslation("dispatch.ticket.note"));
            note.setWidthFull();
            Button save = new Button(getTranslation("dispatch.my.save"), x -> {
                dialog.close();
                act(() -> fieldWork.answer(
                        id,
                        FieldContext.none(),
                        item.id(),
                        TicketChecklistItem.Answer.PROBLEM,
                        defect.getValue(),
                        note.getValue()));
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("problem-save");
            Button cancel = new Button(getTranslation("dispatch.my.cancel"), x -> dialog.close());
            cancel.setId("problem-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.add(new VerticalLayout(defect, note));
            dialog.getFooter().add(cancel, save);
            dialog.open();
        });
        problem.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div point = new Div(new Div(text), new Div(answer), new HorizontalLayout(ok, problem));
        point.addClassName("dispatch-point");
        point.setId("point-" + item.position());
        if (item.answer() != null) {
            // answered points stand out, so the open ones are easy to find
            point.addClassName("OK".equals(item.answer()) ? "dispatch-point-ok" : "dispatch-point-problem");
            (("OK".equals(item.answer())) ? ok : problem).setIcon(VaadinIcon.CHECK.create());
        }
        return point;
    }

    private Button primary(String id, String key, Supplier<TicketDetails> action) {
        Button button = button(id, key, () -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private void act(Supplier<TicketDetails> action) {
        try {
            render(action.get());
        } catch (RuntimeException e) {
            DispatchUi.show(e);
            if (ticket != null) {
                try {
                    render(queries.get(ticket.id()));
                } catch (RuntimeException gone) {
                    getUI().ifPresent(ui -> ui.navigate(MyTicketsView.class));
                }
            }
        }
    }

    private Span hint(String text) {
        Span span = new Span(text);
        span.addClassName("intervo-hint");
        return span;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = live.subscribe(TenantContext.require(), change -> {
            if (ticket != null && change.id().equals(ticket.id())) {
                ui.access(() -> {
                    try {
                        TicketDetails now = queries.get(ticket.id());
                        if (now.version() != ticket.version()) {
                            render(now);
                        }
                    } catch (RuntimeException e) {
                        ui.navigate(MyTicketsView.class);
                    }
                });
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
