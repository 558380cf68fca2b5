package com.intervo.dispatch;

import java.util.Locale;

/** How urgent a ticket is; the board sorts by it. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    public String nameKey() {
        return "dispatch.priority." + name().toLowerCase(Locale.ROOT);
    }
}
