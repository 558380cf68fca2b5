package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

/** CRM screens without a browser: lists, catalogs by role. */
@TenantIntegrationTest
class CrmViewsIT extends SpringBrowserlessTest {

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    void theDispatcherFindsCustomersButHasNoCatalogs() {
        navigate("customers", com.vaadin.flow.component.Component.class);
        Grid<?> grid = find(Grid.class).withId("customers-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(find(Button.class).withId("new-customer").single().isVisible()).isTrue();
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                .contains("Customers", "Equipment").doesNotContain("Catalogs", "Equipment types");
        navigate("catalogs/equipment-types", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void theAdminEditsCatalogs() {
        navigate("catalogs/equipment-types", com.vaadin.flow.component.Component.class);
        Grid<?> grid = find(Grid.class).withId("catalog-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                .contains("Catalogs", "Equipment types", "Checklists", "Parts");
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void theTechnicianCannotCreateCustomersButSeesEquipment() {
        navigate("customers", com.vaadin.flow.component.Component.class);
        assertThat(find(Button.class).withId("new-customer").all()).isEmpty();
        navigate("equipment", com.vaadin.flow.component.Component.class);
        assertThat(test(find(Grid.class).withId("equipment-grid").single()).size()).isGreaterThanOrEqualTo(2);
    }
}
