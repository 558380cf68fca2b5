package com.intervo.kernel.customization;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One status of a workflow (e.g. the service sheet's "Waiting for parts"). */
public record WorkflowStatus(
        UUID id,
        String workflow,
        String key,
        Map<String, String> labels,
        String colour,
        StatusCategory category,
        boolean finalStatus,
        boolean initial,
        int position,
        boolean active,
        Long version) {

    public WorkflowStatus {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public String label(Locale locale) {
        String label = LocalizedTexts.pick(labels, locale);
        return label.isEmpty() ? key : label;
    }

    public StatusDraft toDraft() {
        return new StatusDraft(key, labels, colour, category, finalStatus, initial);
    }
}
