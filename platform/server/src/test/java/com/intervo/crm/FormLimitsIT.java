package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** The forms offer no more rows than the services take (nothing is saved here). */
@TenantIntegrationTest
class FormLimitsIT extends SpringBrowserlessTest {

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    void theCustomerFormStopsOfferingContactsAtTheLimit() {
        navigate("customers", com.vaadin.flow.component.Component.class);
        test(find(Button.class).withId("new-customer").single()).click();
        Button add = find(Button.class).withId("add-contact").single();
        for (int i = 0; i < CustomerService.MAX_CONTACTS; i++) {
            assertThat(add.isEnabled()).as("row %d", i).isTrue();
            test(add).click();
        }
        assertThat(add.isEnabled()).isFalse();
        assertThat(add.getTooltip().getText()).contains(String.valueOf(CustomerService.MAX_CONTACTS));
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void theChecklistEditorStopsOfferingPointsAtTheLimit() {
        navigate("catalogs/checklists", com.vaadin.flow.component.Component.class);
        test(find(Button.class).withId("catalog-add").single()).click();
        Button add = find(Button.class).withId("checklist-add-point").single();
        for (int i = 0; i < CatalogService.MAX_CHECKLIST_POINTS; i++) {
            test(add).click();
        }
        assertThat(add.isEnabled()).isFalse();
        assertThat(add.getTooltip().getText()).contains(String.valueOf(CatalogService.MAX_CHECKLIST_POINTS));
    }
}
