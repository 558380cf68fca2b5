package com.intervo.kernel.customization;

/** What a status means for reports and rules, whatever the admin calls it. */
public enum StatusCategory {
    OPEN,
    IN_PROGRESS,
    WAITING,
    DONE,
    CANCELLED;

    /** Only DONE and CANCELLED statuses may be final. */
    public boolean mayBeFinal() {
        return this == DONE || this == CANCELLED;
    }

    public String nameKey() {
        return "customization.category." + name().toLowerCase();
    }
}
