package com.intervo.kernel.customization;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The equipment types of the current tenant, so customization screens can offer per-type fields without
 * depending on the CRM module. Optional bean: without one, fields apply to every equipment.
 */
public interface EquipmentTypeCatalog {

    List<Option> equipmentTypes(Locale locale);

    record Option(UUID id, String name) {}
}
