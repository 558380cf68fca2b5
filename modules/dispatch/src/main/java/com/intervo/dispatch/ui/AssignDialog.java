package com.intervo.dispatch.ui;

import com.intervo.dispatch.TechnicianLoad;
import com.intervo.dispatch.TicketBoard;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketSummary;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Assign a ticket: the technicians of the ticket's zone come first, each with today's load, open tickets and the age
 * of their last position; a click on a row assigns. The list is read a page at a time ({@link TicketBoard}), so a
 * workspace of hundreds of technicians opens it as fast as a small one.
 */
class AssignDialog extends Dialog {

    /** Rows read at a time; a list that fits one page shows all its rows without a scrollbar of its own. */
    private static final int PAGE = 50;

    AssignDialog(TicketDesk desk, TicketBoard board, TicketSummary ticket, Consumer<TicketSummary> assigned) {
        setHeaderTitle(getTranslation("dispatch.assign.title", ticket.number()));
        setId("assign-dialog");
        setWidth("min(46rem, 96vw)");
        Paragraph about = new Paragraph(ticket.customerName() + " · " + ticket.siteAddress()
                + (ticket.zoneName() == null
                        ? ""
                        : " · " + getTranslation("dispatch.board.zone") + ": " + ticket.zoneName()));
        about.addClassName("intervo-hint");
        Grid<TechnicianLoad> grid = new ListGrid<>();
        grid.setId("assign-technicians");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE);
        long technicians = board.technicianCount();
        if (technicians <= PAGE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("min(28rem, 60vh)");
        }
        Instant now = Instant.now();
        grid.addComponentColumn(t -> {
                    Span name = new Span(t.displayName());
                    if (t.coversZone()) {
                        Span zone = new Span(getTranslation("dispatch.assign.in-zone"));
                        zone.addClassNames("intervo-badge", "success");
                        return new Span(name, new Span(" "), zone);
                    }
                    return name;
                })
                .setHeader(getTranslation("dispatch.board.technician"))
                .setFlexGrow(3);
        grid.addColumn(t -> String.join(", ", t.zoneNames()))
                .setHeader(getTranslation("dispatch.board.zones"))
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation("dispatch.board.load-value", t.today(), t.open()))
                .setHeader(getTranslation("dispatch.board.load"))
                .setFlexGrow(1);
        grid.addColumn(t -> t.lastFixAt() == null ? "–" : DispatchUi.age(t.lastFixAt(), now))
                .setHeader(getTranslation("dispatch.board.last-fix"))
                .setFlexGrow(1);
        grid.addColumn(t -> DispatchUi.slots(t.freeToday()))
                .setHeader(getTranslation("dispatch.board.free-today"))
                .setFlexGrow(2);
        grid.setItems(new CallbackDataProvider<TechnicianLoad, Void>(
                q -> board.technicians(ticket.zoneId(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, technicians),
                TechnicianLoad::id));
        grid.addItemClickListener(e -> {
            try {
                desk.assign(ticket.id(), ticket.version(), e.getItem().id());
                Notifications.success(
                        "dispatch.assign.done", ticket.number(), e.getItem().displayName());
                close();
                assigned.accept(ticket);
            } catch (RuntimeException ex) {
                DispatchUi.show(ex);
            }
        });
        add(about, grid);
        Button cancel = new Button(getTranslation("dispatch.action-button.close"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel);
    }
}
