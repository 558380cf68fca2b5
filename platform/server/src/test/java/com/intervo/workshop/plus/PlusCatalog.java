package com.intervo.workshop.plus;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.ActingAs;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A workspace's catalog for Plus tests: a phone type with a checklist, problems, services, labour and parts. */
record PlusCatalog(
        UUID typeId,
        UUID brokenScreen,
        UUID noCharge,
        UUID diagnostics,
        UUID labourHour,
        UUID screen,
        UUID battery,
        UUID otherTypeProblem) {

    static PlusCatalog create(CatalogService catalog, TenantId tenant, String currency) {
        return ActingAs.as(tenant, "admin", () -> {
            UUID checklist = catalog.saveChecklist(
                            null,
                            "Phone check",
                            List.of(
                                    new ChecklistPoint.Draft(
                                            "Display",
                                            true,
                                            List.of("Cracked", "Dead pixels"),
                                            List.of("Impact", "Pressure")),
                                    new ChecklistPoint.Draft("Battery", true, List.of("Swollen"), List.of("Age")),
                                    new ChecklistPoint.Draft("Charging port", false, List.of("Loose"), List.of())))
                    .getId();
            UUID type = catalog.saveEquipmentType(null, "Smartphone", null, checklist)
                    .getId();
            UUID tv = catalog.saveEquipmentType(null, "Television", null, null).getId();
            return new PlusCatalog(
                    type,
                    catalog.saveProblem(null, "Broken screen", type).getId(),
                    catalog.saveProblem(null, "Does not charge", type).getId(),
                    catalog.saveService(null, item("DIAG", "Diagnostics", "pc", "10", "50", currency))
                            .getId(),
                    catalog.saveService(null, item("LAB-H", "Bench labour", "h", "60", "120", currency))
                            .getId(),
                    catalog.savePart(null, item("SCR-13", "Screen assembly 13", "pc", "300", "450", currency))
                            .getId(),
                    catalog.savePart(null, item("BAT-13", "Battery 13", "pc", "80", "150", currency))
                            .getId(),
                    catalog.saveProblem(null, "No picture", tv).getId());
        });
    }

    private static CatalogItem.Draft item(
            String code, String name, String unit, String cost, String price, String currency) {
        return new CatalogItem.Draft(
                code, name, unit, new BigDecimal(cost), new BigDecimal(price), currency, new BigDecimal("21"), null);
    }
}
