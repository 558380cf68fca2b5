package com.intervo.dispatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.SiteRef;
import com.intervo.dispatch.TechnicianLoad;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.TicketSummary;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.kernel.ui.map.LeafletMap;
import com.intervo.server.DemoWorkspaces;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dispatch screens without a browser, on a fresh copy of the demo workspace's tickets. */
@TenantIntegrationTest
class DispatchViewsIT extends SpringBrowserlessTest {

    @Autowired
    TicketQueries queries;

    @Autowired
    CustomerService customers;

    @Autowired
    DemoWorkspaces demoWorkspaces;

    @Autowired
    TenantFixtures fixtures;
    /** One copy of the demo workspace for the tests that only look; a test that changes tickets makes its own. */
    static TenantId lookOnly;

    private TenantId lookOnlyAs(String username) {
        if (lookOnly == null) {
            lookOnly = demoWorkspaces.likeDemo();
        }
        fixtures.signIn(lookOnly, username);
        return lookOnly;
    }

    private TenantId ownCopyAs(String username) {
        TenantId tenant = demoWorkspaces.likeDemo();
        fixtures.signIn(tenant, username);
        return tenant;
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBoardShowsTheQueueTheTechniciansTheWorkInProgressAndTheMap() {
        lookOnlyAs("dispatcher");
        navigate("dispatch", Component.class);
        Grid<TicketSummary> queue = find(Grid.class).withId("board-queue").single();
        Grid<TicketSummary> active = find(Grid.class).withId("board-active").single();
        Grid<?> technicians = find(Grid.class).withId("board-technicians").single();
        // the demo data: the hotel's urgent repair waits; the inspection is on its way, a repair postponed, the
        // monthly check assigned to the second technician
        assertThat(test(queue).size()).isEqualTo(1);
        assertThat(test(queue).getRow(0).problem()).startsWith("Centrala din subsol nu pornește");
        assertThat(test(active).size()).isEqualTo(3);
        assertThat(test(technicians).size()).isEqualTo(2);
        LeafletMap map = find(LeafletMap.class).withId("board-map").single();
        // the four open tickets at their sites and the two technicians' last positions
        assertThat(map.getMarkers()).hasSize(6);
        assertThat(map.getMarkers()).anySatisfy(m -> assertThat(m.label()).startsWith("Vlad Stan · "));
        assertThat(map.getMarkers()).anySatisfy(m -> assertThat(m.label()).startsWith("Radu Mureșan · "));
        assertThat(find(Button.class).withId("new-ticket").single().isVisible()).isTrue();
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Dispatch board")
                .doesNotContain("My tickets");
        // the postponed repair is on the board with its stage badge and the customer's reason
        var tester = test(active);
        Span postponed = null;
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).stage() == TicketStage.POSTPONED) {
                postponed = (Span) ((Div) ((Div) tester.getCellComponent(i, 2))
                                .getChildren()
                                .findFirst()
                                .orElseThrow())
                        .getChildren()
                        .findFirst()
                        .orElseThrow();
            }
        }
        assertThat(postponed).as("a postponed row on the board").isNotNull();
        assertThat(postponed.getText()).isEqualTo("Postponed");
        assertThat(postponed.getElement().getAttribute("data-stage")).isEqualTo("POSTPONED");
        assertThat(postponed.getElement().getAttribute("title")).isEqualTo("Clientul a cerut mâine după ora 14");
    }

    @Test
    @SuppressWarnings("unchecked")
    void assignListsTheTechniciansOfTheTicketsZoneFirstAPageAtATimeAndAClickAssigns() {
        ownCopyAs("dispatcher");
        navigate("dispatch", Component.class);
        Grid<TicketSummary> queue = find(Grid.class).withId("board-queue").single();
        TicketSummary waiting = test(queue).getRow(0);
        test((Button) test(queue).getCellComponent(0, 5)).click();
        Grid<TechnicianLoad> choices =
                find(Grid.class).withId("assign-technicians").single();
        List<TechnicianLoad> rows = new ArrayList<>();
        for (int i = 0; i < test(choices).size(); i++) {
            rows.add(test(choices).getRow(i));
        }
        assertThat(rows).extracting(TechnicianLoad::displayName).containsExactlyInAnyOrder("Vlad Stan", "Radu Mureșan");
        assertThat(rows)
                .allSatisfy(t -> assertThat(t.coversZone())
                        .isEqualTo(waiting.zoneId() != null && t.zoneIds().contains(waiting.zoneId())));
        assertThat(rows)
                .isSortedAccordingTo(
                        Comparator.comparing(TechnicianLoad::coversZone).reversed());
        TechnicianLoad chosen = rows.getFirst();
        test(choices).clickRow(0);
        assertThat(test(queue).size()).isZero();
        Grid<TicketSummary> active = find(Grid.class).withId("board-active").single();
        boolean found = false;
        for (int i = 0; i < test(active).size(); i++) {
            TicketSummary t = test(active).getRow(i);
            if (t.id().equals(waiting.id())) {
                found = true;
                assertThat(t.stage()).isEqualTo(TicketStage.ASSIGNED);
                assertThat(t.technicianId()).isEqualTo(chosen.id());
            }
        }
        assertThat(found)
                .as("the assigned ticket in the list of work in progress")
                .isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPhoneCallBecomesATicketInOneDialog() {
        ownCopyAs("dispatcher");
        navigate("dispatch", Component.class);
        test(find(Button.class).withId("new-ticket").single()).click();
        CustomerRef customer = customers.searchRefs("Popescu", 0, 1).getFirst();
        ComboBox<CustomerRef> customerBox =
                find(ComboBox.class).withId("ticket-customer").single();
        customerBox.setValue(customer);
        // the customer's only site and only boiler are filled in, with the boiler type's checklist as the default
        assertThat(((Select<SiteRef>) find(Select.class).withId("ticket-site").single()).getValue())
                .isNotNull();
        assertThat(((ComboBox<EquipmentRef>)
                                find(ComboBox.class).withId("ticket-equipment").single())
                        .getValue())
                .isNotNull();
        assertThat(find(ComboBox.class).withId("ticket-checklist").single().getPlaceholder())
                .isEqualTo("Revizie centrală termică");
        // saving without a problem names the field
        test(find(Button.class).withId("ticket-save").single()).click();
        TextArea problem = find(TextArea.class).withId("ticket-problem").single();
        assertThat(problem.isInvalid()).isTrue();
        problem.setValue("Apel: centrala face zgomot");
        test(find(Button.class).withId("ticket-save").single()).click();
        TicketSummary opened = queries
                .board(new com.intervo.dispatch.BoardFilter(
                        java.util.Set.of(TicketStage.NEW), null, null, null, null, false))
                .stream()
                .filter(t -> t.problem().equals("Apel: centrala face zgomot"))
                .findFirst()
                .orElseThrow();
        assertThat(opened.zoneName()).isEqualTo("Cluj-Napoca");
        assertThat(queries.get(opened.id()).checklist()).hasSize(4);
        // the demo's waiting repair and the new one
        assertThat(test(find(Grid.class).withId("board-queue").single()).size()).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTicketPageShowsTheLogAndTheDispatcherActions() {
        lookOnlyAs("dispatcher");
        TicketSummary postponed = queries.board(com.intervo.dispatch.BoardFilter.open()).stream()
                .filter(t -> t.stage() == TicketStage.POSTPONED)
                .findFirst()
                .orElseThrow();
        navigate("dispatch/tickets/" + postponed.id(), Component.class);
        assertThat(find(H2.class).withId("ticket-title").single().getText()).startsWith(postponed.number());
        // opened, assigned to the technician, accepted, postponed
        assertThat(test(find(Grid.class).withId("ticket-log").single()).size()).isEqualTo(4);
        assertThat(find(Button.class).withId("ticket-back-to-work").all()).hasSize(1);
        assertThat(find(Button.class).withId("ticket-delay").all()).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDispatcherReschedulesATicketFromItsPage() {
        ownCopyAs("dispatcher");
        TicketSummary postponed = queries.board(com.intervo.dispatch.BoardFilter.open()).stream()
                .filter(t -> t.stage() == TicketStage.POSTPONED)
                .findFirst()
                .orElseThrow();
        navigate("dispatch/tickets/" + postponed.id(), Component.class);
        test(find(Button.class).withId("ticket-edit").single()).click();
        // the dialog shows the ticket as it is: customer, problem, the technician left alone
        assertThat(((ComboBox<CustomerRef>)
                                find(ComboBox.class).withId("ticket-customer").single())
                        .getValue()
                        .id())
                .isEqualTo(postponed.customerId());
        assertThat(find(TextArea.class).withId("ticket-problem").single().getValue())
                .isEqualTo(postponed.problem());
        assertThat(find(ComboBox.class).withId("ticket-technician").all()).isEmpty();
        java.time.LocalDateTime at = java.time.LocalDate.now().plusDays(2).atTime(9, 30);
        find(com.vaadin.flow.component.datetimepicker.DateTimePicker.class)
                .withId("ticket-scheduled-at")
                .single()
                .setValue(at);
        test(find(Button.class).withId("ticket-save").single()).click();
        TicketSummary after = queries.get(postponed.id()).summary();
        assertThat(after.scheduledAt())
                .isEqualTo(at.atZone(java.time.ZoneId.of("Europe/Bucharest")).toInstant());
        assertThat(after.technicianId()).isEqualTo(postponed.technicianId());
        assertThat(after.version()).isGreaterThan(postponed.version());
        assertThat(find(H2.class).withId("ticket-title").single().getText()).startsWith(postponed.number());
    }

    @Test
    void theTechnicianSeesOnlyTheirTicketsAtPhoneWidthAndNotTheBoard() {
        lookOnlyAs("technician");
        navigate("dispatch/my", Component.class);
        // the inspection on its way and the postponed repair; the second technician's check is not theirs
        assertThat(find(Div.class).withClassName("dispatch-card").all()).hasSize(2);
        assertThat(find(SideNavItem.class).all().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("My tickets")
                .doesNotContain("Dispatch board");
        TicketSummary enRoute = queries.mine().stream()
                .filter(t -> t.stage() == TicketStage.EN_ROUTE)
                .findFirst()
                .orElseThrow();
        navigate("dispatch/my/" + enRoute.id(), Component.class);
        assertThat(find(Button.class).withId("my-arrived").all()).hasSize(1);
        assertThat(find(Button.class).withId("my-postpone").all()).hasSize(1);
        navigate("dispatch", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theManagerFindsWorkToApprove() {
        lookOnlyAs("manager");
        navigate("dispatch/approvals", Component.class);
        assertThat(find(Grid.class).withId("approvals-grid").all()).hasSize(1);
    }
}
