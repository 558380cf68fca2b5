package com.intervo.dispatch;

import java.util.Locale;

/** What the visit is for. */
public enum TicketKind {
    REPAIR,
    INSPECTION,
    MAINTENANCE,
    INSTALLATION;

    public String nameKey() {
        return "dispatch.kind." + name().toLowerCase(Locale.ROOT);
    }
}
