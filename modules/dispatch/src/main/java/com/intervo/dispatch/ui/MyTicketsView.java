package com.intervo.dispatch.ui;

import com.intervo.dispatch.FieldContext;
import com.intervo.dispatch.FieldWork;
import com.intervo.dispatch.InAppMessages;
import com.intervo.dispatch.TicketQueries;
import com.intervo.dispatch.TicketSummary;
import com.intervo.dispatch.live.LiveUpdates;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The technician's own tickets at phone width (for shops without the Android app): what to do next, the
 * unassigned tickets of their zones to take, and the messages the dispatch sent. Live: a new ticket appears by itself.
 */
@Route("dispatch/my")
@Menu(title = "dispatch.my.title", order = 21, icon = "vaadin:mobile")
@RolesAllowed({"TECHNICIAN"})
@StyleSheet("context://styles/dispatch.css")
class MyTicketsView extends VerticalLayout implements HasDynamicTitle {

    private final transient FieldWork fieldWork;
    private final transient TicketQueries queries;
    private final transient InAppMessages messages;
    private final transient LiveUpdates live;
    private final transient Map<String, WorkflowStatus> stages;
    private final ZoneId zone;
    private final VerticalLayout mine = new VerticalLayout();
    private final VerticalLayout queue = new VerticalLayout();
    private final VerticalLayout inbox = new VerticalLayout();
    private transient LiveUpdates.Subscription subscription;

    MyTicketsView(FieldWork fieldWork, TicketQueries queries, InAppMessages messages, LiveUpdates live, DispatchUi ui) {
        this.fieldWork = fieldWork;
        this.queries = queries;
        this.messages = messages;
        this.live = live;
        this.stages = ui.stages();
        this.zone = ui.zone();
        setId("my-tickets");
        addClassName("dispatch-phone");
        mine.setId("my-ticket-list");
        queue.setId("my-queue");
        inbox.setId("my-messages");
        for (VerticalLayout list : List.of(mine, queue, inbox)) {
            list.setPadding(false);
        }
        add(
                new H3(getTranslation("dispatch.my.mine")),
                mine,
                new H3(getTranslation("dispatch.my.queue")),
                queue,
                new H3(getTranslation("dispatch.my.messages")),
                inbox);
        refresh();
    }

    void refresh() {
        mine.removeAll();
        List<TicketSummary> list = queries.mine();
        if (list.isEmpty()) {
            mine.add(hint("dispatch.my.none"));
        }
        list.forEach(t -> mine.add(card(t, false)));
        queue.removeAll();
        List<TicketSummary> open = queries.unassignedNearMe();
        if (open.isEmpty()) {
            queue.add(hint("dispatch.my.queue-empty"));
        }
        open.forEach(t -> queue.add(card(t, true)));
        inbox.removeAll();
        List<InAppMessages.Message> recent = messages.mine(10);
        recent.forEach(m -> {
            Paragraph p = new Paragraph(
                    DispatchUi.time(m.createdAt(), zone, getLocale()) + " — " + m.title() + ": " + m.body());
            if (!m.read()) {
                p.addClassName("dispatch-strong");
            }
            inbox.add(p);
        });
        if (recent.isEmpty()) {
            inbox.add(hint("dispatch.my.no-messages"));
        } else if (recent.stream().anyMatch(m -> !m.read())) {
            Button read = new Button(getTranslation("dispatch.my.mark-read"), e -> {
                messages.markAllRead();
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            inbox.add(read);
        }
    }

    private Div card(TicketSummary t, boolean takeable) {
        Span number = new Span(t.number());
        number.addClassName("dispatch-strong");
        Div head = new Div(
                number,
                new Span(" "),
                DispatchUi.stageBadge(stages, t.stage(), getLocale()),
                DispatchUi.priorityBadge(t.priority()));
        Div card = new Div(
                head, new Div(new Span(t.customerName())), hint(t.siteAddress()), new Div(new Span(t.problem())));
        card.addClassName("dispatch-card");
        card.setId("card-" + t.number());
        if (t.desiredDate() != null || t.scheduledAt() != null) {
            card.add(hint(
                    t.scheduledAt() != null
                            ? DispatchUi.time(t.scheduledAt(), zone, getLocale())
                            : DispatchUi.date(t.desiredDate(), getLocale())));
        }
        if (takeable) {
            Button take = new Button(getTranslation("dispatch.my.take"), e -> {
                try {
                    fieldWork.take(t.id(), FieldContext.version(t.version()));
                    Notifications.success("dispatch.my.taken", t.number());
                    open(t);
                } catch (RuntimeException ex) {
                    DispatchUi.show(ex);
                    refresh();
                }
            });
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(take);
        } else {
            card.addClickListener(e -> open(t));
        }
        return card;
    }

    private void open(TicketSummary t) {
        getUI().ifPresent(ui ->
                ui.navigate(TechnicianTicketView.class, new RouteParameters("ticketId", t.id().toString())));
    }

    private Span hint(String keyOrText) {
        Span span = new Span(keyOrText.startsWith("dispatch.") ? getTranslation(keyOrText) : keyOrText);
        span.addClassName("intervo-hint");
        return span;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        java.util.UUID me = IntervoAuthentication.current().orElseThrow().userId();
        subscription = live.subscribe(TenantContext.require(), change -> {
            if (change.kind() == LiveUpdates.Kind.TICKET || change.id().equals(me)) {
                ui.access(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dispatch.my.title");
    }
}
