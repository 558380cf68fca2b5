package com.intervo.tenantadmin.ui;

import com.intervo.kernel.documents.DocumentException;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentKinds;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.documents.DocumentTemplates;
import com.intervo.kernel.documents.DocumentTemplates.TemplateText;
import com.intervo.kernel.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * The tenant admin's document templates: pick a document and a language, edit the XHTML, preview the PDF with
 * sample data, save or go back to the default; upload the logo and set terms and conditions per language. Editor
 * and preview sit side by side on wide screens and stack on a phone.
 */
@Route("admin/documents")
@Menu(title = "documents.menu.title", order = 910, icon = "vaadin:file-text-o")
@RolesAllowed("ADMIN")
class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentTemplates templates;
    private final DocumentService documents;
    private final com.intervo.kernel.documents.DocumentLayouts layouts;
    private final DocumentKinds kinds;

    /** Form (what admins change most) or XHTML (for experts). */
    private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> mode =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();

    private final TextField formTitle = new TextField();
    private final TextArea formNote = new TextArea();
    private final com.vaadin.flow.component.html.Input formAccent = new com.vaadin.flow.component.html.Input();
    private final Checkbox formAccentOwn = new Checkbox();
    private final Checkbox formLogo = new Checkbox();
    private final Checkbox formQr = new Checkbox();
    private final Checkbox formSignature = new Checkbox();
    private final Checkbox formPrices = new Checkbox();
    private final Span formProblem = new Span();
    private VerticalLayout formPanel;
    private VerticalLayout xhtmlPanel;

    private final Select<DocumentKind> kind = new Select<>();
    private final Select<Locale> language = new Select<>();
    private final Span state = new Span();
    private final TextArea editor = new TextArea();
    private final Span problem = new Span();
    private final IFrame preview = new IFrame();
    private final Div logoBox = new Div();
    private final TextArea terms = new TextArea();
    private byte[] lastPreview;

    DocumentsView(
            DocumentTemplates templates,
            DocumentService documents,
            com.intervo.kernel.documents.DocumentLayouts layouts,
            DocumentKinds kinds) {
        this.layouts = layouts;
        this.kinds = kinds;
        this.templates = templates;
        this.documents = documents;
        setId("documents-view");
        setWidthFull();
        setPadding(true);

        kind.setId("documents-kind");
        kind.setLabel(getTranslation("documents.kind"));
        // the kinds the modules register, in their order
        kind.setItems(kinds.all());
        kind.setItemLabelGenerator(k -> getTranslation(kinds.nameKey(k)));
        kind.setValue(kinds.all().getFirst());
        language.setId("documents-language");
        language.setLabel(getTranslation("documents.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(Messages::nativeName);
        language.setValue(Messages.supported(getLocale()));
        kind.addValueChangeListener(e -> {
            load();
            loadTerms();
        });
        language.addValueChangeListener(e -> {
            load();
            loadTerms();
        });
        state.addClassName("intervo-badge");
        HorizontalLayout choose = new HorizontalLayout(kind, language, state);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);

        editor.setId("documents-editor");
        editor.setLabel(getTranslation("documents.editor"));
        editor.setWidthFull();
        editor.setMinHeight("24rem");
        editor.setMaxHeight("70vh");
        editor.setMaxLength(DocumentTemplates.MAX_TEMPLATE_CHARS);
        editor.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        editor.getStyle().set("font-size", "var(--lumo-font-size-s)");
        editor.addThemeVariants(TextAreaVariant.LUMO_SMALL);
        // live preview: re-render a moment after the admin stops typing
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(1500);
        editor.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                preview();
            }
        });
        problem.setId("documents-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");

        Button previewButton = new Button(getTranslation("documents.preview"), e -> preview());
        previewButton.setId("documents-preview");
        Button save = new Button(getTranslation("documents.save"), e -> save());
        save.setId("documents-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("documents.reset"), e -> reset());
        reset.setId("documents-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(previewButton, save, reset);
        actions.setWrap(true);

        xhtmlPanel = new VerticalLayout(editor, problem, actions);
        xhtmlPanel.setPadding(false);
        formPanel = formPanel();
        mode.setId("documents-mode");
        mode.setItems("form", "xhtml");
        mode.setItemLabelGenerator(m -> getTranslation("documents.mode." + m));
        mode.setValue("form");
        mode.addValueChangeListener(e -> {
            showMode();
            preview();
        });
        VerticalLayout editing = new VerticalLayout(mode, formPanel, xhtmlPanel);
        editing.setPadding(false);
        preview.setId("documents-preview-frame");
        preview.setWidthFull();
        preview.setHeight("70vh");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        Paragraph previewHint = new Paragraph(getTranslation("documents.preview.hint"));
        previewHint.addClassName("intervo-hint");
        VerticalLayout previewing =
                new VerticalLayout(new H3(getTranslation("documents.preview.title")), previewHint, preview);
        previewing.setPadding(false);

        FlexLayout work = new FlexLayout(column(editing), column(previewing));
        work.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        work.setWidthFull();
        work.getStyle().set("gap", "var(--lumo-space-l)");

        Paragraph intro = new Paragraph(getTranslation("documents.intro"));
        intro.addClassName("intervo-hint");
        add(intro, choose, work, logoSection(), termsSection());
        showMode();
        load();
        loadTerms();
        refreshLogo();
    }

    /** A column that takes half the width on a wide screen and all of it on a narrow one. */
    private static Component column(Component content) {
        Div column = new Div(content);
        column.getStyle().set("flex", "1 1 24rem");
        column.getStyle().set("min-width", "0");
        return column;
    }

    private Component logoSection() {
        Paragraph hint = new Paragraph(getTranslation("documents.logo.hint"));
        hint.addClassName("intervo-hint");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // the content decides, never the name or the declared type
            String error = null;
            try {
                templates.saveLogo(bytes);
            } catch (DocumentException e) {
                error = getTranslation(e.key(), e.args());
            }
            String failure = error;
            getUI().ifPresent(ui -> ui.access(() -> {
                if (failure == null) {
                    notify(getTranslation("documents.logo.saved"), NotificationVariant.LUMO_SUCCESS);
                    refreshLogo();
                } else {
                    notify(failure, NotificationVariant.LUMO_ERROR);
                }
            }));
        }));
        upload.setId("documents-logo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentTemplates.MAX_LOGO_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setUploadButton(new Button(getTranslation("documents.logo.upload")));
        upload.setDropLabel(new Span(getTranslation("documents.logo.drop")));
        Button remove = new Button(getTranslation("documents.logo.remove"), e -> {
            templates.removeLogo();
            notify(getTranslation("documents.logo.removed"), NotificationVariant.LUMO_SUCCESS);
            refreshLogo();
        });
        remove.setId("documents-logo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logoBox.setId("documents-logo");
        VerticalLayout section =
                new VerticalLayout(new H3(getTranslation("documents.logo.title")), hint, logoBox, upload, remove);
        section.setPadding(false);
        return section;
    }

    private Component termsSection() {
        Paragraph hint = new Paragraph(getTranslation("documents.terms.hint-kind"));
        hint.addClassName("intervo-hint");
        terms.setId("documents-terms");
        terms.setWidthFull();
        terms.setMinHeight("8rem");
        terms.setMaxLength(DocumentTemplates.MAX_TERMS_CHARS);
        Button save = new Button(getTranslation("documents.terms.save"), e -> {
            try {
                templates.saveTerms(kind.getValue(), language.getValue(), terms.getValue());
                notify(getTranslation("documents.terms.saved"), NotificationVariant.LUMO_SUCCESS);
                loadTerms();
            } catch (DocumentException ex) {
                notify(getTranslation(ex.key(), ex.args()), NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("documents-terms-save");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("documents.terms.title")), hint, terms, save);
        section.setPadding(false);
        return section;
    }

    /**
     * The form: title, a note under it, the accent colour and which blocks print, for the chosen document and
     * language; every change shows in the preview at once.
     */
    private VerticalLayout formPanel() {
        Paragraph hint = new Paragraph(getTranslation("documents.form.hint"));
        hint.addClassName("intervo-hint");
        formTitle.setId("documents-form-title");
        formTitle.setLabel(getTranslation("documents.form.title"));
        formTitle.setHelperText(getTranslation("documents.form.title-help"));
        formTitle.setMaxLength(com.intervo.kernel.documents.DocumentLayoutSettings.MAX_TITLE);
        formTitle.setWidthFull();
        formNote.setId("documents-form-note");
        formNote.setLabel(getTranslation("documents.form.note"));
        formNote.setHelperText(getTranslation("documents.form.note-help"));
        formNote.setMaxLength(com.intervo.kernel.documents.DocumentLayoutSettings.MAX_NOTE);
        formNote.setWidthFull();
        formAccentOwn.setId("documents-form-accent-own");
        formAccentOwn.setLabel(getTranslation("documents.form.accent"));
        formAccent.setId("documents-form-accent");
        formAccent.setType("color");
        formAccent.setValue("#0b4f8a");
        formAccent.setAriaLabel(getTranslation("documents.form.accent"));
        formAccent.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        HorizontalLayout accent = new HorizontalLayout(formAccentOwn, formAccent);
        accent.setAlignItems(FlexComponent.Alignment.CENTER);
        formLogo.setId("documents-form-logo");
        formLogo.setLabel(getTranslation("documents.form.show-logo"));
        formQr.setId("documents-form-qr");
        formQr.setLabel(getTranslation("documents.form.show-qr"));
        formSignature.setId("documents-form-signature");
        formSignature.setLabel(getTranslation("documents.form.show-signature"));
        formPrices.setId("documents-form-prices");
        formPrices.setLabel(getTranslation("documents.form.show-prices"));
        FlexLayout blocks = new FlexLayout(formLogo, formQr, formSignature, formPrices);
        blocks.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        blocks.getStyle().set("gap", "var(--lumo-space-m)");
        formTitle.setValueChangeMode(ValueChangeMode.LAZY);
        formNote.setValueChangeMode(ValueChangeMode.LAZY);
        formTitle.addValueChangeListener(e -> previewIfFromClient(e.isFromClient()));
        formNote.addValueChangeListener(e -> previewIfFromClient(e.isFromClient()));
        formAccent.addValueChangeListener(e -> {
            formAccentOwn.setValue(true);
            previewIfFromClient(e.isFromClient());
        });
        for (Checkbox box : List.of(formAccentOwn, formLogo, formQr, formSignature, formPrices)) {
            box.addValueChangeListener(e -> previewIfFromClient(e.isFromClient()));
        }
        formProblem.setId("documents-form-problem");
        formProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("documents.save"), e -> saveForm());
        save.setId("documents-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("documents.form.reset"), e -> {
            layouts.reset(kind.getValue(), language.getValue());
            notify(getTranslation("documents.form.reset-done"), NotificationVariant.LUMO_SUCCESS);
            load();
        });
        reset.setId("documents-form-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(save, reset);
        actions.setWrap(true);
        VerticalLayout panel = new VerticalLayout(
                hint,
                formTitle,
                formNote,
                accent,
                new com.vaadin.flow.component.html.NativeLabel(getTranslation("documents.form.blocks")),
                blocks,
                formProblem,
                actions);
        panel.setPadding(false);
        panel.setId("documents-form");
        return panel;
    }

    private void previewIfFromClient(boolean fromClient) {
        if (fromClient) {
            preview();
        }
    }

    private com.intervo.kernel.documents.DocumentLayoutSettings formSettings() {
        return new com.intervo.kernel.documents.DocumentLayoutSettings(
                formTitle.getValue(),
                formNote.getValue(),
                formAccentOwn.getValue() ? formAccent.getValue() : null,
                formLogo.getValue(),
                formQr.getValue(),
                formSignature.getValue(),
                formPrices.getValue());
    }

    private void loadForm() {
        com.intervo.kernel.documents.DocumentLayoutSettings s = layouts.layout(kind.getValue(), language.getValue());
        formTitle.setValue(s.title() == null ? "" : s.title());
        formNote.setValue(s.note() == null ? "" : s.note());
        formAccentOwn.setValue(s.accent() != null);
        formAccent.setValue(s.accent() == null ? "#0b4f8a" : s.accent());
        formLogo.setValue(s.showLogo());
        formQr.setValue(s.showQr());
        formSignature.setValue(s.showSignature());
        formPrices.setValue(s.showPrices());
        formProblem.setText("");
    }

    private void saveForm() {
        try {
            layouts.save(kind.getValue(), language.getValue(), formSettings());
            notify(getTranslation("documents.saved"), NotificationVariant.LUMO_SUCCESS);
            formProblem.setText("");
            preview();
        } catch (DocumentException e) {
            formProblem.setText(getTranslation(e.key(), e.args()));
        }
    }

    private boolean formMode() {
        return "form".equals(mode.getValue());
    }

    private void showMode() {
        formPanel.setVisible(formMode());
        xhtmlPanel.setVisible(!formMode());
    }

    private void load() {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        loadForm();
        TemplateText text = templates.template(kind.getValue(), language.getValue());
        editor.setValue(text.body());
        state.setText(getTranslation(text.customized() ? "documents.state.customized" : "documents.state.default"));
        problem.setText("");
        preview();
    }

    private void loadTerms() {
        if (kind.getValue() != null && language.getValue() != null) {
            terms.setValue(templates.terms(kind.getValue(), language.getValue()).text());
            terms.setLabel(getTranslation("documents.terms.for-kind", getTranslation(kinds.nameKey(kind.getValue()))));
        }
    }

    private void refreshLogo() {
        logoBox.removeAll();
        templates
                .logo()
                .ifPresentOrElse(
                        logo -> {
                            byte[] bytes = logo.bytes();
                            Image image = new Image(
                                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                                                    new ByteArrayInputStream(bytes),
                                                    "logo",
                                                    logo.mediaType(),
                                                    bytes.length))
                                            .inline(),
                                    getTranslation("documents.logo.alt"));
                            image.setMaxHeight("4rem");
                            logoBox.add(image);
                        },
                        () -> logoBox.add(new Span(getTranslation("documents.logo.none"))));
    }

    /** Renders the editor's text with sample data; a broken template shows why and keeps the last good preview. */
    void preview() {
        if (kind.getValue() == null || language.getValue() == null || formPanel == null) {
            return;
        }
        try {
            byte[] pdf = formMode()
                    ? documents.previewLayout(kind.getValue(), language.getValue(), formSettings())
                    : documents.preview(kind.getValue(), language.getValue(), editor.getValue());
            lastPreview = pdf;
            problem.setText("");
            formProblem.setText("");
            preview.setSrc(com.intervo.kernel.documents.InlinePdf.of(pdf, "preview.pdf"));
        } catch (DocumentException e) {
            (formMode() ? formProblem : problem).setText(getTranslation(e.key(), e.args()));
        }
    }

    private void save() {
        try {
            templates.save(kind.getValue(), language.getValue(), editor.getValue());
            notify(getTranslation("documents.saved"), NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (DocumentException e) {
            problem.setText(getTranslation(e.key(), e.args()));
            notify(
                    getTranslation("documents.error.title") + ": " + getTranslation(e.key(), e.args()),
                    NotificationVariant.LUMO_ERROR);
        }
    }

    private void reset() {
        templates.reset(kind.getValue(), language.getValue());
        notify(getTranslation("documents.reset.done"), NotificationVariant.LUMO_SUCCESS);
        load();
    }

    /** The bytes of the last successful preview (for tests and a later download button). */
    byte[] lastPreview() {
        return lastPreview;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title");
    }
}
