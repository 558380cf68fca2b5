package com.intervo.workshop.plus.ui;

import com.intervo.crm.CatalogRef;
import com.intervo.crm.CatalogService;
import com.intervo.crm.PricedItem;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.StagedFile;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.plus.Evaluation;
import com.intervo.workshop.plus.Plus;
import com.intervo.workshop.plus.PlusSheet;
import com.intervo.workshop.plus.PlusSheets;
import com.intervo.workshop.plus.Quote;
import com.intervo.workshop.plus.QuoteDocuments;
import com.intervo.workshop.plus.Quotes;
import com.intervo.workshop.plus.Repair;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Workshop Plus workspace of one service sheet: its header (number, customer, device, Simple's status and the
 * Plus stage), the evaluation point by point (OK or a problem with defect, cause, note, needs and photos), the quotes
 * (the draft edited and sent by the desk, the customer's decision recorded), the repair checklist with extra work and
 * completion, the "irreparable — no compatible parts" ending, and how an ended sheet ended. Cards stack at phone
 * width; every action is the service's, so the same rules and messages as the API apply.
 */
@Route("workshop-plus/sheets/:sheetId")
@RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
class PlusSheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The stages from which a sheet may still end irreparable. */
    private static final Set<Plus.Stage> OPEN_STAGES =
            Set.of(Plus.Stage.EVALUATION, Plus.Stage.QUOTE, Plus.Stage.REPAIR);

    private static final String STALE = "workshopplus.error.stale";

    private final transient PlusSheets plusSheets;
    private final transient Evaluation evaluation;
    private final transient Quotes quotes;
    private final transient Repair repair;
    private final transient RepairQueue queue;
    private final transient CatalogService catalog;
    private final transient WorkspaceClock workspace;
    private final transient FileStorage files;

    private UUID sheetId;
    private String title = "";
    private transient SheetDetails sheet;
    private transient PlusSheet plus;
    private transient List<PricedItem> parts;
    private transient List<PricedItem> services;
    private final Map<UUID, Component> pointCards = new HashMap<>();
    private VerticalLayout pointList;
    private Span progress;
    private Component sheetPhotoSection;

    PlusSheetView(
            PlusSheets plusSheets,
            Evaluation evaluation,
            Quotes quotes,
            Repair repair,
            RepairQueue queue,
            CatalogService catalog,
            WorkspaceClock workspace,
            FileStorage files) {
        this.plusSheets = plusSheets;
        this.evaluation = evaluation;
        this.quotes = quotes;
        this.repair = repair;
        this.queue = queue;
        this.catalog = catalog;
        this.workspace = workspace;
        this.files = files;
        setId("plus-sheet-view");
        setWidthFull();
        getStyle().set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("sheetId").flatMap(PlusSheetView::uuid);
        if (id.isEmpty()
                || queue.find(id.get()).isEmpty()
                || plusSheets.find(id.get()).isEmpty()) {
            // a sheet taken in the Simple way, another workspace's or none at all look the same
            event.rerouteToError(NotFoundException.class);
            return;
        }
        sheetId = id.get();
        render();
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // --- who may do what (the services decide; the screen only offers what they would allow)

    private static boolean has(Role... roles) {
        return IntervoAuthentication.current()
                .map(u -> {
                    for (Role r : roles) {
                        if (u.has(r)) {
                            return true;
                        }
                    }
                    return false;
                })
                .orElse(false);
    }

    /** Edits, sends and decides quotes. */
    private static boolean desk() {
        return has(Role.ADMIN, Role.DISPATCHER, Role.MANAGER);
    }

    /** Evaluates and repairs. */
    private static boolean bench() {
        return has(Role.ADMIN, Role.TECHNICIAN, Role.MANAGER);
    }

    // --- the page

    private void render() {
        removeAll();
        pointCards.clear();
        pointList = null;
        progress = null;
        parts = null;
        services = null;
        sheet = queue.get(sheetId);
        plus = plusSheets.get(sheetId);
        title = sheet.number();
        sheetPhotoSection = sheetPhotosSection();
        add(header(), facts(), sheetPhotoSection, actions());
        if (plus.stage().finished()) {
            add(outcome());
        }
        Evaluation.Sheet evaluated = evaluation.of(sheetId);
        List<Quote> all = quotes.ofSheet(sheetId);
        // what the stage is about comes first; what led to it follows
        if (plus.stage() == Plus.Stage.REPAIR || plus.stage() == Plus.Stage.COMPLETED) {
            add(repairSection());
        }
        if (plus.stage() == Plus.Stage.EVALUATION) {
            add(evaluationSection(evaluated));
        }
        if (!all.isEmpty()) {
            add(quotesSection(all));
        }
        if (plus.stage() != Plus.Stage.EVALUATION && !evaluated.points().isEmpty()) {
            add(evaluationSection(evaluated));
        }
    }

    private Component header() {
        H2 heading = new H2(sheet.number());
        heading.setId("plus-sheet-title");
        heading.getStyle().set("margin", "0");
        Span status = badge(queue.statusLabel(sheet.statusKey(), getLocale()));
        status.setId("plus-sheet-status");
        status.setTitle(getTranslation("workshopplus.sheet.simple-status"));
        Span stage = stageBadge(plus.stage());
        stage.setId("plus-stage");
        stage.setTitle(getTranslation("workshopplus.sheet.stage"));
        HorizontalLayout header = new HorizontalLayout(heading, status, stage);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        header.setWidthFull();
        return header;
    }

    private Span stageBadge(Plus.Stage stage) {
        Span badge = badge(getTranslation("workshopplus.stage." + stage.name().toLowerCase(Locale.ROOT)));
        if (stage == Plus.Stage.COMPLETED) {
            badge.addClassName("success");
        } else if (stage == Plus.Stage.DECLINED || stage == Plus.Stage.IRREPARABLE) {
            badge.addClassName("error");
        }
        return badge;
    }

    private Component facts() {
        Div facts = new Div();
        facts.setId("plus-sheet-facts");
        facts.setWidthFull();
        Paragraph customer = new Paragraph(
                new Span(getTranslation("workshopplus.sheet.customer") + ": "),
                new Anchor("customers/" + sheet.customerId(), sheet.customer().name()),
                new Span(
                        sheet.customer().phone() == null
                                ? ""
                                : " · " + sheet.customer().phone()));
        customer.setId("plus-sheet-customer");
        Paragraph device = new Paragraph(
                new Span(getTranslation("workshopplus.sheet.device") + ": "),
                new Anchor(
                        "equipment/" + sheet.equipmentId(),
                        sheet.equipment().displayName() + " · "
                                + sheet.equipment().serialNumber()));
        device.setId("plus-sheet-device");
        facts.add(customer, device);
        fact(facts, getTranslation("workshopplus.sheet.problem"), sheet.problem());
        if (!plus.problems().isEmpty()) {
            fact(
                    facts,
                    getTranslation("workshopplus.sheet.problems"),
                    plus.problems().stream().map(CatalogRef::name).collect(Collectors.joining(", ")));
        }
        if (!plus.services().isEmpty()) {
            fact(
                    facts,
                    getTranslation("workshopplus.sheet.services"),
                    plus.services().stream()
                            .map(s -> s.name() + " × " + Formats.number(s.quantity(), getLocale()))
                            .collect(Collectors.joining(", ")));
        }
        fact(facts, getTranslation("workshopplus.sheet.findings"), plus.initialFindings());
        if (plus.warranty() == Plus.Warranty.EQUIPMENT) {
            facts.add(hintParagraph(getTranslation(
                    "workshopplus.warranty.equipment-until", Formats.date(plus.warrantyUntil(), getLocale()))));
        } else if (plus.warranty() == Plus.Warranty.MANUFACTURER) {
            facts.add(hintParagraph(getTranslation("workshopplus.warranty.manufacturer-claim", plus.warrantyClaim())));
        }
        return facts;
    }

    // --- the sheet's own photos

    /**
     * The photos of the device as it came in (its label, the damage at intake), in every stage; taken while the sheet
     * is still being evaluated, quoted or repaired.
     */
    private Component sheetPhotosSection() {
        VerticalLayout section = section("plus-sheet-photos", getTranslation("workshopplus.sheet-photos.title"));
        section.setSpacing(false);
        section.getStyle().set("gap", "var(--lumo-space-s)");
        List<UUID> ids = evaluation.sheetPhotos(sheetId);
        if (ids.isEmpty()) {
            Paragraph none = hintParagraph(getTranslation("workshopplus.sheet-photos.none"));
            none.setId("plus-sheet-photos-none");
            section.add(none);
        } else {
            Div photos = new Div();
            photos.setId("plus-sheet-photos-list");
            flexRow(photos);
            for (int i = 0; i < ids.size(); i++) {
                photos.add(sheetPhoto(ids.get(i), i));
            }
            section.add(photos);
        }
        if (OPEN_STAGES.contains(plus.stage())) {
            section.add(sheetPhotoUpload());
        }
        return section;
    }

    /** A thumbnail of a sheet photo; a click opens the full photo in a new tab. */
    private Component sheetPhoto(UUID fileId, int index) {
        Image thumbnail = new Image(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = evaluation.photo(sheetId, fileId, true);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileId + ".jpg", mediaType(bytes), bytes.length);
                }),
                getTranslation("workshopplus.sheet-photos.photo", index + 1));
        thumbnail.setId("plus-sheet-photo-" + index);
        thumbnail.addClassName("plus-sheet-photo");
        thumbnail.setWidth("5rem");
        thumbnail.setHeight("5rem");
        thumbnail
                .getStyle()
                .set("object-fit", "cover")
                .set("display", "block")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Anchor full = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = evaluation.photo(sheetId, fileId, false);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileId.toString(), mediaType(bytes), bytes.length);
                }),
                "");
        full.add(thumbnail);
        full.setTarget("_blank");
        full.getStyle().set("flex", "0 0 auto");
        return full;
    }

    /** A photo of the device: staged before the service's transaction, attached by it, the staging discarded. */
    private Component sheetPhotoUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            RuntimeException failure = null;
            try {
                StagedFile staged = files.stage(metadata.fileName(), bytes);
                try {
                    evaluation.addSheetPhoto(sheetId, staged);
                } finally {
                    files.discard(staged);
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            RuntimeException f = failure;
            getUI().ifPresent(ui -> ui.access(() -> {
                if (f != null) {
                    Notifications.show(f, Map.of());
                } else {
                    Notifications.success("workshopplus.sheet-photos.added");
                    refreshSheetPhotos();
                }
            }));
        }));
        upload.setId("plus-sheet-photo-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxBytes()));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setUploadButton(new Button(getTranslation("workshopplus.sheet-photos.add"), VaadinIcon.CAMERA.create()));
        upload.setDropLabel(new Span(getTranslation("workshopplus.sheet-photos.drop")));
        upload.setWidthFull();
        upload.getStyle().set("box-sizing", "border-box");
        return upload;
    }

    /** Shows the sheet's photos as they are stored now, the rest of the page (and what is being typed) kept. */
    private void refreshSheetPhotos() {
        Component fresh = sheetPhotosSection();
        if (sheetPhotoSection != null) {
            replace(sheetPhotoSection, fresh);
        }
        sheetPhotoSection = fresh;
    }

    private Component actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("plus-sheet-actions");
        actions.setWrap(true);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        Anchor back = new Anchor("workshop/sheets/" + sheetId, getTranslation("workshopplus.sheet.back"));
        back.setId("plus-back-to-sheet");
        actions.add(back);
        if (OPEN_STAGES.contains(plus.stage())) {
            Button irreparable = new Button(
                    getTranslation("workshopplus.irreparable.open"), VaadinIcon.BAN.create(), e -> irreparableDialog());
            irreparable.setId("plus-irreparable");
            irreparable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(irreparable);
        }
        return actions;
    }

    /** How an ended sheet ended. */
    private Component outcome() {
        Div box = card();
        box.setId("plus-outcome");
        String when = time(plus.finishedAt());
        Span headline = new Span();
        headline.setId("plus-outcome-text");
        headline.getStyle().set("font-weight", "600");
        box.add(headline);
        switch (plus.stage()) {
            case COMPLETED -> headline.setText(getTranslation("workshopplus.outcome.completed", when));
            case DECLINED -> {
                headline.setText(getTranslation("workshopplus.outcome.declined", when));
                if (plus.outcomeNote() != null) {
                    box.add(line(getTranslation("workshopplus.outcome.comment", plus.outcomeNote())));
                }
            }
            case IRREPARABLE -> {
                headline.setText(getTranslation("workshopplus.outcome.irreparable", when));
                Div missing = new Div();
                missing.setId("plus-outcome-parts");
                missing.add(new Span(getTranslation("workshopplus.outcome.missing-parts") + ": "));
                missing.add(new Span(plus.missingParts().stream()
                        .map(PlusSheet.MissingPart::name)
                        .collect(Collectors.joining(", "))));
                box.add(missing);
                if (plus.outcomeNote() != null) {
                    box.add(line(getTranslation("workshopplus.outcome.note", plus.outcomeNote())));
                }
            }
            default -> {}
        }
        return box;
    }

    // --- evaluation

    private Component evaluationSection(Evaluation.Sheet evaluated) {
        VerticalLayout section = section("plus-evaluation", getTranslation("workshopplus.evaluation.title"));
        progress = new Span();
        progress.setId("plus-evaluation-progress");
        progress.addClassName("intervo-badge");
        showProgress(evaluated);
        section.add(progress);
        if (plus.evaluatedAt() != null) {
            section.add(hintParagraph(getTranslation(
                    "workshopplus.evaluation.finished-by", plus.evaluatedBy(), time(plus.evaluatedAt()))));
        }
        boolean editable = plus.stage() == Plus.Stage.EVALUATION && bench();
        if (plus.stage() == Plus.Stage.EVALUATION && !bench()) {
            section.add(hintParagraph(getTranslation("workshopplus.evaluation.bench-only")));
        }
        pointList = new VerticalLayout();
        pointList.setPadding(false);
        pointList.setWidthFull();
        for (Evaluation.Point point : evaluated.points()) {
            Component card = editable ? pointEditor(point) : pointSummary(point);
            pointCards.put(point.id(), card);
            pointList.add(card);
        }
        section.add(pointList);
        if (editable) {
            Button finish = new Button(
                    getTranslation("workshopplus.evaluation.finish"),
                    VaadinIcon.CHECK.create(),
                    e -> act(Map.of(), () -> {
                        Quote drafted = evaluation.finish(sheetId);
                        Notifications.success("workshopplus.evaluation.finished", drafted.number());
                        render();
                    }));
            finish.setId("plus-finish-evaluation");
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            section.add(finish);
        }
        return section;
    }

    private void showProgress(Evaluation.Sheet evaluated) {
        if (progress != null) {
            progress.setText(
                    getTranslation("workshopplus.evaluation.progress", evaluated.answered(), evaluated.total()));
            progress.getElement().setAttribute("data-complete", String.valueOf(evaluated.complete()));
        }
    }

    /** A saved point again: its card is replaced (other cards keep what is being typed in them). */
    private void refreshPoint(Evaluation.Sheet evaluated, UUID pointId) {
        showProgress(evaluated);
        Component old = pointCards.get(pointId);
        evaluated.points().stream()
                .filter(p -> p.id().equals(pointId))
                .findFirst()
                .ifPresent(p -> {
                    Component fresh = pointEditor(p);
                    pointCards.put(pointId, fresh);
                    if (old != null && pointList != null) {
                        pointList.replace(old, fresh);
                    }
                });
    }

    private String resultText(Evaluation.Result result) {
        if (result == null) {
            return getTranslation("workshopplus.evaluation.open");
        }
        return getTranslation(
                result == Evaluation.Result.OK ? "workshopplus.evaluation.ok" : "workshopplus.evaluation.problem");
    }

    private Span resultBadge(Evaluation.Point p) {
        Span badge = badge(resultText(p.result()));
        badge.setId(pointId(p) + "-result");
        if (p.result() == Evaluation.Result.OK) {
            badge.addClassName("success");
        } else if (p.result() == Evaluation.Result.PROBLEM) {
            badge.addClassName("error");
        }
        return badge;
    }

    private static String pointId(Evaluation.Point p) {
        return "plus-point-" + p.position();
    }

    private Div pointHead(Evaluation.Point p) {
        Span text = new Span(p.text());
        text.getStyle().set("font-weight", "600");
        Div head = new Div(text);
        flexRow(head);
        if (p.mandatory()) {
            Span mandatory = badge(getTranslation("workshopplus.evaluation.mandatory"));
            mandatory.addClassName("mandatory");
            head.add(mandatory);
        }
        head.add(resultBadge(p));
        return head;
    }

    /** A point as evaluated, read-only (after the evaluation, or for the desk). */
    private Component pointSummary(Evaluation.Point p) {
        Div card = card();
        card.setId(pointId(p));
        card.add(pointHead(p));
        if (p.defect() != null) {
            card.add(line(getTranslation("workshopplus.evaluation.defect") + ": " + p.defect()));
        }
        if (p.cause() != null) {
            card.add(line(getTranslation("workshopplus.evaluation.cause") + ": " + p.cause()));
        }
        if (p.note() != null) {
            card.add(line(getTranslation("workshopplus.evaluation.note") + ": " + p.note()));
        }
        for (Evaluation.Need need : p.needs()) {
            card.add(line(getTranslation("workshopplus.line." + need.kind().name()) + ": " + need.code() + " "
                    + need.name() + " × " + Formats.number(need.quantity(), getLocale()) + " " + need.unit()));
        }
        if (p.checkedBy() != null) {
            card.add(hintParagraph(
                    getTranslation("workshopplus.evaluation.checked-by", p.checkedBy(), time(p.checkedAt()))));
        }
        if (!p.photoIds().isEmpty()) {
            card.add(photos(p));
        }
        return card;
    }

    /** What the technician is choosing for a point until it is saved. */
    private static final class PointDraft {
        Evaluation.Result result;
        final List<NeedRow> needs = new ArrayList<>();
    }

    private static final class NeedRow {
        Plus.NeedKind kind;
        PricedItem item;
        BigDecimal quantity;

        NeedRow(Plus.NeedKind kind, PricedItem item, BigDecimal quantity) {
            this.kind = kind;
            this.item = item;
            this.quantity = quantity;
        }
    }

    /** A point the technician answers: OK or a problem with its defect, cause, note, needs and photos. */
    private Component pointEditor(Evaluation.Point p) {
        String id = pointId(p);
        Div card = card();
        card.setId(id);
        card.add(pointHead(p));
        PointDraft draft = new PointDraft();
        draft.result = p.result();
        for (Evaluation.Need need : p.needs()) {
            PricedItem item = known(
                    need.kind() == Plus.NeedKind.LABOUR ? services() : parts(),
                    need.itemId(),
                    () -> new PricedItem(
                            need.itemId(),
                            need.kind() == Plus.NeedKind.LABOUR ? PricedItem.Kind.SERVICE : PricedItem.Kind.PART,
                            need.code(),
                            need.name(),
                            need.unit(),
                            null,
                            null,
                            null,
                            null));
            draft.needs.add(new NeedRow(need.kind(), item, plain(need.quantity())));
        }

        Button ok = new Button(getTranslation("workshopplus.evaluation.ok"), VaadinIcon.CHECK.create());
        ok.setId(id + "-ok");
        Button problem = new Button(getTranslation("workshopplus.evaluation.problem"), VaadinIcon.WARNING.create());
        problem.setId(id + "-problem");
        Div toggle = new Div(ok, problem);
        flexRow(toggle);
        toggle.getElement().setAttribute("role", "group");

        ComboBox<String> defect =
                customCombo(getTranslation("workshopplus.evaluation.defect"), p.defectOptions(), p.defect());
        defect.setId(id + "-defect");
        defect.setRequiredIndicatorVisible(true);
        ComboBox<String> cause =
                customCombo(getTranslation("workshopplus.evaluation.cause"), p.causeOptions(), p.cause());
        cause.setId(id + "-cause");
        TextArea note = new TextArea(getTranslation("workshopplus.evaluation.note"));
        note.setId(id + "-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        if (p.note() != null) {
            note.setValue(p.note());
        }
        Div problemFields = new Div();
        problemFields.setWidthFull();
        Div defectRow = new Div(defect, cause);
        flexRow(defectRow);
        grow(defect, "14rem");
        grow(cause, "14rem");
        Div needList = new Div();
        needList.setId(id + "-needs");
        needList.setWidthFull();
        Map<String, HasValidation> needFields = new HashMap<>();
        Runnable[] showNeeds = new Runnable[1];
        showNeeds[0] = () -> {
            needList.removeAll();
            needFields.clear();
            for (int i = 0; i < draft.needs.size(); i++) {
                needList.add(needRow(id + "-need-" + i, i, draft.needs, needFields, showNeeds[0]));
            }
        };
        showNeeds[0].run();
        Button addNeed = new Button(getTranslation("workshopplus.evaluation.add-need"), VaadinIcon.PLUS.create(), e -> {
            draft.needs.add(new NeedRow(Plus.NeedKind.PART_REPLACE, null, BigDecimal.ONE));
            showNeeds[0].run();
        });
        addNeed.setId(id + "-add-need");
        addNeed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H4 needsTitle = new H4(getTranslation("workshopplus.evaluation.needs"));
        needsTitle.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        problemFields.add(defectRow, needsTitle, needList, addNeed);

        Runnable showResult = () -> {
            problemFields.setVisible(draft.result == Evaluation.Result.PROBLEM);
            ok.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            problem.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            ok.getElement().setAttribute("aria-pressed", String.valueOf(draft.result == Evaluation.Result.OK));
            problem.getElement()
                    .setAttribute("aria-pressed", String.valueOf(draft.result == Evaluation.Result.PROBLEM));
            if (draft.result == Evaluation.Result.OK) {
                ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            } else if (draft.result == Evaluation.Result.PROBLEM) {
                problem.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            }
        };
        ok.addClickListener(e -> {
            draft.result = Evaluation.Result.OK;
            showResult.run();
        });
        problem.addClickListener(e -> {
            draft.result = Evaluation.Result.PROBLEM;
            showResult.run();
        });
        showResult.run();

        Button save = new Button(getTranslation("workshopplus.evaluation.save"), VaadinIcon.CHECK_CIRCLE.create());
        save.setId(id + "-save");
        save.addClickListener(e -> {
            if (draft.result == null) {
                Notifications.error("workshopplus.evaluation.choose-result");
                return;
            }
            boolean found = draft.result == Evaluation.Result.PROBLEM;
            Map<String, HasValidation> fields = new HashMap<>(needFields);
            fields.put("defect", defect);
            fields.put("cause", cause);
            fields.put("note", note);
            List<Evaluation.NeedDraft> needs = found
                    ? draft.needs.stream()
                            .map(n -> new Evaluation.NeedDraft(n.kind, n.item == null ? null : n.item.id(), n.quantity))
                            .toList()
                    : List.of();
            Evaluation.Answer answer = new Evaluation.Answer(
                    p.version(),
                    draft.result,
                    found ? defect.getValue() : null,
                    found ? cause.getValue() : null,
                    note.getValue(),
                    needs);
            act(fields, () -> {
                Evaluation.Sheet after = evaluation.answer(sheetId, p.id(), answer);
                Notifications.success("workshopplus.evaluation.saved", p.text());
                refreshPoint(after, p.id());
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(toggle, problemFields, note, save);
        if (p.checkedBy() != null) {
            card.add(hintParagraph(
                    getTranslation("workshopplus.evaluation.checked-by", p.checkedBy(), time(p.checkedAt()))));
        }
        if (p.result() == Evaluation.Result.PROBLEM) {
            card.add(photos(p), upload(p));
        }
        return card;
    }

    private Component needRow(
            String id, int index, List<NeedRow> rows, Map<String, HasValidation> fields, Runnable changed) {
        NeedRow row = rows.get(index);
        Select<Plus.NeedKind> kind = new Select<>();
        kind.setLabel(getTranslation("workshopplus.lines.kind"));
        kind.setItems(Plus.NeedKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("workshopplus.line." + k.name()));
        kind.setValue(row.kind);
        kind.setId(id + "-kind");
        ComboBox<PricedItem> item = itemCombo(row.kind == Plus.NeedKind.LABOUR, row.item);
        item.setId(id + "-item");
        BigDecimalField quantity = new BigDecimalField(getTranslation("workshopplus.lines.quantity"));
        quantity.setId(id + "-quantity");
        quantity.setValue(row.quantity);
        kind.addValueChangeListener(e -> {
            boolean labourBefore = e.getOldValue() == Plus.NeedKind.LABOUR;
            row.kind = e.getValue();
            if (labourBefore != (row.kind == Plus.NeedKind.LABOUR)) {
                row.item = null;
                item.clear();
                item.setItems(row.kind == Plus.NeedKind.LABOUR ? services() : parts());
            }
        });
        item.addValueChangeListener(e -> row.item = e.getValue());
        quantity.addValueChangeListener(e -> row.quantity = e.getValue());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(index);
            changed.run();
        });
        remove.setId(id + "-remove");
        remove.setAriaLabel(getTranslation("workshopplus.lines.remove"));
        remove.setTooltipText(getTranslation("workshopplus.lines.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        fields.put(field("needs", index, "kind"), kind);
        fields.put(field("needs", index, "itemId"), item);
        fields.put(field("needs", index, "quantity"), quantity);
        grow(kind, "10rem");
        grow(item, "14rem");
        grow(quantity, "6rem");
        Div line = new Div(kind, item, quantity, remove);
        flexRow(line);
        line.getStyle().set("align-items", "baseline");
        line.addClassName("plus-need");
        return line;
    }

    private Component photos(Evaluation.Point p) {
        Div photos = new Div();
        photos.setId(pointId(p) + "-photos");
        flexRow(photos);
        for (UUID fileId : p.photoIds()) {
            Image thumbnail = new Image(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = evaluation.photo(sheetId, fileId, true);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), fileId + ".jpg", mediaType(bytes), bytes.length);
                    }),
                    getTranslation("workshopplus.evaluation.photo-of", p.text()));
            thumbnail.addClassName("plus-photo");
            thumbnail.getStyle().set("height", "5rem").set("border-radius", "var(--lumo-border-radius-m)");
            Anchor full = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = evaluation.photo(sheetId, fileId, false);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), fileId.toString(), mediaType(bytes), bytes.length);
                    }),
                    "");
            full.add(thumbnail);
            full.setTarget("_blank");
            photos.add(full);
        }
        return photos;
    }

    /** A photo of the problem: staged before the service's transaction, attached by it, the staging discarded. */
    private Component upload(Evaluation.Point p) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            RuntimeException failure = null;
            Evaluation.Sheet after = null;
            try {
                StagedFile staged = files.stage(metadata.fileName(), bytes);
                try {
                    evaluation.addPhoto(sheetId, p.id(), staged);
                } finally {
                    files.discard(staged);
                }
                after = evaluation.of(sheetId);
            } catch (RuntimeException e) {
                failure = e;
            }
            RuntimeException f = failure;
            Evaluation.Sheet a = after;
            getUI().ifPresent(ui -> ui.access(() -> {
                if (f != null) {
                    Notifications.show(f, Map.of());
                } else {
                    Notifications.success("workshopplus.evaluation.photo-added");
                    refreshPoint(a, p.id());
                }
            }));
        }));
        upload.setId(pointId(p) + "-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxBytes()));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setUploadButton(
                new Button(getTranslation("workshopplus.evaluation.add-photo"), VaadinIcon.CAMERA.create()));
        upload.setDropLabel(new Span(getTranslation("workshopplus.evaluation.drop-photo")));
        upload.setWidthFull();
        upload.getStyle().set("box-sizing", "border-box");
        return upload;
    }

    private static String mediaType(byte[] bytes) {
        if (bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P') {
            return "image/png";
        }
        if (bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return "image/webp";
        }
        return "image/jpeg";
    }

    // --- quotes

    private Component quotesSection(List<Quote> all) {
        VerticalLayout section = section("plus-quotes", getTranslation("workshopplus.quotes.title"));
        // the newest first: the one that matters now is on top
        for (int i = all.size() - 1; i >= 0; i--) {
            section.add(quoteCard(all.get(i)));
        }
        return section;
    }

    private Component quoteCard(Quote q) {
        String id = "plus-quote-" + q.number();
        Div card = card();
        card.setId(id);
        Span name = new Span(getTranslation("workshopplus.quote.number", q.number()));
        name.getStyle().set("font-weight", "600");
        Span status = badge(
                getTranslation("workshopplus.quote.status." + q.status().name().toLowerCase(Locale.ROOT)));
        status.setId(id + "-status");
        if (q.status() == Plus.QuoteStatus.ACCEPTED) {
            status.addClassName("success");
        } else if (q.status() == Plus.QuoteStatus.DECLINED) {
            status.addClassName("error");
        }
        Div head = new Div(name, status);
        flexRow(head);
        if (q.supplementary()) {
            Span extra = badge(getTranslation("workshopplus.quote.supplementary"));
            extra.setId(id + "-supplementary");
            head.add(extra);
        }
        card.add(head);
        card.add(line(getTranslation("workshopplus.quote.valid-until", Formats.date(q.validUntil(), getLocale()))));
        Span totals = new Span(getTranslation(
                "workshopplus.quote.totals",
                money(q.net(), q.currency()),
                money(q.vat(), q.currency()),
                money(q.gross(), q.currency())));
        totals.setId(id + "-totals");
        card.add(new Div(totals));
        if (q.reverseCharge()) {
            card.add(hintParagraph(getTranslation("workshopplus.quote.reverse-charge")));
        }
        if (q.sentAt() != null) {
            card.add(line(
                    q.sentTo() == null
                            ? getTranslation("workshopplus.quote.sent-printed", time(q.sentAt()), q.sentBy())
                            : getTranslation("workshopplus.quote.sent-to", time(q.sentAt()), q.sentBy(), q.sentTo())));
        }
        if (q.decidedAt() != null) {
            Div decided = line(getTranslation(
                    "workshopplus.quote.decided",
                    q.decidedBy(),
                    q.channel() == null
                            ? ""
                            : getTranslation(
                                    "workshopplus.channel." + q.channel().name().toLowerCase(Locale.ROOT)),
                    time(q.decidedAt())));
            decided.setId(id + "-decided");
            card.add(decided);
            if (q.comment() != null) {
                card.add(line(getTranslation("workshopplus.quote.comment", q.comment())));
            }
        }
        if (q.fileId() != null) {
            Anchor pdf = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        QuoteDocuments.Pdf document = quotes.pdf(q.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(document.content()),
                                document.fileName(),
                                "application/pdf",
                                document.content().length);
                    }),
                    getTranslation("workshopplus.quote.pdf"));
            pdf.setId(id + "-pdf");
            pdf.setTarget("_blank");
            card.add(new Div(pdf));
        }
        boolean open = !plus.stage().finished();
        if (q.status() == Plus.QuoteStatus.DRAFT && desk() && open) {
            card.add(draftEditor(q));
        } else {
            card.add(linesGrid(q, id + "-lines"));
            if (q.status() == Plus.QuoteStatus.DRAFT) {
                card.add(hintParagraph(getTranslation("workshopplus.quote.draft-at-desk")));
            }
        }
        if (q.status() == Plus.QuoteStatus.SENT && desk() && open) {
            Button decide = new Button(
                    getTranslation("workshopplus.quote.record-decision"),
                    VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> decisionDialog(q));
            decide.setId("plus-quote-decision");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button revise = new Button(
                    getTranslation("workshopplus.quote.revise"),
                    VaadinIcon.EDIT.create(),
                    e -> act(Map.of(), () -> {
                        Quote next = quotes.revise(q.id(), q.version());
                        Notifications.success("workshopplus.quote.revised", next.number());
                        render();
                    }));
            revise.setId("plus-quote-revise");
            Div buttons = new Div(decide, revise);
            flexRow(buttons);
            card.add(buttons);
        }
        return card;
    }

    private Grid<Quote.Line> linesGrid(Quote q, String id) {
        ListGrid<Quote.Line> grid = new ListGrid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> l.code() + " " + l.description())
                .setHeader(getTranslation("workshopplus.lines.item"))
                .setFlexGrow(3);
        grid.addColumn(l -> getTranslation("workshopplus.line." + l.kind().name()))
                .setHeader(getTranslation("workshopplus.lines.kind"))
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.number(l.quantity(), getLocale()) + " " + l.unit())
                .setHeader(getTranslation("workshopplus.lines.quantity"))
                .setAutoWidth(true);
        grid.addColumn(l -> money(l.unitPrice(), q.currency()))
                .setHeader(getTranslation("workshopplus.lines.unit-price"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.warranty() ? getTranslation("workshopplus.lines.warranty") : "")
                .setHeader(getTranslation("workshopplus.lines.warranty"))
                .setAutoWidth(true);
        grid.addColumn(l -> money(l.net(), q.currency()))
                .setHeader(getTranslation("workshopplus.lines.net"))
                .setAutoWidth(true);
        grid.addColumn(l -> money(l.gross(), q.currency()))
                .setHeader(getTranslation("workshopplus.lines.gross"))
                .setAutoWidth(true);
        grid.setItems(q.lines());
        return grid;
    }

    /** The desk's draft: its lines, validity, save, and send (to the customer's address unless another is typed). */
    private Component draftEditor(Quote q) {
        LinesEditor editor = new LinesEditor("plus-quote", rowsOf(q));
        DatePicker validUntil = LocalizedPickers.date(getTranslation("workshopplus.quote.validity"));
        validUntil.setId("plus-quote-valid-until");
        validUntil.setValue(q.validUntil());
        validUntil.setMin(workspace.today());
        validUntil.addValueChangeListener(e -> editor.dirty = true);
        EmailField email = new EmailField(getTranslation("workshopplus.quote.email"));
        email.setId("plus-quote-email");
        email.setMaxLength(320);
        email.setHelperText(getTranslation("workshopplus.quote.email-hint"));
        if (sheet.customer().email() != null) {
            email.setValue(sheet.customer().email());
        }
        grow(validUntil, "12rem");
        grow(email, "16rem");
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("validUntil", validUntil);
        fields.put("emailTo", email);
        Button save = new Button(getTranslation("workshopplus.quote.save"), VaadinIcon.CHECK.create(), e -> {
            fields.putAll(editor.fields());
            act(fields, () -> {
                quotes.edit(q.id(), q.version(), editor.drafts(), validUntil.getValue());
                Notifications.success("workshopplus.quote.saved", q.number());
                render();
            });
        });
        save.setId("plus-quote-save");
        Button send = new Button(getTranslation("workshopplus.quote.send"), VaadinIcon.ENVELOPE.create(), e -> {
            fields.putAll(editor.fields());
            act(fields, () -> {
                Quote current = q;
                if (editor.dirty) {
                    // what is on the screen is what goes out
                    current = quotes.edit(q.id(), q.version(), editor.drafts(), validUntil.getValue());
                }
                Quote sent = quotes.send(current.id(), current.version(), email.getValue());
                if (sent.sentTo() == null) {
                    Notifications.success("workshopplus.quote.issued", sent.number());
                } else {
                    Notifications.success("workshopplus.quote.sent-done", sent.number(), sent.sentTo());
                }
                render();
            });
        });
        send.setId("plus-quote-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div settings = new Div(validUntil, email);
        flexRow(settings);
        Div buttons = new Div(save, send);
        flexRow(buttons);
        Div box = new Div(editor, settings, buttons);
        box.setWidthFull();
        return box;
    }

    private void decisionDialog(Quote q) {
        Dialog dialog = new Dialog();
        dialog.setId("plus-decision-dialog");
        dialog.setHeaderTitle(getTranslation("workshopplus.decision.title", q.number()));
        dialog.setWidth("min(32rem, 95vw)");
        RadioButtonGroup<Boolean> accept = new RadioButtonGroup<>(getTranslation("workshopplus.decision.answer"));
        accept.setId("plus-decision-accept");
        accept.setItems(Boolean.TRUE, Boolean.FALSE);
        accept.setItemLabelGenerator(a -> getTranslation(
                Boolean.TRUE.equals(a) ? "workshopplus.decision.accept" : "workshopplus.decision.decline"));
        accept.setValue(Boolean.TRUE);
        Select<Plus.Channel> channel = new Select<>();
        channel.setLabel(getTranslation("workshopplus.decision.channel"));
        channel.setId("plus-decision-channel");
        channel.setItems(Plus.Channel.PHONE, Plus.Channel.DESK);
        channel.setItemLabelGenerator(
                c -> getTranslation("workshopplus.channel." + c.name().toLowerCase(Locale.ROOT)));
        channel.setValue(Plus.Channel.PHONE);
        channel.setWidthFull();
        TextField by = new TextField(getTranslation("workshopplus.decision.by"));
        by.setId("plus-decision-by");
        by.setMaxLength(200);
        by.setRequiredIndicatorVisible(true);
        by.setWidthFull();
        by.setValue(sheet.customer().name());
        TextArea comment = new TextArea(getTranslation("workshopplus.decision.comment"));
        comment.setId("plus-decision-comment");
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("channel", channel);
        fields.put("decidedBy", by);
        fields.put("comment", comment);
        Button confirm = new Button(getTranslation("workshopplus.decision.confirm"), e -> {
            boolean accepted = !Boolean.FALSE.equals(accept.getValue());
            boolean done = act(fields, dialog, () -> {
                quotes.decide(
                        q.id(), new Quotes.Decision(accepted, channel.getValue(), by.getValue(), comment.getValue()));
                Notifications.success(
                        accepted ? "workshopplus.decision.accepted" : "workshopplus.decision.declined", q.number());
            });
            if (done) {
                dialog.close();
                render();
            }
        });
        confirm.setId("plus-decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("workshopplus.sheet.cancel"), e -> dialog.close());
        cancel.setId("plus-decision-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout form = new VerticalLayout(accept, channel, by, comment);
        form.setPadding(false);
        dialog.add(form);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // --- lines as the desk and the bench edit them

    /** A line being edited: a catalog item with the quote's text, quantity and price. */
    private static final class LineRow {
        Plus.LineKind kind;
        PricedItem item;
        String description;
        BigDecimal quantity;
        BigDecimal unitPrice;
        boolean warranty;

        LineRow(Plus.LineKind kind, boolean warranty) {
            this.kind = kind;
            this.quantity = BigDecimal.ONE;
            this.warranty = warranty;
        }
    }

    private List<LineRow> rowsOf(Quote q) {
        List<LineRow> rows = new ArrayList<>();
        for (Quote.Line l : q.lines()) {
            LineRow row = new LineRow(l.kind(), l.warranty());
            row.item = known(
                    l.kind().part() ? parts() : services(),
                    l.itemId(),
                    () -> new PricedItem(
                            l.itemId(),
                            l.kind().part() ? PricedItem.Kind.PART : PricedItem.Kind.SERVICE,
                            l.code(),
                            l.description(),
                            l.unit(),
                            l.unitCost(),
                            l.unitPrice(),
                            q.currency(),
                            l.vatRate()));
            row.description = l.description();
            row.quantity = plain(l.quantity());
            row.unitPrice = price(l.unitPrice());
            rows.add(row);
        }
        return rows;
    }

    /**
     * Lines as rows of labelled fields (kind, item, description, quantity, unit price, warranty, remove): one line
     * per row on a wide screen, stacked into a card per line on a phone.
     */
    private final class LinesEditor extends Div {

        private final String ids;
        private final List<LineRow> rows;
        private final Div list = new Div();
        private final Map<String, HasValidation> fields = new HashMap<>();
        boolean dirty;

        LinesEditor(String ids, List<LineRow> initial) {
            this.ids = ids;
            this.rows = new ArrayList<>(initial);
            setId(ids + "-lines");
            setWidthFull();
            list.setWidthFull();
            Button add = new Button(getTranslation("workshopplus.lines.add"), VaadinIcon.PLUS.create(), e -> {
                rows.add(new LineRow(Plus.LineKind.PART_REPLACE, plus.underWarranty()));
                dirty = true;
                show();
            });
            add.setId(ids + "-add-line");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(list, add);
            show();
        }

        private void show() {
            list.removeAll();
            fields.clear();
            if (rows.isEmpty()) {
                list.add(hintParagraph(getTranslation("workshopplus.lines.empty")));
            }
            for (int i = 0; i < rows.size(); i++) {
                list.add(row(i));
            }
        }

        private Component row(int index) {
            LineRow row = rows.get(index);
            String id = ids + "-line-" + index;
            Select<Plus.LineKind> kind = new Select<>();
            kind.setLabel(getTranslation("workshopplus.lines.kind"));
            kind.setItems(Plus.LineKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("workshopplus.line." + k.name()));
            kind.setValue(row.kind);
            kind.setId(id + "-kind");
            ComboBox<PricedItem> item = itemCombo(!row.kind.part(), row.item);
            item.setId(id + "-item");
            TextField description = new TextField(getTranslation("workshopplus.lines.description"));
            description.setId(id + "-description");
            description.setMaxLength(500);
            description.setValue(row.description == null ? "" : row.description);
            BigDecimalField quantity = new BigDecimalField(getTranslation("workshopplus.lines.quantity"));
            quantity.setId(id + "-quantity");
            quantity.setValue(row.quantity);
            BigDecimalField price = new BigDecimalField(getTranslation("workshopplus.lines.unit-price"));
            price.setId(id + "-price");
            price.setValue(row.unitPrice);
            price.setSuffixComponent(new Span(workspace.currency()));
            Checkbox warranty = new Checkbox(getTranslation("workshopplus.lines.warranty"), row.warranty);
            warranty.setId(id + "-warranty");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(index);
                dirty = true;
                show();
            });
            remove.setId(id + "-remove");
            remove.setAriaLabel(getTranslation("workshopplus.lines.remove"));
            remove.setTooltipText(getTranslation("workshopplus.lines.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

            kind.addValueChangeListener(e -> {
                boolean partBefore = e.getOldValue() != null && e.getOldValue().part();
                row.kind = e.getValue();
                dirty = true;
                if (partBefore != row.kind.part()) {
                    row.item = null;
                    item.clear();
                    item.setItems(row.kind.part() ? parts() : services());
                }
            });
            item.addValueChangeListener(e -> {
                row.item = e.getValue();
                dirty = true;
                if (e.getValue() != null && e.isFromClient()) {
                    // a new item brings its catalog name and price; the desk may change both
                    description.setValue(e.getValue().name());
                    price.setValue(price(e.getValue().price()));
                }
            });
            description.addValueChangeListener(e -> {
                row.description = e.getValue();
                dirty = true;
            });
            quantity.addValueChangeListener(e -> {
                row.quantity = e.getValue();
                dirty = true;
            });
            price.addValueChangeListener(e -> {
                row.unitPrice = e.getValue();
                dirty = true;
            });
            warranty.addValueChangeListener(e -> {
                row.warranty = e.getValue();
                dirty = true;
            });
            fields.put(field("lines", index, "kind"), kind);
            fields.put(field("lines", index, "itemId"), item);
            fields.put(field("lines", index, "description"), description);
            fields.put(field("lines", index, "quantity"), quantity);
            fields.put(field("lines", index, "unitPrice"), price);
            grow(kind, "10rem");
            grow(item, "14rem");
            grow(description, "14rem");
            grow(quantity, "6rem");
            grow(price, "8rem");
            Div line = new Div(kind, item, description, quantity, price, warranty, remove);
            flexRow(line);
            line.addClassName("plus-line");
            line.getStyle()
                    .set("align-items", "baseline")
                    .set("padding-bottom", "var(--lumo-space-xs)")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            return line;
        }

        List<Quote.LineDraft> drafts() {
            return rows.stream()
                    .map(r -> new Quote.LineDraft(
                            r.kind,
                            r.item == null ? null : r.item.id(),
                            r.description,
                            r.quantity,
                            r.unitPrice,
                            r.warranty))
                    .toList();
        }

        Map<String, HasValidation> fields() {
            return fields;
        }
    }

    // --- repair

    private Component repairSection() {
        VerticalLayout section = section("plus-repair", getTranslation("workshopplus.repair.title"));
        List<Quote.Line> lines = repair.checklist(sheetId);
        long settled = lines.stream()
                .filter(l -> l.repairState() != Plus.RepairState.OPEN)
                .count();
        Span state = new Span(getTranslation("workshopplus.repair.progress", settled, lines.size()));
        state.setId("plus-repair-progress");
        state.addClassName("intervo-badge");
        section.add(state);
        boolean editable = plus.stage() == Plus.Stage.REPAIR && bench();
        for (int i = 0; i < lines.size(); i++) {
            section.add(repairLine(i, lines.get(i), editable));
        }
        if (plus.stage() == Plus.Stage.REPAIR) {
            Div buttons = new Div();
            flexRow(buttons);
            Button extra = new Button(
                    getTranslation("workshopplus.repair.extra-work"),
                    VaadinIcon.PLUS_CIRCLE.create(),
                    e -> extraWorkDialog());
            extra.setId("plus-extra-work");
            buttons.add(extra);
            if (bench()) {
                Button complete = new Button(
                        getTranslation("workshopplus.repair.complete"),
                        VaadinIcon.CHECK_CIRCLE.create(),
                        e -> act(Map.of(), () -> {
                            repair.complete(sheetId);
                            Notifications.success("workshopplus.repair.completed", sheet.number());
                            render();
                        }));
                complete.setId("plus-complete");
                complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                buttons.add(complete);
            }
            section.add(buttons);
        }
        return section;
    }

    private Component repairLine(int index, Quote.Line l, boolean editable) {
        String id = "plus-repair-line-" + index;
        Div card = card();
        card.setId(id);
        Span text = new Span(l.code() + " " + l.description());
        text.getStyle().set("font-weight", "600");
        Span state = badge(getTranslation(
                "workshopplus.repair.state." + l.repairState().name().toLowerCase(Locale.ROOT)));
        state.setId(id + "-state");
        if (l.repairState() == Plus.RepairState.DONE || l.repairState() == Plus.RepairState.CHANGED) {
            state.addClassName("success");
        }
        Div head = new Div(text, state);
        flexRow(head);
        card.add(head);
        card.add(line(getTranslation("workshopplus.line." + l.kind().name()) + " · "
                + Formats.number(l.quantity(), getLocale()) + " " + l.unit()));
        if (l.repairNote() != null) {
            card.add(line(getTranslation("workshopplus.repair.note") + ": " + l.repairNote()));
        }
        if (l.repairedBy() != null) {
            card.add(hintParagraph(
                    getTranslation("workshopplus.repair.marked-by", l.repairedBy(), time(l.repairedAt()))));
        }
        if (editable) {
            Div buttons = new Div();
            flexRow(buttons);
            Button done = new Button(
                    getTranslation("workshopplus.repair.done"),
                    VaadinIcon.CHECK.create(),
                    e -> mark(l, Plus.RepairState.DONE, null));
            done.setId(id + "-done");
            done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button notNeeded = new Button(
                    getTranslation("workshopplus.repair.not-needed"), e -> mark(l, Plus.RepairState.NOT_NEEDED, null));
            notNeeded.setId(id + "-not-needed");
            Button changed = new Button(getTranslation("workshopplus.repair.changed"), e -> changedDialog(l));
            changed.setId(id + "-changed");
            done.setEnabled(l.repairState() != Plus.RepairState.DONE);
            notNeeded.setEnabled(l.repairState() != Plus.RepairState.NOT_NEEDED);
            buttons.add(done, notNeeded, changed);
            if (l.repairState() != Plus.RepairState.OPEN) {
                Button reopen = new Button(
                        getTranslation("workshopplus.repair.reopen"),
                        VaadinIcon.ROTATE_LEFT.create(),
                        e -> mark(l, Plus.RepairState.OPEN, null));
                reopen.setId(id + "-reopen");
                reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                buttons.add(reopen);
            }
            for (Button b : List.of(done, notNeeded, changed)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
            card.add(buttons);
        }
        return card;
    }

    private void mark(Quote.Line l, Plus.RepairState state, String note) {
        act(Map.of(), () -> {
            repair.mark(sheetId, l.id(), state, note);
            Notifications.success(
                    "workshopplus.repair.marked",
                    l.description(),
                    getTranslation("workshopplus.repair.state." + state.name().toLowerCase(Locale.ROOT)));
            render();
        });
    }

    /** Done differently: the note says how. */
    private void changedDialog(Quote.Line l) {
        Dialog dialog = new Dialog();
        dialog.setId("plus-changed-dialog");
        dialog.setHeaderTitle(l.description());
        dialog.setWidth("min(32rem, 95vw)");
        TextArea note = new TextArea(getTranslation("workshopplus.repair.changed-note"));
        note.setId("plus-changed-note");
        note.setMaxLength(2000);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        if (l.repairNote() != null) {
            note.setValue(l.repairNote());
        }
        Button confirm = new Button(getTranslation("workshopplus.repair.changed"), e -> {
            boolean done = act(Map.of("note", note), dialog, () -> {
                repair.mark(sheetId, l.id(), Plus.RepairState.CHANGED, note.getValue());
                Notifications.success(
                        "workshopplus.repair.marked",
                        l.description(),
                        getTranslation("workshopplus.repair.state.changed"));
            });
            if (done) {
                dialog.close();
                render();
            }
        });
        confirm.setId("plus-changed-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("workshopplus.sheet.cancel"), e -> dialog.close());
        cancel.setId("plus-changed-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(note);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Extra work found during the repair: a supplementary quote the desk sends and the customer accepts again. */
    private void extraWorkDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("plus-extra-dialog");
        dialog.setHeaderTitle(getTranslation("workshopplus.repair.extra-work"));
        dialog.setWidth("min(64rem, 95vw)");
        LineRow first = new LineRow(Plus.LineKind.PART_REPLACE, plus.underWarranty());
        LinesEditor editor = new LinesEditor("plus-extra", List.of(first));
        Button confirm = new Button(getTranslation("workshopplus.repair.extra-create"), e -> {
            boolean done = act(editor.fields(), dialog, () -> {
                Quote extra = quotes.supplementary(sheetId, editor.drafts());
                Notifications.success("workshopplus.repair.extra-created", extra.number());
            });
            if (done) {
                dialog.close();
                render();
            }
        });
        confirm.setId("plus-extra-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("workshopplus.sheet.cancel"), e -> dialog.close());
        cancel.setId("plus-extra-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(hintParagraph(getTranslation("workshopplus.repair.extra-hint")), editor);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // --- irreparable

    private void irreparableDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("plus-irreparable-dialog");
        dialog.setHeaderTitle(getTranslation("workshopplus.irreparable.title"));
        dialog.setWidth("min(36rem, 95vw)");
        MultiSelectComboBox<PricedItem> catalogParts =
                new MultiSelectComboBox<>(getTranslation("workshopplus.irreparable.catalog-parts"));
        catalogParts.setId("plus-irreparable-parts");
        catalogParts.setItems(parts());
        catalogParts.setItemLabelGenerator(PlusSheetView::label);
        catalogParts.setWidthFull();
        TextArea names = new TextArea(getTranslation("workshopplus.irreparable.other-parts"));
        names.setId("plus-irreparable-names");
        names.setHelperText(getTranslation("workshopplus.irreparable.other-parts-hint"));
        names.setWidthFull();
        TextArea note = new TextArea(getTranslation("workshopplus.irreparable.note"));
        note.setId("plus-irreparable-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("parts", catalogParts);
        fields.put("note", note);
        Button confirm = new Button(getTranslation("workshopplus.irreparable.confirm"), e -> {
            List<Repair.Missing> missing = new ArrayList<>();
            catalogParts.getSelectedItems().forEach(p -> missing.add(new Repair.Missing(p.id(), null)));
            names.getValue()
                    .lines()
                    .map(String::strip)
                    .filter(n -> !n.isEmpty())
                    .forEach(n -> missing.add(new Repair.Missing(null, n)));
            for (int i = 0; i < missing.size(); i++) {
                fields.put(field("parts", i, "name"), names);
                fields.put(field("parts", i, "partId"), catalogParts);
            }
            boolean done = act(fields, dialog, () -> {
                repair.irreparable(sheetId, missing, note.getValue());
                Notifications.success("workshopplus.irreparable.done", sheet.number());
            });
            if (done) {
                dialog.close();
                render();
            }
        });
        confirm.setId("plus-irreparable-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("workshopplus.sheet.cancel"), e -> dialog.close());
        cancel.setId("plus-irreparable-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(hintParagraph(getTranslation("workshopplus.irreparable.hint")), catalogParts, names, note);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // --- pieces

    private List<PricedItem> parts() {
        if (parts == null) {
            parts = catalog.pricedParts(workspace.today());
        }
        return parts;
    }

    private List<PricedItem> services() {
        if (services == null) {
            services = catalog.pricedServices(workspace.today());
        }
        return services;
    }

    /** The catalog's entry of an item already chosen; one taken out of the catalog since keeps its saved text. */
    private static PricedItem known(List<PricedItem> items, UUID id, java.util.function.Supplier<PricedItem> saved) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseGet(saved);
    }

    private static String label(PricedItem item) {
        return item.code() == null || item.code().isBlank() ? item.name() : item.code() + " " + item.name();
    }

    private ComboBox<PricedItem> itemCombo(boolean labour, PricedItem current) {
        List<PricedItem> items = new ArrayList<>(labour ? services() : parts());
        if (current != null && items.stream().noneMatch(i -> i.id().equals(current.id()))) {
            items.add(current);
        }
        ComboBox<PricedItem> item = new ComboBox<>(getTranslation("workshopplus.lines.item"));
        item.setItems(items);
        item.setItemLabelGenerator(PlusSheetView::label);
        item.setRequiredIndicatorVisible(true);
        if (current != null) {
            item.setValue(current);
        }
        return item;
    }

    /** A combo box of the catalog's predefined texts that also takes what the technician types. */
    private ComboBox<String> customCombo(String label, List<String> options, String value) {
        List<String> items = new ArrayList<>(options);
        if (value != null && !items.contains(value)) {
            items.add(value);
        }
        ComboBox<String> combo = new ComboBox<>(label);
        combo.setItems(items);
        combo.setAllowCustomValue(true);
        combo.setClearButtonVisible(true);
        combo.addCustomValueSetListener(e -> {
            String typed = e.getDetail() == null ? "" : e.getDetail().strip();
            if (typed.isEmpty()) {
                return;
            }
            if (!items.contains(typed)) {
                items.add(typed);
                combo.setItems(items);
            }
            combo.setValue(typed);
        });
        if (value != null) {
            combo.setValue(value);
        }
        return combo;
    }

    private VerticalLayout section(String id, String heading) {
        VerticalLayout section = new VerticalLayout();
        section.setId(id);
        section.setPadding(false);
        section.setWidthFull();
        H3 h = new H3(heading);
        h.getStyle().set("margin-bottom", "0");
        section.add(h);
        return section;
    }

    private static Div card() {
        Div card = new Div();
        card.addClassName("plus-card");
        card.setWidthFull();
        card.getStyle()
                .set("box-sizing", "border-box")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)")
                .set("min-width", "0")
                .set("overflow-wrap", "anywhere");
        return card;
    }

    /** Children side by side while they fit, wrapped onto the next line when they do not (phones). */
    private static void flexRow(Div row) {
        row.setWidthFull();
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("box-sizing", "border-box");
    }

    /** A quantity as typed: 1.5 rather than the stored 1.500. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A price with its cents (the stored four decimals only when they are used). */
    private static BigDecimal price(BigDecimal value) {
        BigDecimal stripped = plain(value);
        return stripped == null || stripped.scale() >= 2 ? stripped : stripped.setScale(2);
    }

    /** The name a refusal gives a field of a list's entry: {@code lines[2].itemId}. */
    private static String field(String list, int index, String name) {
        return list + "[" + index + "]." + name;
    }

    private static void grow(Component field, String basis) {
        field.getElement().getStyle().set("flex", "1 1 " + basis).set("min-width", "0");
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("intervo-badge");
        return badge;
    }

    private static Div line(String text) {
        Div line = new Div(new Span(text));
        line.addClassName("intervo-pre");
        line.getStyle().set("white-space", "pre-line");
        return line;
    }

    private static Paragraph hintParagraph(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("intervo-hint");
        p.getStyle().set("margin", "0");
        return p;
    }

    private void fact(Div facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph p = new Paragraph(label + ": " + value);
            p.addClassName("intervo-pre");
            p.getStyle().set("white-space", "pre-line");
            facts.add(p);
        }
    }

    private String money(BigDecimal amount, String currency) {
        return Formats.money(amount, currency, getLocale());
    }

    private String time(Instant at) {
        return Formats.dateTime(at, workspace.zone(), getLocale());
    }

    /**
     * Runs an action of the services. A refused one shows its message on the field it names; a save over a version
     * someone else changed meanwhile (409) says so and shows the sheet as it is now, as does any other conflict (the
     * sheet moved on).
     */
    private boolean act(Map<String, ? extends HasValidation> fields, Runnable action) {
        return act(fields, null, action);
    }

    private boolean act(Map<String, ? extends HasValidation> fields, Dialog dialog, Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.CONFLICT) {
                if (STALE.equals(e.messageKey())) {
                    Notifications.error("workshopplus.sheet.changed-reloaded");
                } else {
                    Notifications.show(e, Map.of());
                }
                if (dialog != null) {
                    dialog.close();
                }
                render();
            } else {
                Notifications.show(e, fields);
            }
            return false;
        } catch (RuntimeException e) {
            Notifications.show(e, fields);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshopplus.sheet.title", title);
    }
}
