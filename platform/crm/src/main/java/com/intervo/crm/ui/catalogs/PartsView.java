package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.CatalogItem;
import com.intervo.crm.domain.Part;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/** Spare parts with cost, sale price and VAT; stock levels belong to the Stock module. */
@Route("catalogs/parts")
@Menu(title = "crm.catalogs.parts", order = 805, icon = "vaadin:package")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class PartsView extends CatalogItemsView<Part> {

    private final transient CatalogService catalogs;
    private final String currency;

    PartsView(CatalogService catalogs, TenantDirectory tenants) {
        super("crm.catalogs.parts");
        this.catalogs = catalogs;
        this.currency = tenants.findActive(TenantContext.require().key()).map(t -> t.getCurrency()).orElse("EUR");
        setId("parts-view");
        refresh();
    }

    @Override
    List<Part> items() {
        return catalogs.parts();
    }

    @Override
    void save(UUID id, CatalogItem.Draft draft) {
        catalogs.savePart(id, draft);
    }

    @Override
    void deactivate(UUID id) {
        catalogs.deactivate(CatalogService.CatalogKind.PART, id);
    }

    @Override
    String defaultCurrency() {
        return currency;
    }
}
