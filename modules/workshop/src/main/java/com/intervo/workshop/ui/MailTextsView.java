package com.intervo.workshop.ui;

import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.WorkshopMailTexts;
import com.intervo.workshop.domain.MailText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;

/** The admin rewrites the e-mails customers get, per kind and language; empty means the shipped text. */
@Route("workshop/mail-texts")
@Menu(title = "workshop.mail-texts.title", order = 9, icon = "vaadin:envelope-o")
@RolesAllowed("ADMIN")
class MailTextsView extends VerticalLayout implements HasDynamicTitle {

    private final transient WorkshopMailTexts texts;
    private final ComboBox<MailText.Kind> kind = new ComboBox<>();
    private final ComboBox<Locale> language = new ComboBox<>();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final Paragraph state = new Paragraph();

    MailTextsView(WorkshopMailTexts texts) {
        this.texts = texts;
        setId("mail-texts-view");
        setMaxWidth("50rem");
        kind.setId("mail-text-kind");
        kind.setLabel(getTranslation("workshop.mail-texts.kind"));
        kind.setItems(MailText.Kind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("workshop.mail-texts.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(MailText.Kind.READY);
        language.setId("mail-text-language");
        language.setLabel(getTranslation("workshop.mail-texts.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(Messages::nativeName);
        language.setValue(Messages.supported(getLocale()));
        subject.setId("mail-text-subject");
        subject.setLabel(getTranslation("workshop.mail-texts.subject"));
        subject.setMaxLength(300);
        subject.setWidthFull();
        body.setId("mail-text-body");
        body.setLabel(getTranslation("workshop.mail-texts.body"));
        body.setMaxLength(8000);
        body.setWidthFull();
        body.setMinHeight("14em");
        body.setHelperText(getTranslation("workshop.mail-texts.placeholders", WorkshopMailTexts.PLACEHOLDERS));
        state.setId("mail-text-state");
        state.addClassName("intervo-hint");
        kind.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());
        Button save = new Button(getTranslation("workshop.mail-texts.save"), e -> {
            try {
                texts.save(kind.getValue(), language.getValue().getLanguage(), subject.getValue(), body.getValue());
                Notifications.success("workshop.mail-texts.saved");
                load();
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of("subject", subject, "body", body));
            }
        });
        save.setId("mail-text-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("workshop.mail-texts.reset"), e -> {
            texts.reset(kind.getValue(), language.getValue().getLanguage());
            Notifications.success("workshop.mail-texts.reset-done");
            load();
        });
        reset.setId("mail-text-reset");
        HorizontalLayout pick = new HorizontalLayout(kind, language);
        pick.setWrap(true);
        add(pick, state, subject, body, new HorizontalLayout(save, reset));
        load();
    }

    private void load() {
        if (kind.getValue() == null || language.getValue() == null) {
            return;
        }
        WorkshopMailTexts.Text text =
                texts.text(kind.getValue(), language.getValue().getLanguage());
        subject.setValue(text.subject());
        body.setValue(text.body());
        subject.setInvalid(false);
        body.setInvalid(false);
        state.setText(
                getTranslation(text.customized() ? "workshop.mail-texts.customized" : "workshop.mail-texts.default"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.mail-texts.title");
    }
}
