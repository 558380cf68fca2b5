package com.intervo.kernel.customization;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the admin enters to create or change a custom field. Entity, equipment type, key and type are fixed once
 * the field exists (records already hold values under that key and type).
 */
public record CustomFieldDraft(
        CustomizableEntity entity,
        UUID equipmentTypeId,
        String key,
        CustomFieldType type,
        boolean required,
        Map<String, String> labels,
        Map<String, String> helpTexts,
        List<ChoiceOption> options) {

    public CustomFieldDraft withRequired(boolean value) {
        return new CustomFieldDraft(entity, equipmentTypeId, key, type, value, labels, helpTexts, options);
    }

    public CustomFieldDraft withLabels(Map<String, String> value) {
        return new CustomFieldDraft(entity, equipmentTypeId, key, type, required, value, helpTexts, options);
    }

    public CustomFieldDraft withOptions(List<ChoiceOption> value) {
        return new CustomFieldDraft(entity, equipmentTypeId, key, type, required, labels, helpTexts, value);
    }
}
