package com.intervo.kernel.notifications;

import java.util.List;
import java.util.UUID;

/**
 * What to tell people inside the app: a kind (e.g. {@code SHEET_QUESTION}), the translation key of the text and
 * its parameters (in the tenant's own words, e.g. a sheet number), a route to open, and the record it is about.
 */
public record Alert(String kind, String messageKey, List<String> params, String route, String ownerType, UUID ownerId) {

    public Alert {
        params = params == null ? List.of() : List.copyOf(params);
    }
}
