package com.intervo.tenantadmin.ui;

import com.intervo.kernel.documents.DocumentException;
import com.intervo.kernel.documents.DocumentKind;
import com.intervo.kernel.documents.DocumentService;
import com.intervo.kernel.documents.DocumentTemplates;
import com.intervo.kernel.documents.DocumentTemplates.TemplateText;
import com.intervo.kernel.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.textfield.TextAreaVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
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

    private final Select<DocumentKind> kind = new Select<>();
    private final Select<Locale> language = new Select<>();
    private final Span state = new Span();
    private final TextArea editor = new TextArea();
    private final Span problem = new Span();
    private final IFrame preview = new IFrame();
    private final Div logoBox = new Div();
    private final TextArea terms = new TextArea();
    private byte[] lastPreview;

    DocumentsView(DocumentTemplates templates, DocumentService documents) {
        this.templates = templates;
        this.documents = documents;
        setId("documents-view");
        setWidthFull();
        setPadding(true);

        kind.setId("documents-kind");
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.nameKey()));
        kind.setValue(DocumentKind.INTAKE_PROTOCOL);
        language.setId("documents-language");
        language.setLabel(getTranslation("documents.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(Messages::nativeName);
        language.setValue(Messages.supported(getLocale()));
        kind.addValueChangeListener(e -> load());
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

        VerticalLayout editing = new VerticalLayout(editor, problem, actions);
        editing.setPadding(false);
        preview.setId("documents-preview-frame");
        preview.setWidthFull();
        preview.setHeight("70vh");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        Paragraph previewHint = new Paragraph(getTranslation("documents.preview.hint"));
        previewHint.addClassName("intervo-hint");
        VerticalLayout previewing = new VerticalLayout(new H3(getTranslation("documents.preview.title")), previewHint,
                preview);
        previewing.setPadding(false);

        FlexLayout work = new FlexLayout(column(editing), column(previewing));
        work.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        work.setWidthFull();
        work.getStyle().set("gap", "var(--lumo-space-l)");

        Paragraph intro = new Paragraph(getTranslation("documents.intro"));
        intro.addClassName("intervo-hint");
        add(intro, choose, work, logoSection(), termsSection());
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
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("documents.logo.title")), hint, logoBox,
                upload, remove);
        section.setPadding(false);
        return section;
    }

    private Component termsSection() {
        Paragraph hint = new Paragraph(getTranslation("documents.terms.hint"));
        hint.addClassName("intervo-hint");
        terms.setId("documents-terms");
        terms.setWidthFull();
        terms.setMinHeight("8rem");
        terms.setMaxLength(DocumentTemplates.MAX_TERMS_CHARS);
        Button save = new Button(getTranslation("documents.terms.save"), e -> {
            try {
                templates.saveTerms(language.getValue(), terms.getValue());
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

    private void load() {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        TemplateText text = templates.template(kind.getValue(), language.getValue());
        editor.setValue(text.body());
        state.setText(getTranslation(text.customized() ? "documents.state.customized" : "documents.state.default"));
        problem.setText("");
        preview();
    }

    private void loadTerms() {
        if (language.getValue() != null) {
            terms.setValue(templates.terms(language.getValue()).text());
        }
    }

    private void refreshLogo() {
        logoBox.removeAll();
        templates.logo().ifPresentOrElse(logo -> {
            byte[] bytes = logo.bytes();
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "logo", logo.mediaType(), bytes.length)).inline(), getTranslation("documents.logo.alt"));
            image.setMaxHeight("4rem");
            logoBox.add(image);
        }, () -> logoBox.add(new Span(getTranslation("documents.logo.none"))));
    }

    /** Renders the editor's text with sample data; a broken template shows why and keeps the last good preview. */
    void preview() {
        try {
            byte[] pdf = documents.preview(kind.getValue(), language.getValue(), editor.getValue());
            lastPreview = pdf;
            problem.setText("");
            preview.setSrc(com.intervo.kernel.ui.InlinePdf.of(pdf, "preview.pdf"));
        } catch (DocumentException e) {
            problem.setText(getTranslation(e.key(), e.args()));
        }
    }

    private void save() {
        try {
            templates.save(kind.getValue(), language.getValue(), editor.getValue());
            notify(getTranslation("documents.saved"), NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (DocumentException e) {
            problem.setText(getTranslation(e.key(), e.args()));
            notify(getTranslation("documents.error.title") + ": " + getTranslation(e.key(), e.args()),
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
