package com.intervo.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the dispatcher types when opening (or editing) a ticket. Without a checklist id the equipment type's
 * checklist is attached, unless {@code withoutChecklist}; without a zone the site's city or county picks one.
 *
 * @param technicianId assign at once (null: the ticket waits in the unassigned queue)
 */
public record TicketDraft(
        TicketKind kind,
        UUID customerId,
        UUID siteId,
        UUID equipmentId,
        UUID zoneId,
        String problem,
        TicketPriority priority,
        LocalDate desiredDate,
        Instant scheduledAt,
        Integer plannedMinutes,
        String contactName,
        String contactPhone,
        UUID checklistId,
        boolean withoutChecklist,
        UUID technicianId) {

    /** A phone call: customer, site, equipment (or none), problem, priority, desired date. */
    public static TicketDraft call(
            UUID customerId,
            UUID siteId,
            UUID equipmentId,
            String problem,
            TicketPriority priority,
            LocalDate desiredDate) {
        return new TicketDraft(
                TicketKind.REPAIR,
                customerId,
                siteId,
                equipmentId,
                null,
                problem,
                priority,
                desiredDate,
                null,
                null,
                null,
                null,
                null,
                false,
                null);
    }

    public TicketDraft assignedTo(UUID technician) {
        return new TicketDraft(
                kind,
                customerId,
                siteId,
                equipmentId,
                zoneId,
                problem,
                priority,
                desiredDate,
                scheduledAt,
                plannedMinutes,
                contactName,
                contactPhone,
                checklistId,
                withoutChecklist,
                technician);
    }
}
