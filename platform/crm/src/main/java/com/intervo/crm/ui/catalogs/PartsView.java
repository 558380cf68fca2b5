package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.Part;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Spare parts with cost, sale price and VAT; stock levels belong to the Stock module. */
@Route("catalogs/parts")
@Menu(title = "crm.catalogs.parts", order = 805, icon = "vaadin:package")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class PartsView extends CatalogItemsView<Part> {

    PartsView(CatalogService catalogs, WorkspaceClock workspace, com.intervo.crm.VatRateService vatRates) {
        super(
                "crm.catalogs.parts",
                "parts-view",
                catalogs::parts,
                catalogs::savePart,
                id -> catalogs.deactivate(CatalogService.CatalogKind.PART, id),
                workspace,
                vatRates);
    }
}
