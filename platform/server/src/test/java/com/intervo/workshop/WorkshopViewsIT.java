package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workshop screens without a browser: queue, intake, a sheet's actions, reports, texts, and the license gate. */
@TenantIntegrationTest
class WorkshopViewsIT extends SpringBrowserlessTest {

    @Autowired Licenses licenses;

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    void theReceptionistTakesADeviceInFromOneScreen() {
        navigate("workshop/queue", Component.class);
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                .contains("Repair queue", "New service sheet").doesNotContain("Workshop reports", "Customer e-mails");
        assertThat(test(find(Grid.class).withId("queue-grid").single()).size()).isGreaterThanOrEqualTo(4);

        navigate("workshop/intake", Component.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode = find(RadioButtonGroup.class).withId("intake-customer-mode").single();
        mode.setValue("new");
        test(find(TextField.class).withId("intake-customer-name").single()).setValue("Browserless Client");
        test(find(TextField.class).withId("intake-customer-phone").single()).setValue("0700 123 123");
        test(find(TextField.class).withId("intake-serial").single()).setValue("BL-SERIAL-0001");
        test(find(TextField.class).withId("intake-device-name").single()).setValue("Nokia 3310");
        test(find(Button.class).withId("intake-save").single()).click();
        // the problem is required: nothing is saved, the field says why
        TextArea problem = find(TextArea.class).withId("intake-problem").single();
        assertThat(problem.isInvalid()).isTrue();
        test(problem).setValue("Keypad does not react");
        test(find(Button.class).withId("intake-save").single()).click();
        assertThat(find(Span.class).withId("sheet-tracking-code").single().getText())
                .matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(find(Component.class).withId("sheet-title").single().getElement().getText()).startsWith("FS-");
        assertThat(find(Component.class).withId("sheet-intake-pdf").all()).hasSize(1);
        // the protocol as issued at intake is listed with its date
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withClassName("issued-protocol").all())
                .singleElement().satisfies(a -> assertThat(a.getText()).startsWith("intake-FS-"));
        assertThat(find(Component.class).withId("sheet-hand-over").all()).hasSize(1);
        assertThat(find(Component.class).withId("sheet-take").all()).isEmpty();
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void theTechnicianTakesAsksAndLogsWork() {
        navigate("workshop/queue", Component.class);
        Grid<?> grid = find(Grid.class).withId("queue-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        test(grid).clickRow(0);
        assertThat(find(Component.class).withId("sheet-view").all()).hasSize(1);
        @SuppressWarnings("unchecked")
        ComboBox<com.intervo.kernel.customization.WorkflowStatus> status =
                find(ComboBox.class).withId("sheet-new-status").single();
        status.setValue(status.getListDataView().getItems().filter(s -> s.key().equals("question")).findFirst()
                .orElseThrow());
        test(find(Button.class).withId("sheet-set-status").single()).click();
        // a question needs its text: still open
        assertThat(find(Span.class).withId("sheet-question-open").all()).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<com.intervo.kernel.customization.WorkflowStatus> again =
                find(ComboBox.class).withId("sheet-new-status").single();
        again.setValue(again.getListDataView().getItems().filter(s -> s.key().equals("question")).findFirst()
                .orElseThrow());
        test(find(TextField.class).withId("sheet-status-note").single()).setValue("Replace the cable too?");
        test(find(Button.class).withId("sheet-set-status").single()).click();
        assertThat(find(Span.class).withId("sheet-question-open").all()).hasSize(1);
        assertThat(find(Component.class).withId("sheet-hand-over").all()).isEmpty();
        test(find(TextArea.class).withId("entry-text").single()).setValue("Measured the supply voltage");
        test(find(Button.class).withId("entry-add").single()).click();
        Grid<?> log = find(Grid.class).withId("sheet-log").single();
        assertThat(test(log).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void theAuthorCorrectsTheirOwnEntryAndNobodyElses() {
        navigate("workshop/queue", Component.class);
        test(find(Grid.class).withId("queue-grid").single()).clickRow(0);
        String mine = "Cleaned the fan " + System.nanoTime();
        test(find(TextArea.class).withId("entry-text").single()).setValue(mine);
        test(find(Button.class).withId("entry-add").single()).click();
        @SuppressWarnings("unchecked")
        Grid<com.intervo.workshop.SheetEntry> log = find(Grid.class).withId("sheet-log").single();
        var tester = test(log);
        java.util.UUID me = com.intervo.kernel.identity.IntervoAuthentication.current().orElseThrow().userId();
        int row = -1;
        for (int i = 0; i < tester.size(); i++) {
            com.intervo.workshop.SheetEntry entry = tester.getRow(i);
            if (mine.equals(entry.text())) {
                row = i;
            } else if (!me.equals(entry.authorId())) {
                // somebody else's entry offers no correction
                assertThat(tester.getCellComponent(i, 6)).isNotInstanceOf(Button.class);
            }
        }
        assertThat(row).isNotNegative();
        test((Button) tester.getCellComponent(row, 6)).click();
        TextArea text = find(TextArea.class).withId("correct-text").single();
        assertThat(text.getValue()).isEqualTo(mine);
        test(text).setValue("");
        test(find(Button.class).withId("correct-save").single()).click();
        // nothing saved: the dialog stays with the field marked
        assertThat(find(TextArea.class).withId("correct-text").single().isInvalid()).isTrue();
        test(find(TextArea.class).withId("correct-text").single()).setValue(mine + " and the heat sink");
        test(find(Button.class).withId("correct-save").single()).click();
        assertThat(find(TextArea.class).withId("correct-text").all()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<com.intervo.workshop.domain.WorkEntry> after = find(Grid.class).withId("sheet-log").single();
        assertThat(test(after).getCellText(row, 3)).startsWith(mine + " and the heat sink").contains("(corrected");
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "manager")
    void theManagerSeesReportsWithChartsAndExports() {
        navigate("workshop/reports", Component.class);
        assertThat(find(com.intervo.kernel.ui.chart.EChart.class).all()).hasSize(5);
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("export-technicians").all()).hasSize(1);
        assertThat(test(find(Grid.class).withId("grid-technicians").single()).size()).isGreaterThanOrEqualTo(1);
        navigate("workshop/mail-texts", NotFoundView.class);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "admin")
    void theAdminRewritesTheReadyMail() {
        navigate("workshop/mail-texts", Component.class);
        TextField subject = find(TextField.class).withId("mail-text-subject").single();
        assertThat(subject.getValue()).isNotBlank();
        test(subject).setValue("Gata: {number}");
        test(find(Button.class).withId("mail-text-save").single()).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("mail-text-state").single().getText())
                .isNotBlank();
        test(find(Button.class).withId("mail-text-reset").single()).click();
    }

    @Test
    @WithIntervoUser(workspace = "acme", username = "admin")
    void aWorkspaceWithoutTheLicenseFindsNoWorkshopScreen() {
        TenantId acme = new TenantId("acme");
        licenses.revoke(acme, ModuleKey.WORKSHOP_SIMPLE);
        try {
            for (String route : new String[] {"workshop/queue", "workshop/intake", "workshop/reports",
                    "workshop/mail-texts", "workshop/sheets/" + java.util.UUID.randomUUID()}) {
                navigate(route, NotFoundView.class);
                assertThat(getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
            }
            navigate(com.intervo.kernel.ui.HomeView.class);
            assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                    .doesNotContain("Repair queue", "New service sheet");
        } finally {
            licenses.grant(acme, ModuleKey.WORKSHOP_SIMPLE, Instant.now().minus(1, ChronoUnit.DAYS), null,
                    Entitlement.Source.DEMO);
        }
    }
}
