package com.intervo.workshop;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Equipment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A device handed in at the desk. The customer is an existing one ({@code customerId}) or a new one
 * ({@code newCustomer}); the device an existing piece of equipment ({@code equipmentId}) or one registered on the
 * spot ({@code newEquipment}, its customer is the sheet's) — a serial number already registered to the same
 * customer is reused, so a returning device gets a new sheet on the same equipment.
 *
 * @param id            optional client-chosen id of the sheet
 * @param emailProtocol e-mail the intake protocol to the customer (through the outbox) once saved
 */
public record Intake(
        UUID id,
        UUID customerId,
        CustomerDraft newCustomer,
        UUID equipmentId,
        Equipment.Draft newEquipment,
        String problem,
        String accessories,
        String visibleCondition,
        BigDecimal estimatedCost,
        LocalDate promisedDate,
        Map<String, Object> customFields,
        UUID technicianId,
        boolean emailProtocol) {

    public Intake {
        customFields = customFields == null ? Map.of() : customFields;
    }
}
