package com.intervo.dispatch.ui;

import com.intervo.dispatch.DayPlan;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketSummary;
import com.intervo.kernel.ui.LocalizedPickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;

/** A technician's day for the dispatcher: visits by time, tickets wanted that day without a time, free slots. */
class DayPlanDialog extends Dialog {

    private final transient TicketQueries queries;
    private final UUID technicianId;
    private final transient Consumer<TicketSummary> open;
    private final Div content = new Div();

    DayPlanDialog(TicketQueries queries, UUID technicianId, ZoneId zone, Consumer<TicketSummary> open) {
        this.queries = queries;
        this.technicianId = technicianId;
        this.open = open;
        setId("day-plan");
        setWidth("min(36rem, 96vw)");
        DatePicker day = LocalizedPickers.date(getTranslation("dispatch.day.date"));
        day.setValue(LocalDate.now(zone));
        day.setId("day-date");
        day.addValueChangeListener(e -> show(e.getValue()));
        add(day, content);
        Button close = new Button(getTranslation("dispatch.action-button.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
        show(day.getValue());
    }

    private void show(LocalDate day) {
        content.removeAll();
        DayPlan plan = queries.dayPlan(technicianId, day);
        setHeaderTitle(getTranslation("dispatch.day.title", plan.technicianName()));
        content.add(new H4(getTranslation("dispatch.day.visits")));
        if (plan.visits().isEmpty()) {
            content.add(hint(getTranslation("dispatch.day.none")));
        }
        plan.visits().forEach(v -> content.add(row(v.from() + "–" + v.to(), v.ticket())));
        if (!plan.unscheduled().isEmpty()) {
            content.add(new H4(getTranslation("dispatch.day.unscheduled")));
            plan.unscheduled().forEach(t -> content.add(row("", t)));
        }
        content.add(new H4(getTranslation("dispatch.day.free", plan.workStart(), plan.workEnd())));
        content.add(new Div(new Span(DispatchUi.slots(plan.free()))));
    }

    private Div row(String time, TicketSummary t) {
        Button number = new Button(t.number(), e -> {
            close();
            open.accept(t);
        });
        number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div row = new Div(
                new Span(time), new Span(" "), number, new Span(" · " + t.customerName() + " · " + t.siteAddress()));
        row.addClassName("dispatch-point");
        return row;
    }

    private static Span hint(String text) {
        Span span = new Span(text);
        span.addClassName("intervo-hint");
        return span;
    }
}
