package com.intervo.dispatch.ui;

import com.intervo.dispatch.BoardFilter;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketSummary;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Set;

/** Finished work waiting for the manager: parts, materials and hours to check, correct and approve for invoicing. */
@Route("dispatch/approvals")
@Menu(title = "dispatch.approvals.title", order = 22, icon = "vaadin:check-square-o")
@RolesAllowed({"ADMIN", "MANAGER"})
@StyleSheet("context://styles/dispatch.css")
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    ApprovalsView(TicketQueries queries, DispatchUi ui) {
        setId("dispatch-approvals");
        setSizeFull();
        ZoneId zone = ui.zone();
        Paragraph hint = new Paragraph(getTranslation("dispatch.approvals.hint"));
        hint.addClassName("intervo-hint");
        Grid<TicketSummary> grid = new ListGrid<>();
        grid.setId("approvals-grid");
        grid.setEmptyStateText(getTranslation("dispatch.approvals.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TicketSummary::number)
                .setHeader(getTranslation("dispatch.board.number"))
                .setAutoWidth(true);
        grid.addColumn(TicketSummary::customerName)
                .setHeader(getTranslation("dispatch.board.customer"))
                .setFlexGrow(2);
        grid.addColumn(t -> t.technicianName() == null ? "" : t.technicianName())
                .setHeader(getTranslation("dispatch.board.technician"))
                .setFlexGrow(1);
        grid.addColumn(t -> DispatchUi.time(t.updatedAt(), zone, getLocale()))
                .setHeader(getTranslation("dispatch.ticket.finished"))
                .setFlexGrow(1);
        grid.setItems(queries.board(new BoardFilter(Set.of(), null, null, null, null, true)));
        grid.addItemClickListener(e -> getUI().ifPresent(u -> u.navigate(
                TicketView.class,
                new RouteParameters("ticketId", e.getItem().id().toString()))));
        grid.setSizeFull();
        add(hint, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dispatch.approvals.title");
    }
}
