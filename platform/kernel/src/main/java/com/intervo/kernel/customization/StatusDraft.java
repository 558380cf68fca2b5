package com.intervo.kernel.customization;

import java.util.Map;

/** What the admin enters for a status. The key is fixed once the status exists. */
public record StatusDraft(
        String key,
        Map<String, String> labels,
        String colour,
        StatusCategory category,
        boolean finalStatus,
        boolean initial) {

    public StatusDraft withCategory(StatusCategory value, boolean isFinal) {
        return new StatusDraft(key, labels, colour, value, isFinal, initial);
    }

    public StatusDraft withInitial(boolean value) {
        return new StatusDraft(key, labels, colour, category, finalStatus, value);
    }

    public StatusDraft withColour(String value) {
        return new StatusDraft(key, labels, value, category, finalStatus, initial);
    }
}
