package com.intervo.dispatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CustomerService;
import com.intervo.crm.CustomerRef;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.SiteRef;
import com.intervo.dispatch.TicketService;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.TicketSummary;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.kernel.ui.map.LeafletMap;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dispatch screens without a browser, on the demo workspace's tickets. */
@TenantIntegrationTest
class DispatchViewsIT extends SpringBrowserlessTest {

    @Autowired TicketService tickets;
    @Autowired CustomerService customers;

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    void theBoardShowsTheQueueTheTechniciansTheWorkInProgressAndTheMap() {
        navigate("dispatch", Component.class);
        Grid<?> queue = find(Grid.class).withId("board-queue").single();
        Grid<?> active = find(Grid.class).withId("board-active").single();
        Grid<?> technicians = find(Grid.class).withId("board-technicians").single();
        assertThat(test(queue).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(active).size()).isGreaterThanOrEqualTo(2);
        assertThat(test(technicians).size()).isGreaterThanOrEqualTo(2);
        LeafletMap map = find(LeafletMap.class).withId("board-map").single();
        // open tickets with coordinates and the two technicians' last positions
        assertThat(map.getMarkers()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(map.getMarkers()).anySatisfy(m -> assertThat(m.label()).startsWith("Vlad Stan · "));
        assertThat(find(Button.class).withId("new-ticket").single().isVisible()).isTrue();
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                .contains("Dispatch board").doesNotContain("My tickets");
        // the declined reason and the postponed stage are shown
        List<TicketSummary> open = tickets.board(com.intervo.dispatch.BoardFilter.open());
        assertThat(open).anySatisfy(t -> assertThat(t.stage()).isEqualTo(TicketStage.POSTPONED));
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    @SuppressWarnings("unchecked")
    void aPhoneCallBecomesATicketInOneDialog() {
        navigate("dispatch", Component.class);
        test(find(Button.class).withId("new-ticket").single()).click();
        CustomerRef customer = customers.searchRefs("Popescu", 0, 1).getFirst();
        ComboBox<CustomerRef> customerBox = find(ComboBox.class).withId("ticket-customer").single();
        customerBox.setValue(customer);
        // the customer's only site and only boiler are filled in, with the boiler type's checklist as the default
        assertThat(((Select<SiteRef>) find(Select.class).withId("ticket-site").single()).getValue()).isNotNull();
        assertThat(((ComboBox<EquipmentRef>) find(ComboBox.class).withId("ticket-equipment").single()).getValue())
                .isNotNull();
        assertThat(find(ComboBox.class).withId("ticket-checklist").single().getPlaceholder())
                .isEqualTo("Revizie centrală termică");
        // saving without a problem names the field
        test(find(Button.class).withId("ticket-save").single()).click();
        TextArea problem = find(TextArea.class).withId("ticket-problem").single();
        assertThat(problem.isInvalid()).isTrue();
        problem.setValue("Apel: centrala face zgomot");
        test(find(Button.class).withId("ticket-save").single()).click();
        TicketSummary opened = tickets.board(new com.intervo.dispatch.BoardFilter(java.util.Set.of(TicketStage.NEW),
                null, null, null, null, false)).stream().filter(t -> t.problem().equals("Apel: centrala face zgomot"))
                .findFirst().orElseThrow();
        assertThat(opened.zoneName()).isEqualTo("Cluj-Napoca");
        assertThat(tickets.get(opened.id()).checklist()).hasSize(4);
        assertThat(test(find(Grid.class).withId("board-queue").single()).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    void theTicketPageShowsTheLogAndTheDispatcherActions() {
        TicketSummary postponed = tickets.board(com.intervo.dispatch.BoardFilter.open()).stream()
                .filter(t -> t.stage() == TicketStage.POSTPONED).findFirst().orElseThrow();
        navigate("dispatch/tickets/" + postponed.id(), Component.class);
        assertThat(find(H2.class).withId("ticket-title").single().getText()).startsWith(postponed.number());
        assertThat(test(find(Grid.class).withId("ticket-log").single()).size()).isGreaterThanOrEqualTo(3);
        assertThat(find(Button.class).withId("ticket-back-to-work").all()).hasSize(1);
        assertThat(find(Button.class).withId("ticket-delay").all()).hasSize(1);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "dispatcher")
    @SuppressWarnings("unchecked")
    void theDispatcherReschedulesATicketFromItsPage() {
        TicketSummary postponed = tickets.board(com.intervo.dispatch.BoardFilter.open()).stream()
                .filter(t -> t.stage() == TicketStage.POSTPONED).findFirst().orElseThrow();
        navigate("dispatch/tickets/" + postponed.id(), Component.class);
        test(find(Button.class).withId("ticket-edit").single()).click();
        // the dialog shows the ticket as it is: customer, problem, the technician left alone
        assertThat(((ComboBox<CustomerRef>) find(ComboBox.class).withId("ticket-customer").single()).getValue().id())
                .isEqualTo(postponed.customerId());
        assertThat(find(TextArea.class).withId("ticket-problem").single().getValue()).isEqualTo(postponed.problem());
        assertThat(find(ComboBox.class).withId("ticket-technician").all()).isEmpty();
        java.time.LocalDateTime at = java.time.LocalDate.now().plusDays(2).atTime(9, 30);
        find(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).withId("ticket-scheduled-at").single()
                .setValue(at);
        test(find(Button.class).withId("ticket-save").single()).click();
        TicketSummary after = tickets.get(postponed.id()).summary();
        assertThat(after.scheduledAt()).isEqualTo(at.atZone(java.time.ZoneId.of("Europe/Bucharest")).toInstant());
        assertThat(after.technicianId()).isEqualTo(postponed.technicianId());
        assertThat(after.version()).isGreaterThan(postponed.version());
        assertThat(find(H2.class).withId("ticket-title").single().getText()).startsWith(postponed.number());
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "technician")
    void theTechnicianSeesOnlyTheirTicketsAtPhoneWidthAndNotTheBoard() {
        navigate("dispatch/my", Component.class);
        assertThat(find(Div.class).withClassName("dispatch-card").all()).isNotEmpty();
        assertThat(find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList())
                .contains("My tickets").doesNotContain("Dispatch board");
        TicketSummary enRoute = tickets.mine().stream().filter(t -> t.stage() == TicketStage.EN_ROUTE).findFirst()
                .orElseThrow();
        navigate("dispatch/my/" + enRoute.id(), Component.class);
        assertThat(find(Button.class).withId("my-arrived").all()).hasSize(1);
        assertThat(find(Button.class).withId("my-postpone").all()).hasSize(1);
        navigate("dispatch", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithIntervoUser(workspace = "demo", username = "manager")
    void theManagerFindsWorkToApprove() {
        navigate("dispatch/approvals", Component.class);
        assertThat(find(Grid.class).withId("approvals-grid").all()).hasSize(1);
    }
}
