package com.intervo.workshop.plus;

import static com.intervo.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.Intake;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.TrackingPortal;
import com.intervo.workshop.WorkshopReports;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Plus desk screens without a browser: the intake saves a Plus sheet with its type, problems and services (and
 * keeps the form when the type is missing), the reports for a manager (refused to a technician), the quote on the
 * public tracking page accepted by the customer, and no Plus screen in a workspace licensed for Simple only.
 */
@TenantIntegrationTest
class WorkshopPlusDeskViewsIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CatalogService catalogService;

    @Autowired
    WorkspaceClock workspace;

    @Autowired
    EquipmentService equipment;

    @Autowired
    RepairQueue queue;

    @Autowired
    PlusSheets plusSheets;

    @Autowired
    PlusDesk desk;

    @Autowired
    Repair repair;

    @Autowired
    Quotes quotes;

    @Autowired
    TrackingPortal portal;

    TenantId tenant;
    PlusCatalog catalog;

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    private void plusWorkspace() {
        tenant = fixtures.newTenant(
                ModuleKey.WORKSHOP_SIMPLE, ModuleKey.WORKSHOP_PLUS, ModuleKey.STOCK, ModuleKey.INVOICING);
        catalog = PlusCatalog.create(catalogService, tenant, workspace.currency(tenant));
    }

    private List<String> menuLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return find(ComboBox.class).withId(id).single();
    }

    /** The checkbox of a list (problems, services) whose label starts with the text. */
    private Checkbox box(String idPrefix, String label) {
        return find(Checkbox.class).all().stream()
                .filter(c -> c.getId().orElse("").startsWith(idPrefix))
                .filter(c -> c.getLabel() != null && c.getLabel().startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no box " + label));
    }

    @Test
    void theDeskTakesADeviceInThePlusWayAndAMissingTypeKeepsTheForm() {
        plusWorkspace();
        fixtures.signIn(tenant, "dispatcher");
        navigate("workshop-plus/intake", Component.class);
        assertThat(menuLabels()).contains("New Plus service sheet").doesNotContain("Workshop Plus reports");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode =
                find(RadioButtonGroup.class).withId("plus-intake-customer-mode").single();
        mode.setValue("new");
        test(find(TextField.class).withId("plus-intake-customer-name").single()).setValue("Plus Browserless");
        test(find(TextField.class).withId("plus-intake-customer-phone").single())
                .setValue("0733 444 555");
        test(find(TextField.class).withId("plus-intake-serial").single()).setValue("PLUS-VIEW-0001");
        test(find(TextField.class).withId("plus-intake-device-name").single()).setValue("Phone 13");
        test(find(TextArea.class).withId("plus-intake-problem").single()).setValue("Screen cracked, no charge");
        test(find(TextArea.class).withId("plus-intake-findings").single()).setValue("Glass shattered");
        // the services of the catalog, each with its price and VAT, and no problem to tick before a type
        assertThat(find(Checkbox.class).withId("plus-intake-problem-0").all()).isEmpty();
        Checkbox diagnostics = box("plus-intake-service-", "Diagnostics");
        test(diagnostics).click();
        String n = diagnostics.getId().orElseThrow().substring("plus-intake-service-".length());
        BigDecimalField quantity = find(BigDecimalField.class)
                .withId("plus-intake-service-quantity-" + n)
                .single();
        assertThat(quantity.isEnabled()).isTrue();
        quantity.setValue(new BigDecimal("2"));

        // no equipment type: refused on the type's field, nothing saved, nothing lost
        test(find(Button.class).withId("plus-intake-save").single()).click();
        ComboBox<?> type = combo("plus-intake-type");
        assertThat(type.isInvalid()).isTrue();
        assertThat(type.getErrorMessage()).isEqualTo("Pick the equipment type.");
        assertThat(find(TextField.class)
                        .withId("plus-intake-customer-name")
                        .single()
                        .getValue())
                .isEqualTo("Plus Browserless");
        assertThat(find(TextArea.class).withId("plus-intake-problem").single().getValue())
                .isEqualTo("Screen cracked, no charge");
        assertThat(diagnostics.getValue()).isTrue();
        assertThat(quantity.getValue()).isEqualByComparingTo("2");
        assertThat(equipment.refBySerial("PLUS-VIEW-0001")).isEmpty();

        // the type brings its common problems and its checklist
        ComboBox<com.intervo.crm.CatalogRef> types = combo("plus-intake-type");
        types.setValue(types.getListDataView()
                .getItems()
                .filter(t -> t.id().equals(catalog.typeId()))
                .findFirst()
                .orElseThrow());
        assertThat(find(Paragraph.class)
                        .withId("plus-intake-checklist")
                        .single()
                        .getText())
                .contains("Phone check", "3 points");
        assertThat(find(Checkbox.class).all().stream()
                        .filter(c -> c.getId().orElse("").matches("plus-intake-problem-\\d+"))
                        .map(Checkbox::getLabel)
                        .toList())
                .containsExactlyInAnyOrder("Broken screen", "Does not charge");
        test(box("plus-intake-problem-", "Broken screen")).click();
        Checkbox evaluation =
                find(Checkbox.class).withId("plus-intake-evaluation").single();
        assertThat(evaluation.getValue()).as("the workspace's default").isTrue();
        test(find(Button.class).withId("plus-intake-save").single()).click();

        EquipmentRef device = equipment.refBySerial("PLUS-VIEW-0001").orElseThrow();
        assertThat(device.typeId()).isEqualTo(catalog.typeId());
        SheetDetails sheet = queue.ofEquipment(device.id()).getFirst();
        PlusSheet plus = plusSheets.get(sheet.id());
        assertThat(plus.stage()).isEqualTo(Plus.Stage.EVALUATION);
        assertThat(plus.equipmentTypeId()).isEqualTo(catalog.typeId());
        assertThat(plus.initialFindings()).isEqualTo("Glass shattered");
        assertThat(plus.problems()).extracting(com.intervo.crm.CatalogRef::name).containsExactly("Broken screen");
        assertThat(plus.services()).singleElement().satisfies(s -> {
            assertThat(s.serviceId()).isEqualTo(catalog.diagnostics());
            assertThat(s.quantity()).isEqualByComparingTo("2");
        });
        assertThat(sheet.statusKey()).isEqualTo("evaluation");
        // on to the Plus sheet
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("workshop-plus/sheets/" + sheet.id());
    }

    /** A sheet taken in through the service, as the desk would. */
    private SheetDetails intake(
            String serial, String customer, boolean evaluation, Plus.Warranty warranty, String claim) {
        return as(
                tenant,
                "dispatcher",
                () -> desk.intake(new PlusIntake(
                                new Intake(
                                        null,
                                        null,
                                        new CustomerDraft(
                                                Customer.Kind.PERSON,
                                                customer,
                                                null,
                                                serial.toLowerCase() + "@example.ro",
                                                "0722 000 " + serial.substring(serial.length() - 3),
                                                "ro",
                                                null,
                                                Map.of(),
                                                List.of(),
                                                List.of()),
                                        null,
                                        new Equipment.Draft(
                                                null,
                                                null,
                                                catalog.typeId(),
                                                null,
                                                serial,
                                                "Phone 13",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                Map.of()),
                                        "Screen cracked",
                                        null,
                                        null,
                                        null,
                                        null,
                                        Map.of(),
                                        null,
                                        false),
                                List.of(catalog.brokenScreen()),
                                List.of(new PlusIntake.ServiceOrder(catalog.diagnostics(), BigDecimal.ONE)),
                                null,
                                evaluation,
                                warranty,
                                claim,
                                false))
                        .sheet());
    }

    @Test
    void theManagerReadsThePlusReportsAndATechnicianIsRefused() {
        plusWorkspace();
        intake("PLUS-REP-001", "Ana Quote", false, Plus.Warranty.NONE, null);
        intake("PLUS-REP-002", "Radu Warranty", false, Plus.Warranty.MANUFACTURER, "RMA-4411");
        SheetDetails waiting = intake("PLUS-REP-003", "Elena Callback", true, Plus.Warranty.NONE, null);
        as(
                tenant,
                "technician",
                () -> repair.irreparable(
                        waiting.id(),
                        List.of(
                                new Repair.Missing(catalog.screen(), null),
                                new Repair.Missing(null, "Flex cable FX-2")),
                        "No compatible display"));

        fixtures.signIn(tenant, "manager");
        navigate("workshop-plus/reports", Component.class);
        assertThat(menuLabels()).contains("Workshop Plus reports", "New Plus service sheet");
        assertThat(find(com.intervo.kernel.ui.chart.EChart.class).all())
                .extracting(c -> c.getId().orElse(""))
                .containsExactlyInAnyOrder("plus-chart-revenue", "plus-chart-acceptance");
        @SuppressWarnings("unchecked")
        Grid<PlusReports.TypeRow> types =
                find(Grid.class).withId("plus-grid-types").single();
        assertThat(test(types).size()).isEqualTo(1);
        assertThat(test(types).getRow(0).equipmentType()).isEqualTo("Smartphone");
        assertThat(test(types).getRow(0).sheets()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Grid<PlusReports.Count> problems =
                find(Grid.class).withId("plus-grid-problems").single();
        assertThat(test(problems).getRow(0).text()).isEqualTo("Broken screen");
        assertThat(test(problems).getRow(0).count()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Grid<PlusReports.WarrantyRow> warranty =
                find(Grid.class).withId("plus-grid-warranty").single();
        assertThat(test(warranty).size()).isEqualTo(1);
        assertThat(test(warranty).getRow(0).claims()).containsExactly("RMA-4411");
        @SuppressWarnings("unchecked")
        Grid<PlusReports.MissingPartRow> irreparable =
                find(Grid.class).withId("plus-grid-irreparable").single();
        assertThat(test(irreparable).size()).isEqualTo(2);
        assertThat(List.of(test(irreparable).getRow(0), test(irreparable).getRow(1)))
                .extracting(PlusReports.MissingPartRow::part)
                .containsExactlyInAnyOrder("Screen assembly 13", "Flex cable FX-2");
        assertThat(test(irreparable).getRow(0).callBacks()).singleElement().satisfies(c -> {
            assertThat(c.customer()).isEqualTo("Elena Callback");
            assertThat(c.phone()).isEqualTo("0722 000 003");
        });
        for (String export : List.of(
                "plus-export-repair-types",
                "plus-export-defects",
                "plus-export-causes",
                "plus-export-problems",
                "plus-export-warranty",
                "plus-export-irreparable")) {
            assertThat(find(Anchor.class).withId(export).all()).as(export).hasSize(1);
        }
        // cells that would be formulas in a spreadsheet are defused, as in Simple's exports
        assertThat(WorkshopReports.csv(List.of("a"), List.of(List.of("=1+1")))).contains("'=1+1");

        // a period the reports refuse is said on its field
        com.vaadin.flow.component.datepicker.DatePicker to = find(com.vaadin.flow.component.datepicker.DatePicker.class)
                .withId("plus-reports-to")
                .single();
        com.vaadin.flow.component.datepicker.DatePicker from =
                find(com.vaadin.flow.component.datepicker.DatePicker.class)
                        .withId("plus-reports-from")
                        .single();
        to.setValue(from.getValue().minusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(find(Grid.class).withId("plus-grid-types").all()).isEmpty();

        fixtures.signIn(tenant, "technician");
        navigate("workshop-plus/reports", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("workshop-plus/intake", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theCustomerAcceptsTheQuoteOnTheTrackingPage() {
        plusWorkspace();
        SheetDetails sheet = intake("PLUS-TRK-001", "Ioana Portal", false, Plus.Warranty.NONE, null);
        Quote draft = as(tenant, "dispatcher", () -> quotes.ofSheet(sheet.id()).getFirst());
        as(tenant, "dispatcher", () -> quotes.send(draft.id(), draft.version(), null));
        fixtures.signOut();
        TenantContext.clear();
        portal.resetLimits();

        navigate("track/" + sheet.trackingCode(), Component.class);
        Div section = find(Div.class).withId("portal-quote").single();
        assertThat(section.isVisible()).isTrue();
        // the page speaks the customer's language (Romanian), the lines stacked
        assertThat(find(Div.class).withId("portal-quote-line-0").all()).hasSize(1);
        assertThat(find(Div.class)
                        .withId("portal-quote-line-0")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Diagnostics");
        assertThat(find(Div.class)
                        .withId("portal-quote-gross")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("60,50");
        assertThat(find(Anchor.class).withId("portal-quote-pdf").single().getHref())
                .endsWith("/quote.pdf");
        Button accept = find(Button.class).withId("portal-quote-accept").single();
        assertThat(accept.getText()).isEqualTo("Acceptă oferta");

        // a comment too long is the customer's to shorten: nothing decided
        TextArea comment = find(TextArea.class).withId("portal-quote-comment").single();
        comment.setValue("x".repeat(2001));
        test(accept).click();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(as(tenant, "dispatcher", () -> quotes.get(draft.id()).status()))
                .isEqualTo(Plus.QuoteStatus.SENT);

        comment.setValue("Da, vă rog");
        test(find(Button.class).withId("portal-quote-accept").single()).click();
        assertThat(as(tenant, "dispatcher", () -> quotes.get(draft.id()))).satisfies(q -> {
            assertThat(q.status()).isEqualTo(Plus.QuoteStatus.ACCEPTED);
            assertThat(q.channel()).isEqualTo(Plus.Channel.PORTAL);
            assertThat(q.comment()).isEqualTo("Da, vă rog");
        });
        assertThat(find(Paragraph.class)
                        .withId("portal-quote-decision")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Ați acceptat această ofertă. Vă mulțumim!");
        assertThat(find(Button.class).withId("portal-quote-accept").all()).isEmpty();
        portal.resetLimits();
    }

    @Test
    void aWorkspaceLicensedForSimpleOnlyOpensNoPlusScreen() {
        TenantId simple = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(simple, "admin");
        navigate("workshop/queue", Component.class);
        assertThat(menuLabels())
                .contains("New service sheet")
                .doesNotContain("New Plus service sheet", "Workshop Plus reports");
        for (String route : new String[] {
            "workshop-plus/intake", "workshop-plus/reports", "workshop-plus/sheets/" + UUID.randomUUID()
        }) {
            navigate(route, NotFoundView.class);
            assertThat(getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
        }
    }
}
