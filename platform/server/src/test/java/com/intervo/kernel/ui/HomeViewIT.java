package com.intervo.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.workshop.BenchWork;
import com.intervo.workshop.Intake;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetIntake;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Home as a start page by role: getting-started steps, and counts of what waits that open their lists. */
@TenantIntegrationTest
class HomeViewIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    SheetIntake sheetIntake;

    @Autowired
    BenchWork bench;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Anchor card(String id) {
        return find(Anchor.class).id(id);
    }

    private long count(String id) {
        return Long.parseLong(card(id).getElement().getAttribute("data-count"));
    }

    /** Opens a list as Home's card does, with its query. */
    private void open(String route, String query) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(route, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private SheetDetails takeIn(TenantId tenant, String serial) {
        fixtures.signIn(tenant, "dispatcher");
        return TenantContext.callAs(
                tenant,
                () -> sheetIntake.intake(new Intake(
                        null,
                        null,
                        new CustomerDraft(
                                Customer.Kind.PERSON,
                                "Home Customer " + serial,
                                null,
                                null,
                                "0722 000 " + serial,
                                "ro",
                                null,
                                Map.of(),
                                List.of(),
                                List.of()),
                        null,
                        new Equipment.Draft(
                                null,
                                null,
                                null,
                                null,
                                "HOME-" + serial,
                                "Phone",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Map.of()),
                        "Does not start",
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        null,
                        false)));
    }

    @Test
    void aNewWorkspaceShowsItsAdminTheFirstStepsAndWhatWaits() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(tenant, "admin");
        navigate(HomeView.class);
        Div setup = find(Div.class).id("home-setup");
        assertThat(setup.getElement().getTextRecursively()).contains("Enter your company details");
        assertThat(find(Div.class).id("setup-company").getElement().getAttribute("data-done"))
                .isEqualTo("false");
        assertThat(find(Div.class).id("setup-user").getElement().getAttribute("data-done"))
                .isEqualTo("true");
        assertThat(find(Div.class).id("setup-customer").getElement().getAttribute("data-done"))
                .isEqualTo("false");
        // nothing waits yet, and the card says what to do; an unlicensed module adds nothing
        assertThat(count("home-workshop-unassigned")).isZero();
        assertThat(card("home-workshop-unassigned").getElement().getTextRecursively())
                .contains("New devices are taken in under Intake");
        assertThat(find(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").startsWith("home-dispatch"));
    }

    @Test
    void theReceptionSeesCountsThatOpenTheirListsAndOnlyOfItsOwnWorkspace() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        TenantId other = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        takeIn(tenant, "101");
        SheetDetails late = takeIn(tenant, "102");
        jdbc.update(
                "update " + tenant.schema() + ".service_sheet set promised_date = current_date - 3 where id = ?",
                late.id());

        fixtures.signIn(tenant, "dispatcher");
        navigate(HomeView.class);
        assertThat(find(Div.class).all())
                .noneMatch(d -> "home-setup".equals(d.getId().orElse(null)));
        assertThat(count("home-workshop-unassigned")).isEqualTo(2);
        assertThat(count("home-workshop-overdue")).isEqualTo(1);
        assertThat(card("home-workshop-overdue").getClassNames()).contains("urgent");
        assertThat(count("home-workshop-questions")).isZero();
        assertThat(card("home-workshop-overdue").getHref()).isEqualTo("workshop/queue?overdue");

        open("workshop/queue", "overdue");
        assertThat(test(find(Grid.class).withId("queue-grid").single()).size()).isEqualTo(1);
        open("workshop/queue", "unassigned");
        assertThat(test(find(Grid.class).withId("queue-grid").single()).size()).isEqualTo(2);

        fixtures.signIn(other, "dispatcher");
        navigate(HomeView.class);
        assertThat(count("home-workshop-unassigned")).isZero();
        assertThat(count("home-workshop-overdue")).isZero();
    }

    @Test
    void aTechnicianSeesTheirOwnWorkOfEveryLicensedModule() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE, ModuleKey.DISPATCH);
        SheetDetails sheet = takeIn(tenant, "201");
        fixtures.signIn(tenant, "technician");
        TenantContext.runAs(tenant, () -> bench.take(sheet.id()));
        navigate(HomeView.class);
        assertThat(count("home-workshop-mine")).isEqualTo(1);
        assertThat(card("home-workshop-mine").getHref()).isEqualTo("workshop/queue?mine");
        assertThat(count("home-dispatch-mine")).isZero();
        assertThat(find(Anchor.class).all())
                .noneMatch(a -> "home-workshop-overdue".equals(a.getId().orElse(null)));
        open("workshop/queue", "mine");
        assertThat(test(find(Grid.class).withId("queue-grid").single()).size()).isEqualTo(1);
    }

    @Autowired
    com.intervo.kernel.licensing.Licenses licenses;

    private List<String> menuLabels() {
        return find(com.vaadin.flow.component.sidenav.SideNavItem.class).all().stream()
                .map(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .toList();
    }

    @Test
    void aModuleSwitchedOnShowsInTheMenuWithoutAReload() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(tenant, "admin");
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Repair queue").doesNotContain("Dispatch");
        licenses.grant(
                tenant,
                ModuleKey.DISPATCH,
                java.time.Instant.now().minusSeconds(60),
                null,
                com.intervo.kernel.licensing.Entitlement.Source.MANUAL);
        // the licenses page asks the shell to show what is licensed now
        MainLayout.refreshMenu();
        assertThat(menuLabels()).contains("Dispatch", "Repair queue");
        licenses.revoke(tenant, ModuleKey.DISPATCH);
        // any navigation inside the page updates it too
        navigate("customers", Component.class);
        assertThat(menuLabels()).doesNotContain("Dispatch");
    }
}
