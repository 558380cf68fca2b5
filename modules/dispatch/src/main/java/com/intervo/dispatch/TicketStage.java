package com.intervo.dispatch;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a ticket is in its pipeline. The labels and colours come from the tenant's {@code TICKET} workflow statuses
 * (same key in lower case), so an admin may rename them; the rules below stay.
 */
public enum TicketStage {
    NEW,
    ASSIGNED,
    ACCEPTED,
    EN_ROUTE,
    ON_SITE,
    POSTPONED,
    DONE,
    CANCELLED;

    /** Stages a technician is working in: the ticket counts toward the technician's load. */
    public static final Set<TicketStage> OPEN = EnumSet.of(NEW, ASSIGNED, ACCEPTED, EN_ROUTE, ON_SITE, POSTPONED);

    /** Stages a technician may postpone from (and "back to work" returns to). */
    public static final Set<TicketStage> POSTPONABLE = EnumSet.of(ASSIGNED, ACCEPTED, EN_ROUTE, ON_SITE);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The key of the matching workflow status ("en_route"). */
    public String statusKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** i18n key of the stage's built-in name (used when the tenant has no status of that key). */
    public String nameKey() {
        return "dispatch.stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
