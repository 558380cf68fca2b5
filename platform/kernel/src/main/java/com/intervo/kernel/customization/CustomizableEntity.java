package com.intervo.kernel.customization;

/** The records an admin can add custom fields to. */
public enum CustomizableEntity {
    CUSTOMER, EQUIPMENT, SERVICE_SHEET, TICKET;

    /** Translation key of the entity's name. */
    public String nameKey() {
        return "customization.entity." + name().toLowerCase();
    }
}
