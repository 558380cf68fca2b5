package com.intervo.dispatch;

import java.util.Locale;

/** Where a ticket came from: a phone call typed by the dispatcher, an e-mail, the web form, an inspection due… */
public enum TicketSource {
    PHONE,
    EMAIL,
    WEB,
    INSPECTION,
    CONTRACT,
    TECHNICIAN;

    public String nameKey() {
        return "dispatch.source." + name().toLowerCase(Locale.ROOT);
    }
}
