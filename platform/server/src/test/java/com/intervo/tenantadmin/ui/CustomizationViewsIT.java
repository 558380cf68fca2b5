package com.intervo.tenantadmin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomFieldType;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.intervo.workshop.WorkshopModule;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customization screens without a browser: who may open them, and an admin at work. */
@TenantIntegrationTest
class CustomizationViewsIT extends SpringBrowserlessTest {

    @Autowired
    CustomFieldService fields;

    @Autowired
    com.intervo.server.DemoWorkspaces demoWorkspaces;

    @Autowired
    com.intervo.testsupport.TenantFixtures fixtures;

    @Autowired
    WorkflowStatuses statuses;

    /** A button of the actions column (component cells are rendered on demand). */
    private <T> Button cellButton(Grid<T> grid, java.util.function.Predicate<T> row, String id) {
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (row.test(tester.getRow(i))) {
                return tester.getCellComponent(i, 1)
                        .getChildren()
                        .filter(c -> c.getId().filter(id::equals).isPresent())
                        .map(Button.class::cast)
                        .findFirst()
                        .orElseThrow();
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void aTechnicianCannotOpenTheCustomizationScreens() {
        navigate("admin/custom-fields", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("admin/statuses", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminAddsACustomerFieldThroughTheScreen() {
        // a copy of the demo workspace, which is Romanian: the Romanian name is the one required, the key comes from it
        fixtures.signIn(demoWorkspaces.likeDemo(), "admin");
        String name =
                "Categorie client " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
        navigate(CustomFieldsView.class);
        test(find(Button.class).id("custom-fields-add")).click();
        assertThat(find(TextField.class).withId("custom-field-key").exists()).isFalse();
        assertThat(find(TextField.class).id("custom-field-label-ro").isRequiredIndicatorVisible())
                .isTrue();
        assertThat(find(TextField.class).id("custom-field-label-en").isRequiredIndicatorVisible())
                .isFalse();
        ((ComboBox<CustomFieldType>) find(ComboBox.class).id("custom-field-type")).setValue(CustomFieldType.CHOICE);
        assertThat(find(TextField.class).withId("custom-field-option-0-key").exists())
                .isFalse();

        // bad input first: only an English name → refused with a translated message, nothing saved
        int before = fields.allDefinitions(CustomizableEntity.CUSTOMER, null).size();
        test(find(TextField.class).id("custom-field-label-en")).setValue("Customer tier");
        test(find(Button.class).id("custom-field-save")).click();
        assertThat(find(Notification.class).withId("customization-error").exists())
                .isTrue();
        assertThat(fields.allDefinitions(CustomizableEntity.CUSTOMER, null)).hasSize(before);

        test(find(TextField.class).id("custom-field-label-ro")).setValue(name);
        test(find(TextField.class).id("custom-field-option-0-ro")).setValue("Aur");
        test(find(Button.class).id("custom-field-save")).click();

        CustomFieldDefinition saved = fields.allDefinitions(CustomizableEntity.CUSTOMER, null).stream()
                .filter(f -> name.equals(f.labels().get("ro")))
                .findFirst()
                .orElseThrow();
        String key = saved.key();
        assertThat(key).isEqualTo(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'));
        assertThat(saved.type()).isEqualTo(CustomFieldType.CHOICE);
        assertThat(saved.labels()).containsEntry("en", "Customer tier");
        assertThat(saved.options())
                .singleElement()
                .satisfies(o -> assertThat(o.key()).isEqualTo("aur"));
        Grid<CustomFieldDefinition> grid = find(Grid.class).id("custom-fields-grid");
        assertThat(test(grid).size()).isEqualTo(before + 1);

        test(cellButton(grid, d -> d.key().equals(key), "custom-field-toggle-" + key))
                .click();
        assertThat(fields.definitions(CustomizableEntity.CUSTOMER, null))
                .extracting(CustomFieldDefinition::key)
                .doesNotContain(key);
        fixtures.signOut();
        com.intervo.kernel.tenancy.TenantContext.clear();
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void anAdminSeesTheDefaultStatusesAndCannotDeactivateTheInitialOne() {
        navigate(StatusesView.class);
        Grid<WorkflowStatus> grid = find(Grid.class).id("statuses-grid");
        assertThat(test(grid).size())
                .isEqualTo(statuses.listAll(WorkshopModule.SHEET_WORKFLOW).size());
        test(cellButton(grid, s -> s.key().equals("received"), "status-toggle-received"))
                .click();
        assertThat(find(Notification.class).withId("customization-error").exists())
                .isTrue();
        assertThat(statuses.initial(WorkshopModule.SHEET_WORKFLOW).key()).isEqualTo("received");
    }
}
