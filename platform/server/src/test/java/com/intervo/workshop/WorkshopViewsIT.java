package com.intervo.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.server.DemoWorkspaces;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.domain.MailText;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workshop screens without a browser: queue, intake, a sheet's actions, reports, texts, and the license gate;
 * each test on its own copy of a demo workspace.
 */
@TenantIntegrationTest
class WorkshopViewsIT extends SpringBrowserlessTest {

    @Autowired
    Licenses licenses;

    @Autowired
    DemoWorkspaces demoWorkspaces;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    WorkshopMailTexts mailTexts;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    /** Signs in to a fresh copy of the demo workspace: four open sheets (received, in work, a question, ready). */
    private TenantId demoAs(String username) {
        TenantId tenant = demoWorkspaces.likeDemo();
        fixtures.signIn(tenant, username);
        return tenant;
    }

    @Test
    void theReceptionistTakesADeviceInFromOneScreen() {
        demoAs("dispatcher");
        navigate("workshop/queue", Component.class);
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Repair queue", "New service sheet")
                .doesNotContain("Workshop reports", "Customer e-mails");
        // the demo's four open sheets and Workshop Plus's two laptops; the one handed over is closed
        assertThat(test(find(Grid.class).withId("queue-grid").single()).size()).isEqualTo(6);

        navigate("workshop/intake", Component.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode =
                find(RadioButtonGroup.class).withId("intake-customer-mode").single();
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
        assertThat(find(Component.class)
                        .withId("sheet-title")
                        .single()
                        .getElement()
                        .getText())
                .startsWith("FS-");
        assertThat(find(Component.class).withId("sheet-intake-pdf").all()).hasSize(1);
        // the protocol as issued at intake is listed with its date
        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withClassName("issued-protocol")
                        .all())
                .singleElement()
                .satisfies(a -> assertThat(a.getText()).startsWith("intake-FS-"));
        assertThat(find(Component.class).withId("sheet-hand-over").all()).hasSize(1);
        assertThat(find(Component.class).withId("sheet-take").all()).isEmpty();
    }

    @Test
    void theTechnicianTakesAsksAndLogsWork() {
        demoAs("technician");
        navigate("workshop/queue", Component.class);
        Grid<?> grid = find(Grid.class).withId("queue-grid").single();
        assertThat(test(grid).size()).isEqualTo(6);
        test(grid).clickRow(0);
        assertThat(find(Component.class).withId("sheet-view").all()).hasSize(1);
        @SuppressWarnings("unchecked")
        ComboBox<com.intervo.kernel.customization.WorkflowStatus> status =
                find(ComboBox.class).withId("sheet-new-status").single();
        status.setValue(status.getListDataView()
                .getItems()
                .filter(s -> s.key().equals("question"))
                .findFirst()
                .orElseThrow());
        test(find(Button.class).withId("sheet-set-status").single()).click();
        // a question needs its text: still open
        assertThat(find(Span.class).withId("sheet-question-open").all()).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<com.intervo.kernel.customization.WorkflowStatus> again =
                find(ComboBox.class).withId("sheet-new-status").single();
        again.setValue(again.getListDataView()
                .getItems()
                .filter(s -> s.key().equals("question"))
                .findFirst()
                .orElseThrow());
        test(find(TextField.class).withId("sheet-status-note").single()).setValue("Replace the cable too?");
        test(find(Button.class).withId("sheet-set-status").single()).click();
        assertThat(find(Span.class).withId("sheet-question-open").all()).hasSize(1);
        assertThat(find(Component.class).withId("sheet-hand-over").all()).isEmpty();
        test(find(TextArea.class).withId("entry-text").single()).setValue("Measured the supply voltage");
        test(find(Button.class).withId("entry-add").single()).click();
        @SuppressWarnings("unchecked")
        Grid<com.intervo.workshop.SheetEntry> log =
                find(Grid.class).withId("sheet-log").single();
        // the oldest open sheet's earlier diagnosis, the question and the new work
        var entries = new java.util.ArrayList<com.intervo.workshop.SheetEntry>();
        for (int i = 0; i < test(log).size(); i++) {
            entries.add(test(log).getRow(i));
        }
        assertThat(entries)
                .extracting(com.intervo.workshop.SheetEntry::text)
                .containsExactlyInAnyOrder(
                        "Diagnoză, display comandat", "Replace the cable too?", "Measured the supply voltage");
    }

