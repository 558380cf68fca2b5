package com.intervo.tenantadmin.ui;

import com.intervo.kernel.customization.LocalizedTexts;
import com.intervo.kernel.customization.StatusCategory;
import com.intervo.kernel.customization.StatusDraft;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.i18n.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Add or edit one status: key, labels in four languages, colour, category, final and initial flags. */
class StatusDialog extends Dialog {

    private final TextField key = new TextField();
    private final Map<String, TextField> labels = new LinkedHashMap<>();
    private final Input colour = new Input();
    private final ComboBox<StatusCategory> category = new ComboBox<>();
    private final Checkbox finalStatus = new Checkbox();
    private final Checkbox initial = new Checkbox();

    /** @param save returns true when the status was saved (the dialog closes), false to stay open */
    StatusDialog(WorkflowStatus existing, String workspaceLanguage, Predicate<StatusDraft> save) {
        setId("status-dialog");
        setHeaderTitle(getTranslation(existing == null ? "customization.statuses.add" : "customization.statuses.edit"));
        setWidth("36rem");
        setMaxWidth("100vw");

        // the key is made from the name when the status is created; shown, fixed, afterwards
        key.setId("status-key");
        key.setLabel(getTranslation("customization.fields.key"));
        key.setReadOnly(true);
        key.setVisible(existing != null);
        category.setId("status-category");
        category.setLabel(getTranslation("customization.statuses.category"));
        category.setItems(StatusCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.nameKey()));
        category.setValue(StatusCategory.OPEN);
        finalStatus.setId("status-final");
        finalStatus.setLabel(getTranslation("customization.statuses.final"));
        finalStatus.setHelperText(getTranslation("customization.statuses.final-help"));
        initial.setId("status-initial");
        initial.setLabel(getTranslation("customization.statuses.initial"));
        initial.setHelperText(getTranslation("customization.statuses.initial-help"));
        colour.setId("status-colour");
        colour.setType("color");
        colour.setValue("#1e88e5");
        colour.setAriaLabel(getTranslation("customization.statuses.colour"));
        NativeLabel colourLabel = new NativeLabel(getTranslation("customization.statuses.colour"));
        colourLabel.setFor(colour);
        VerticalLayout colourBox = new VerticalLayout(colourLabel, colour);
        colourBox.setPadding(false);
        colourBox.setSpacing(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        // the workspace's language first: the one name that is required
        java.util.List<String> languages = new java.util.ArrayList<>(LocalizedTexts.LANGUAGES);
        languages.remove(workspaceLanguage);
        languages.addFirst(workspaceLanguage);
        for (String language : languages) {
            TextField label = new TextField(getTranslation(
                    "customization.fields.label-in", Messages.nativeName(Locale.forLanguageTag(language))));
            label.setId("status-label-" + language);
            label.setRequiredIndicatorVisible(language.equals(workspaceLanguage));
            labels.put(language, label);
            form.add(label);
            if (language.equals(workspaceLanguage)) {
                form.add(key, category, colourBox, finalStatus, initial);
            }
        }
        if (existing != null) {
            key.setValue(existing.key());
            category.setValue(existing.category());
            colour.setValue(existing.colour());
            finalStatus.setValue(existing.finalStatus());
            initial.setValue(existing.initial());
            labels.forEach((language, field) -> field.setValue(existing.labels().getOrDefault(language, "")));
        }
        add(form);

        Button saveButton = new Button(getTranslation("customization.save"), e -> {
            Map<String, String> texts = new LinkedHashMap<>();
            labels.forEach((language, field) -> texts.put(language, field.getValue()));
            StatusDraft draft = new StatusDraft(
                    existing == null ? null : existing.key(),
                    texts,
                    colour.getValue(),
                    category.getValue(),
                    finalStatus.getValue(),
                    initial.getValue());
            if (save.test(draft)) {
                close();
            }
        });
        saveButton.setId("status-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("customization.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
    }
}
