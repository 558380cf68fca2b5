package com.intervo.workshop;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.EquipmentRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A service sheet as the workshop's services return it to views, the API and documents: the sheet's own fields
 * with the CRM's customer and equipment read by id.
 *
 * @param version           for optimistic locking ({@link SheetIntake#describe})
 * @param trackingCode      as stored (undashed); {@code PublicCodes.display} dashes it
 * @param intakeProtocolFileId   the intake protocol as issued (null for a sheet from before protocols were stored)
 * @param handoverProtocolFileId the handover protocol as issued at hand-over
 */
public record SheetDetails(
        UUID id,
        long version,
        String number,
        String trackingCode,
        CustomerRef customer,
        EquipmentRef equipment,
        String problem,
        String accessories,
        String visibleCondition,
        BigDecimal estimatedCost,
        String currency,
        LocalDate promisedDate,
        Instant receivedAt,
        String language,
        String statusKey,
        Instant statusSince,
        UUID technicianId,
        String technicianName,
        boolean questionOpen,
        String finalNotes,
        Instant handedOverAt,
        String handedOverBy,
        Instant closedAt,
        UUID intakeProtocolFileId,
        UUID handoverProtocolFileId,
        Map<String, Object> customFields,
        Instant createdAt,
        String createdBy) {

    public SheetDetails {
        customFields = customFields == null ? Map.of() : customFields;
    }

    public UUID customerId() {
        return customer.id();
    }

    public UUID equipmentId() {
        return equipment.id();
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** Past the promised date on the given day and not closed. */
    public boolean overdueOn(LocalDate day) {
        return SheetRules.overdueOn(promisedDate, closedAt, day);
    }
}
