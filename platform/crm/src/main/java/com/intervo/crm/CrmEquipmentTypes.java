package com.intervo.crm;

import com.intervo.kernel.customization.EquipmentTypeCatalog;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Lets the custom fields screen offer the CRM's equipment types. */
@Component
class CrmEquipmentTypes implements EquipmentTypeCatalog {

    private final CatalogService catalogs;

    CrmEquipmentTypes(CatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public List<Option> equipmentTypes(Locale locale) {
        return catalogs.equipmentTypes().stream()
                .map(t -> new Option(t.getId(), t.getName()))
                .toList();
    }
}
