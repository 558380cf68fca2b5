package com.intervo.dispatch;

import java.util.Locale;

/** What was done to a ticket, as its action log records it. */
public enum ActionType {
    OPENED,
    ASSIGNED,
    UNASSIGNED,
    ACCEPTED,
    DECLINED,
    POSTPONED,
    BACK_TO_WORK,
    EN_ROUTE,
    ARRIVED,
    PHOTO_ADDED,
    FINDING_ADDED,
    PART_ADDED,
    PART_REMOVED,
    CHECKLIST_ANSWERED,
    SIGNED,
    FINISHED,
    REPORT_ISSUED,
    DELAY_NOTIFIED,
    CORRECTED,
    APPROVED,
    CANCELLED,
    TAKEN,
    EDITED,
    WORK_STARTED,
    WORK_STOPPED,
    REPORT_SENT;

    public String nameKey() {
        return "dispatch.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