    @Test
    void theAuthorCorrectsTheirOwnEntryAndNobodyElses() {
        demoAs("technician");
        navigate("workshop/queue", Component.class);
        test(find(Grid.class).withId("queue-grid").single()).clickRow(0);
        String mine = "Cleaned the fan " + System.nanoTime();
        test(find(TextArea.class).withId("entry-text").single()).setValue(mine);
        test(find(Button.class).withId("entry-add").single()).click();
        @SuppressWarnings("unchecked")
        Grid<com.intervo.workshop.SheetEntry> log =
                find(Grid.class).withId("sheet-log").single();
        var tester = test(log);
        java.util.UUID me = com.intervo.kernel.identity.IntervoAuthentication.current()
                .orElseThrow()
                .userId();
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
        assertThat(find(TextArea.class).withId("correct-text").single().isInvalid())
                .isTrue();
        test(find(TextArea.class).withId("correct-text").single()).setValue(mine + " and the heat sink");
        test(find(Button.class).withId("correct-save").single()).click();
        assertThat(find(TextArea.class).withId("correct-text").all()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<com.intervo.workshop.SheetEntry> after =
                find(Grid.class).withId("sheet-log").single();
        assertThat(test(after).getCellText(row, 3))
                .startsWith(mine + " and the heat sink")
                .contains("(corrected");
    }

    @Test
    void theManagerSeesReportsWithChartsAndExports() {
        demoAs("manager");
        navigate("workshop/reports", Component.class);
        assertThat(find(com.intervo.kernel.ui.chart.EChart.class).all()).hasSize(5);
        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withId("export-technicians")
                        .all())
                .hasSize(1);
        assertThat(test(find(Grid.class).withId("grid-technicians").single()).size())
                .isEqualTo(1);
        navigate("workshop/mail-texts", NotFoundView.class);
    }

    @Test
    void theAdminRewritesTheReadyMailAndResetsItToTheShippedText() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(tenant, "admin");
        navigate("workshop/mail-texts", Component.class);
        TextField subject = find(TextField.class).withId("mail-text-subject").single();
        var state = find(com.vaadin.flow.component.html.Paragraph.class)
                .withId("mail-text-state")
                .single();
        assertThat(subject.getValue()).isEqualTo("Your device is ready – {number}");
        assertThat(state.getText()).isEqualTo("The shipped text (not changed yet).");

        test(subject).setValue("Gata: {number}");
        test(find(Button.class).withId("mail-text-save").single()).click();
        assertThat(state.getText()).isEqualTo("Your own wording.");
        assertThat(mailTexts.text(MailText.Kind.READY, "en").subject()).isEqualTo("Gata: {number}");
        assertThat(mailTexts.text(MailText.Kind.READY, "en").customized()).isTrue();
        // the saved text is what the screen shows when opened again
        navigate("workshop/mail-texts", Component.class);
        assertThat(find(TextField.class).withId("mail-text-subject").single().getValue())
                .isEqualTo("Gata: {number}");

        test(find(Button.class).withId("mail-text-reset").single()).click();
        assertThat(find(TextField.class).withId("mail-text-subject").single().getValue())
                .isEqualTo("Your device is ready – {number}");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withId("mail-text-state")
                        .single()
                        .getText())
                .isEqualTo("The shipped text (not changed yet).");
        assertThat(mailTexts.text(MailText.Kind.READY, "en").customized()).isFalse();
        assertThat(mailTexts.text(MailText.Kind.READY, "en").subject()).isEqualTo("Your device is ready – {number}");
    }

    @Test
    void aWorkspaceWithoutTheLicenseFindsNoWorkshopScreen() {
        // a copy of acme (Workshop Simple only) that loses its license; the shared acme keeps its own
        TenantId acme = demoWorkspaces.likeAcme();
        fixtures.signIn(acme, "admin");
        navigate("workshop/queue", Component.class);
        assertThat(find(Grid.class).withId("queue-grid").all()).hasSize(1);
        licenses.revoke(acme, ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(acme, "admin");
        for (String route : new String[] {
            "workshop/queue",
            "workshop/intake",
            "workshop/reports",
            "workshop/mail-texts",
            "workshop/sheets/" + java.util.UUID.randomUUID()
        }) {
            navigate(route, NotFoundView.class);
            assertThat(getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
        }
        navigate(com.intervo.kernel.ui.HomeView.class);
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .doesNotContain("Repair queue", "New service sheet");
    }
}
