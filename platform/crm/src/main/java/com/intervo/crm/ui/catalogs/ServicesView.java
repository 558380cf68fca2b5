package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.ServiceItem;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/** Services and labour with cost, sale price and VAT. */
@Route("catalogs/services")
@Menu(title = "crm.catalogs.services", order = 804, icon = "vaadin:tools")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class ServicesView extends CatalogItemsView<ServiceItem> {

    private final transient CatalogService catalogs;
    private final String currency;

    ServicesView(CatalogService catalogs, TenantDirectory tenants) {
        super("crm.catalogs.services");
        this.catalogs = catalogs;
        this.currency = tenants.findActive(TenantContext.require().key()).map(t -> t.getCurrency()).orElse("EUR");
        setId("services-view");
        refresh();
    }

    @Override
    List<ServiceItem> items() {
        return catalogs.services();
    }

    @Override
    void save(UUID id, CatalogItem.Draft draft) {
        catalogs.saveService(id, draft);
    }

    @Override
    void deactivate(UUID id) {
        catalogs.deactivate(CatalogService.CatalogKind.SERVICE, id);
    }

    @Override
    String defaultCurrency() {
        return currency;
    }
}
