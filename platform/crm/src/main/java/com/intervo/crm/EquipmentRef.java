package com.intervo.crm;

import com.intervo.crm.domain.Equipment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of equipment as other modules see it. Other modules keep only the id and read this through
 * {@link EquipmentService#ref} / {@link EquipmentService#refs}.
 *
 * @param displayName  "Vaillant VUW INT II 306/5-5", else the free name, else the type, else the serial number
 * @param manufacturer the model's manufacturer ("" when no model)
 * @param model        the model's name, else the free name ("" when neither)
 * @param typeChecklist the name of the checklist the equipment type brings along (null when none)
 */
public record EquipmentRef(
        UUID id,
        UUID customerId,
        UUID siteId,
        String serialNumber,
        String displayName,
        String name,
        UUID typeId,
        String typeName,
        String manufacturer,
        String model,
        LocalDate installDate,
        LocalDate warrantyUntil,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean active,
        String typeChecklist) {

    /** Under warranty on the given day. */
    public boolean underWarrantyOn(LocalDate day) {
        return warrantyUntil != null && !day.isAfter(warrantyUntil);
    }

    static EquipmentRef of(Equipment e) {
        return new EquipmentRef(
                e.getId(),
                e.getCustomer().getId(),
                e.getSite() == null ? null : e.getSite().getId(),
                e.getSerialNumber(),
                e.displayName(),
                e.getName(),
                e.getType() == null ? null : e.getType().getId(),
                e.getType() == null ? "" : e.getType().getName(),
                e.getModel() == null ? "" : e.getModel().getManufacturer().getName(),
                e.getModel() == null
                        ? (e.getName() == null ? "" : e.getName())
                        : e.getModel().getName(),
                e.getInstallDate(),
                e.getWarrantyUntil(),
                e.getLatitude(),
                e.getLongitude(),
                e.isActive(),
                e.getType() == null || e.getType().getChecklist() == null
                        ? null
                        : e.getType().getChecklist().getName());
    }
}
