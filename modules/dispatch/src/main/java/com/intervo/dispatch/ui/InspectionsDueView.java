package com.intervo.dispatch.ui;

import com.intervo.dispatch.InspectionDue;
import com.intervo.dispatch.Inspections;
import com.intervo.dispatch.TicketDetails;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * Periodic inspections due ("revizii tehnice periodice scadente"): equipment whose type has a checklist, due within the
 * chosen days or overdue; one click opens the inspection ticket with the type's checklist.
 */
@Route("dispatch/inspections")
@Menu(title = "dispatch.inspections.title", order = 23, icon = "vaadin:calendar-clock")
@RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
@StyleSheet("context://styles/dispatch.css")
class InspectionsDueView extends VerticalLayout implements HasDynamicTitle {

    private final transient Inspections inspections;
    private final Grid<InspectionDue> grid = new ListGrid<>();
    private final Select<Integer> horizon = new Select<>();

    InspectionsDueView(Inspections inspections) {
        this.inspections = inspections;
        setId("inspections-due");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("dispatch.inspections.hint"));
        hint.addClassName("intervo-hint");
        horizon.setId("inspections-horizon");
        horizon.setLabel(getTranslation("dispatch.inspections.within"));
        horizon.setItems(0, 7, 30, 90);
        horizon.setItemLabelGenerator(d -> d == 0
                ? getTranslation("dispatch.inspections.overdue-only")
                : getTranslation("dispatch.inspections.days", d));
        horizon.setValue(30);
        horizon.addValueChangeListener(e -> refresh());
        boolean dispatches = IntervoAuthentication.current()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.DISPATCHER))
                .orElse(false);
        grid.setId("inspections-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(d -> {
                    Span due = new Span(DispatchUi.date(d.dueDate(), getLocale()));
                    due.addClassName("intervo-badge");
                    if (d.overdue()) {
                        due.addClassName("error");
                    }
                    return due;
                })
                .setHeader(getTranslation("dispatch.inspections.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(InspectionDue::customerName)
                .setHeader(getTranslation("dispatch.board.customer"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.equipmentName() + " · " + d.serialNumber())
                .setHeader(getTranslation("dispatch.ticket.equipment"))
                .setFlexGrow(3);
        grid.addColumn(InspectionDue::siteAddress)
                .setHeader(getTranslation("dispatch.ticket.site"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.lastInspection() == null ? "–" : DispatchUi.date(d.lastInspection(), getLocale()))
                .setHeader(getTranslation("dispatch.inspections.last"))
                .setFlexGrow(1);
        grid.addComponentColumn(d -> {
                    Button open = new Button(getTranslation("dispatch.inspections.open"), e -> {
                        try {
                            TicketDetails ticket = inspections.openInspection(d.equipmentId());
                            Notifications.success("dispatch.open.saved", ticket.number());
                            getUI().ifPresent(ui -> ui.navigate(
                                    TicketView.class,
                                    new RouteParameters("ticketId", ticket.id().toString())));
                        } catch (RuntimeException ex) {
                            DispatchUi.show(ex);
                            refresh();
                        }
                    });
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    open.setVisible(dispatches);
                    return open;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();
        add(hint, horizon, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(inspections.inspectionsDue(horizon.getValue() == null ? 30 : horizon.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dispatch.inspections.title");
    }
}
