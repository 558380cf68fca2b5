package com.intervo.kernel.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

@TenantIntegrationTest
class CompanySettingsViewIT extends SpringBrowserlessTest {

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
        assertThat(test(find(Grid.class).withId("numbering-grid").single()).size()).isEqualTo(5);
    }
}
