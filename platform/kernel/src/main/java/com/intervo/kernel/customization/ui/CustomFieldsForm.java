package com.intervo.kernel.customization.ui;

import com.intervo.kernel.customization.ChoiceOption;
import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.ui.LocalizedPickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of a record's custom fields, one per active definition and in order: text field, decimal field,
 * date picker, checkbox or combo box. Labels and help in the UI's language, required fields marked. The server
 * validates on save ({@code CustomFieldService.validate}); {@link #showErrors} marks the refused fields.
 */
public class CustomFieldsForm extends FormLayout {

    private final Map<String, CustomFieldDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Component> inputs = new LinkedHashMap<>();

    public CustomFieldsForm(List<CustomFieldDefinition> fields) {
        addClassName("intervo-custom-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        Locale locale = getLocale();
        for (CustomFieldDefinition field : fields) {
            if (!field.active()) {
                continue;
            }
            Component input = input(field, locale);
            input.setId("custom-field-" + field.key());
            definitions.put(field.key(), field);
            inputs.put(field.key(), input);
            add(input);
        }
    }

    private static Component input(CustomFieldDefinition field, Locale locale) {
        String label = field.label(locale);
        String help = field.help(locale);
        return switch (field.type()) {
            case TEXT -> {
                TextField text = new TextField(label);
                text.setMaxLength(2000);
                text.setHelperText(help);
                text.setRequiredIndicatorVisible(field.required());
                yield text;
            }
            case NUMBER -> {
                BigDecimalField number = new BigDecimalField(label);
                number.setHelperText(help);
                number.setRequiredIndicatorVisible(field.required());
                yield number;
            }
            case DATE -> {
                DatePicker date = LocalizedPickers.date(label);
                LocalizedPickers.localize(date, locale);
                date.setHelperText(help);
                date.setRequiredIndicatorVisible(field.required());
                yield date;
            }
            case BOOLEAN -> {
                Checkbox check = new Checkbox(label);
                check.setHelperText(help);
                yield check;
            }
            case CHOICE -> {
                ComboBox<ChoiceOption> choice = new ComboBox<>(label);
                choice.setItems(field.options());
                choice.setItemLabelGenerator(o -> o.label(locale));
                choice.setHelperText(help);
                choice.setClearButtonVisible(true);
                choice.setRequiredIndicatorVisible(field.required());
                yield choice;
            }
        };
    }

    /** Fills the inputs from stored values (as {@code validate} returns them); unknown keys are ignored. */
    @SuppressWarnings("unchecked")
    public void setValues(Map<String, ?> values) {
        Map<String, ?> stored = values == null ? Map.of() : values;
        inputs.forEach((key, input) -> {
            Object value = stored.get(key);
            CustomFieldDefinition field = definitions.get(key);
            switch (input) {
                case TextField text -> text.setValue(value == null ? "" : value.toString());
                case BigDecimalField number -> number.setValue(toNumber(value));
                case DatePicker date -> date.setValue(toDate(value));
                case Checkbox check ->
                    check.setValue(
                            Boolean.TRUE.equals(value) || (value != null && "true".equalsIgnoreCase(value.toString())));
                case ComboBox<?> choice ->
                    ((ComboBox<ChoiceOption>) choice)
                            .setValue(
                                    value == null
                                            ? null
                                            : field.option(value.toString()).orElse(null));
                default -> throw new IllegalStateException(input.getClass().getName());
            }
        });
        clearErrors();
    }

    /** The entered values, raw: strings, BigDecimal, LocalDate, Boolean, choice option keys; empty ones left out. */
    public Map<String, Object> getValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object value = switch (input) {
                case TextField text -> text.getValue().isBlank() ? null : text.getValue();
                case BigDecimalField number -> number.getValue();
                case DatePicker date -> date.getValue();
                case Checkbox check -> check.getValue();
                case ComboBox<?> choice -> choice.getValue() instanceof ChoiceOption o ? o.key() : null;
                default -> null;
            };
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }

    /** Marks each refused field with its translated message; returns the messages of fields not on this form. */
    public List<String> showErrors(CustomFieldValidationException e) {
        clearErrors();
        Locale locale = getLocale();
        return e.problems().stream()
                .map(p -> {
                    String message = p.message(locale, this::getTranslation);
                    if (inputs.get(p.fieldKey()) instanceof HasValidation input) {
                        input.setErrorMessage(message);
                        input.setInvalid(true);
                        return null;
                    }
                    return message;
                })
                .filter(m -> m != null)
                .toList();
    }

    public void clearErrors() {
        inputs.values().forEach(input -> {
            if (input instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
    }

    /** The input of one field, e.g. to make it read-only. */
    public Optional<Component> input(String key) {
        return Optional.ofNullable(inputs.get(key));
    }

    public List<CustomFieldDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    private static BigDecimal toNumber(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
