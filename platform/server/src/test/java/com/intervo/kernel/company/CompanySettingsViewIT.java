package com.intervo.kernel.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TenantIntegrationTest
class CompanySettingsViewIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    CompanyProfiles profiles;

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void aTechnicianCannotOpenCompanySettings() {
        navigate("admin/company", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithIntervoUser(workspace = "acme", username = "admin")
    void theAdminSeesTheNumberingSeries() {
        navigate("admin/company", Component.class);
        var grid = test(find(Grid.class).withId("numbering-grid").single());
        assertThat(grid.size()).isEqualTo(5);
        // every series by its name, also those a module adds (work reports)
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, 0)).doesNotStartWith("!");
        }
    }

    @Test
    void oneSaveKeepsTheWorkspaceDefaultsAndTheCompanyData() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
        try {
            navigate("admin/company", Component.class);
            assertThat(find(Button.class).all().stream().filter(b -> "Save".equals(b.getText())))
                    .hasSize(1);
            test(find(TextField.class).withId("company-display-name").single()).setValue("Renamed Workshop");
            test(find(TextField.class).withId("company-legalName").single()).setValue("Renamed Workshop SRL");
            test(find(Button.class).withId("company-save").single()).click();
            assertThat(tenants.findActive(tenant.key()).orElseThrow().getDisplayName())
                    .isEqualTo("Renamed Workshop");
            assertThat(TenantContext.callAs(tenant, () -> profiles.details()).legalName())
                    .isEqualTo("Renamed Workshop SRL");
        } finally {
            fixtures.signOut();
        }
    }
}
