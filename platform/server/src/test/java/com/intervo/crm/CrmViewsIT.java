package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.server.DemoWorkspaces;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CRM screens without a browser: lists, catalogs by role. */
@TenantIntegrationTest
class CrmViewsIT extends SpringBrowserlessTest {

    @Autowired
    DemoWorkspaces demoWorkspaces;

    @Autowired
    TenantFixtures fixtures;
    /** One copy of the demo workspace: these tests only look. */
    static TenantId demo;

    private void signIn(String username) {
        if (demo == null) {
            demo = demoWorkspaces.likeDemo();
        }
        fixtures.signIn(demo, username);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    void theDispatcherFindsCustomersButHasNoCatalogs() {
        signIn("dispatcher");
        navigate("customers", com.vaadin.flow.component.Component.class);
        Grid<?> grid = find(Grid.class).withId("customers-grid").single();
        // the boiler service's two customers, the four of the workshop and the two of Workshop Plus
        assertThat(test(grid).size()).isEqualTo(8);
        assertThat(find(Button.class).withId("new-customer").single().isVisible())
                .isTrue();
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Customers", "Equipment")
                .doesNotContain("Catalogs", "Equipment types");
        navigate("catalogs/equipment-types", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theAdminEditsCatalogs() {
        signIn("admin");
        navigate("catalogs/equipment-types", com.vaadin.flow.component.Component.class);
        Grid<?> grid = find(Grid.class).withId("catalog-grid").single();
        // gas boiler, heat pump and Workshop Plus's laptop
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Catalogs", "Equipment types", "Checklists", "Parts");
    }

    @Test
    void theTechnicianCannotCreateCustomersButSeesEquipment() {
        signIn("technician");
        navigate("customers", com.vaadin.flow.component.Component.class);
        assertThat(find(Button.class).withId("new-customer").all()).isEmpty();
        navigate("equipment", com.vaadin.flow.component.Component.class);
        // two boilers, the five devices brought to the workshop and Workshop Plus's two laptops
        assertThat(test(find(Grid.class).withId("equipment-grid").single()).size())
                .isEqualTo(9);
    }
}
