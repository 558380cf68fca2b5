package com.intervo.tenantadmin.ui;

import com.intervo.kernel.customization.ChoiceOption;
import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldDraft;
import com.intervo.kernel.customization.CustomFieldType;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.LocalizedTexts;
import com.intervo.kernel.i18n.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Add or edit one custom field: its name (required in the workspace's language, the others optional), type,
 * required, help, choices. The technical key is made from the name when the field is created and shown, fixed,
 * afterwards.
 */
class CustomFieldDialog extends Dialog {

    private final TextField key = new TextField();
    private final ComboBox<CustomFieldType> type = new ComboBox<>();
    private final Checkbox required = new Checkbox();
    private final Map<String, TextField> labels = new LinkedHashMap<>();
    private final Map<String, TextField> helps = new LinkedHashMap<>();
    private final VerticalLayout options = new VerticalLayout();
    private final List<OptionRow> optionRows = new ArrayList<>();
    private final VerticalLayout optionsBox = new VerticalLayout();
    private final List<String> languages;

    /** @param save returns true when the field was saved (the dialog closes), false to stay open */
    CustomFieldDialog(
            CustomFieldDefinition existing,
            CustomizableEntity entity,
            UUID equipmentTypeId,
            String workspaceLanguage,
            Predicate<CustomFieldDraft> save) {
        this.languages = new ArrayList<>(LocalizedTexts.LANGUAGES);
        // the workspace's language first: the one label that is required
        languages.remove(workspaceLanguage);
        languages.addFirst(workspaceLanguage);
        setId("custom-field-dialog");
        setHeaderTitle(getTranslation(existing == null ? "customization.fields.add" : "customization.fields.edit"));
        setWidth("40rem");
        setMaxWidth("100vw");

        key.setId("custom-field-key");
        key.setLabel(getTranslation("customization.fields.key"));
        key.setReadOnly(true);
        key.setVisible(existing != null);
        type.setId("custom-field-type");
        type.setLabel(getTranslation("customization.fields.type"));
        type.setItems(CustomFieldType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.nameKey()));
        type.setRequiredIndicatorVisible(true);
        required.setId("custom-field-required");
        required.setLabel(getTranslation("customization.fields.required"));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (String language : languages) {
            String name = Messages.nativeName(Locale.forLanguageTag(language));
            TextField label = new TextField(getTranslation("customization.fields.label-in", name));
            label.setId("custom-field-label-" + language);
            label.setRequiredIndicatorVisible(language.equals(workspaceLanguage));
            TextField help = new TextField(getTranslation("customization.fields.help-in", name));
            help.setId("custom-field-help-" + language);
            labels.put(language, label);
            helps.put(language, help);
            form.add(label, help);
            if (language.equals(workspaceLanguage)) {
                form.add(type, required, key);
            }
        }

        Button addOption = new Button(
                getTranslation("customization.fields.add-option"), VaadinIcon.PLUS.create(), e -> addOption(null));
        addOption.setId("custom-field-add-option");
        options.setPadding(false);
        optionsBox.setPadding(false);
        optionsBox.add(new H4(getTranslation("customization.fields.options")), options, addOption);

        if (existing != null) {
            key.setValue(existing.key());
            type.setValue(existing.type());
            type.setReadOnly(true);
            required.setValue(existing.required());
            labels.forEach((language, field) -> field.setValue(existing.labels().getOrDefault(language, "")));
            helps.forEach(
                    (language, field) -> field.setValue(existing.helpTexts().getOrDefault(language, "")));
            existing.options().forEach(this::addOption);
        } else {
            type.setValue(CustomFieldType.TEXT);
        }
        optionsBox.setVisible(type.getValue() == CustomFieldType.CHOICE);
        type.addValueChangeListener(e -> {
            optionsBox.setVisible(e.getValue() == CustomFieldType.CHOICE);
            if (e.getValue() == CustomFieldType.CHOICE && optionRows.isEmpty()) {
                addOption(null);
            }
        });

        add(form, optionsBox);

        Button saveButton = new Button(getTranslation("customization.save"), e -> {
            if (save.test(draft(existing, entity, equipmentTypeId))) {
                close();
            }
        });
        saveButton.setId("custom-field-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("customization.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
    }

    private CustomFieldDraft draft(CustomFieldDefinition existing, CustomizableEntity entity, UUID equipmentTypeId) {
        Map<String, String> labelTexts = new LinkedHashMap<>();
        labels.forEach((language, field) -> labelTexts.put(language, field.getValue()));
        Map<String, String> helpTexts = new LinkedHashMap<>();
        helps.forEach((language, field) -> helpTexts.put(language, field.getValue()));
        List<ChoiceOption> choices = optionRows.stream().map(OptionRow::option).toList();
        if (existing != null) {
            return new CustomFieldDraft(
                    existing.entity(),
                    existing.equipmentTypeId(),
                    existing.key(),
                    existing.type(),
                    required.getValue(),
                    labelTexts,
                    helpTexts,
                    choices);
        }
        // no key: the service makes it from the label
        return new CustomFieldDraft(
                entity, equipmentTypeId, null, type.getValue(), required.getValue(), labelTexts, helpTexts, choices);
    }

    private void addOption(ChoiceOption option) {
        OptionRow row = new OptionRow(optionRows.size(), option);
        optionRows.add(row);
        options.add(row.layout);
    }

    /** One choice: its key and its label in four languages. */
    private final class OptionRow {
        final FormLayout layout = new FormLayout();
        final TextField optionKey = new TextField();
        final Map<String, TextField> optionLabels = new LinkedHashMap<>();

        OptionRow(int index, ChoiceOption option) {
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
            optionKey.setLabel(getTranslation("customization.fields.option-key"));
            optionKey.setId("custom-field-option-" + index + "-key");
            // a new choice gets its key from its label; an existing one shows it, fixed
            optionKey.setReadOnly(true);
            optionKey.setVisible(option != null);
            layout.add(optionKey);
            for (String language : languages) {
                TextField label = new TextField(getTranslation(
                        "customization.fields.label-in", Messages.nativeName(Locale.forLanguageTag(language))));
                label.setId("custom-field-option-" + index + "-" + language);
                optionLabels.put(language, label);
                layout.add(label);
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                optionRows.remove(this);
                options.remove(layout);
            });
            remove.setAriaLabel(getTranslation("customization.fields.remove-option"));
            remove.setTooltipText(getTranslation("customization.fields.remove-option"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            layout.add(remove);
            if (option != null) {
                optionKey.setValue(option.key());
                optionLabels.forEach(
                        (language, field) -> field.setValue(option.labels().getOrDefault(language, "")));
            }
        }

        ChoiceOption option() {
            Map<String, String> texts = new LinkedHashMap<>();
            optionLabels.forEach((language, field) -> texts.put(language, field.getValue()));
            return new ChoiceOption(optionKey.getValue(), texts);
        }
    }
}
