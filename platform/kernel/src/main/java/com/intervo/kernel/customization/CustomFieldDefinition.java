package com.intervo.kernel.customization;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A custom field as the admin defined it. {@code equipmentTypeId} is null for a field of every record of the
 * entity (for equipment: every equipment type).
 */
public record CustomFieldDefinition(
        UUID id,
        CustomizableEntity entity,
        UUID equipmentTypeId,
        String key,
        CustomFieldType type,
        boolean required,
        int position,
        boolean active,
        Map<String, String> labels,
        Map<String, String> helpTexts,
        List<ChoiceOption> options,
        Long version) {

    public CustomFieldDefinition {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        helpTexts = helpTexts == null ? Map.of() : Map.copyOf(helpTexts);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public String label(Locale locale) {
        String label = LocalizedTexts.pick(labels, locale);
        return label.isEmpty() ? key : label;
    }

    public String help(Locale locale) {
        return LocalizedTexts.pick(helpTexts, locale);
    }

    public Optional<ChoiceOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }

    /** The editable part, e.g. to change one property and save it again. */
    public CustomFieldDraft toDraft() {
        return new CustomFieldDraft(entity, equipmentTypeId, key, type, required, labels, helpTexts, options);
    }
}
