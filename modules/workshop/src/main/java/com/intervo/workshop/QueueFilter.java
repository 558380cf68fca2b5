package com.intervo.workshop;

import java.util.UUID;

/**
 * Which sheets a list shows, oldest first: by status key, by technician (or only unassigned ones), at least so
 * many days in the shop, open only (the repair queue) or all, and a text found in the number, tracking code,
 * customer name, serial number or problem; or only those past their promised date.
 */
public record QueueFilter(
        String statusKey,
        UUID technicianId,
        boolean unassignedOnly,
        Integer minAgeDays,
        boolean includeClosed,
        String text,
        boolean overdueOnly) {

    public QueueFilter(
            String statusKey,
            UUID technicianId,
            boolean unassignedOnly,
            Integer minAgeDays,
            boolean includeClosed,
            String text) {
        this(statusKey, technicianId, unassignedOnly, minAgeDays, includeClosed, text, false);
    }

    public static QueueFilter openSheets() {
        return new QueueFilter(null, null, false, null, false, null);
    }
}
