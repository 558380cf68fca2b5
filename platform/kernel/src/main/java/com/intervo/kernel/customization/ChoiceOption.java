package com.intervo.kernel.customization;

import java.util.Locale;
import java.util.Map;

/**
 * One option of a choice-list field: a stable key (stored in the records) and its label in up to four languages.
 */
public record ChoiceOption(String key, Map<String, String> labels) {

    public ChoiceOption {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public String label(Locale locale) {
        String label = LocalizedTexts.pick(labels, locale);
        return label.isEmpty() ? key : label;
    }
}
