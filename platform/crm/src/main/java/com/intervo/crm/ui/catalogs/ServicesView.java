package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.ServiceItem;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Services and labour with cost, sale price and VAT. */
@Route("catalogs/services")
@Menu(title = "crm.catalogs.services", order = 804, icon = "vaadin:tools")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class ServicesView extends CatalogItemsView<ServiceItem> {

    ServicesView(CatalogService catalogs, WorkspaceClock workspace, com.intervo.crm.VatRateService vatRates) {
        super(
                "crm.catalogs.services",
                "services-view",
                catalogs::services,
                catalogs::saveService,
                id -> catalogs.deactivate(CatalogService.CatalogKind.SERVICE, id),
                workspace,
                vatRates);
    }
}
