package com.intervo.dispatch.ui;

import com.intervo.dispatch.DispatchModule;
import com.intervo.dispatch.StaleTicketException;
import com.intervo.dispatch.TicketPriority;
import com.intervo.dispatch.TicketStage;
import com.intervo.dispatch.TicketSummary;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What every dispatch view shows the same way: stage badges in the tenant's status colours and names, priority
 * badges, times in the tenant's zone, the age of a GPS fix.
 */
@Component
class DispatchUi {

    private final WorkflowStatuses statuses;
    private final WorkspaceClock workspace;

    DispatchUi(WorkflowStatuses statuses, WorkspaceClock workspace) {
        this.statuses = statuses;
        this.workspace = workspace;
    }

    /** The tenant's ticket statuses by key (looked up once per view). */
    Map<String, WorkflowStatus> stages() {
        Map<String, WorkflowStatus> byKey = new HashMap<>();
        statuses.listAll(DispatchModule.TICKET_WORKFLOW).forEach(s -> byKey.put(s.key(), s));
        return byKey;
    }

    static String stageLabel(Map<String, WorkflowStatus> stages, TicketStage stage, Locale locale) {
        WorkflowStatus status = stages.get(stage.statusKey());
        return status == null ? UI.getCurrent().getTranslation(stage.nameKey()) : status.label(locale);
    }

    static Span stageBadge(Map<String, WorkflowStatus> stages, TicketStage stage, Locale locale) {
        Span badge = new Span(stageLabel(stages, stage, locale));
        badge.addClassName("intervo-badge");
        badge.addClassName("dispatch-stage");
        badge.getElement().setAttribute("data-stage", stage.name());
        WorkflowStatus status = stages.get(stage.statusKey());
        if (status != null) {
            // a light tint of the status colour, with the text colour that reads on it
            String tint = com.intervo.kernel.customization.StatusColours.tint(status.colour(), 0.15);
            badge.getStyle()
                    .set("background", tint)
                    .set("color", com.intervo.kernel.customization.StatusColours.textOn(tint));
            badge.getStyle().set("border-left", "3px solid " + status.colour());
        }
        return badge;
    }

    static Span priorityBadge(TicketPriority priority) {
        Span badge = new Span(UI.getCurrent().getTranslation(priority.nameKey()));
        badge.addClassName("intervo-badge");
        if (priority == TicketPriority.URGENT || priority == TicketPriority.HIGH) {
            badge.addClassName("error");
        }
        return badge;
    }

    static String priorityColour(TicketPriority priority) {
        return switch (priority) {
            case URGENT -> "#c62828";
            case HIGH -> "#ef6c00";
            case NORMAL -> "#f9a825";
            case LOW -> "#7cb342";
        };
    }

    ZoneId zone() {
        return workspace.zone();
    }

    static String time(Instant at, ZoneId zone, Locale locale) {
        return Formats.dateTime(at, zone, locale);
    }

    static String date(LocalDate day, Locale locale) {
        return Formats.date(day, locale);
    }

    /** "08:00–10:30, 13:00–17:00", or a dash when the day is full. */
    static String slots(java.util.List<com.intervo.dispatch.DayPlan.Slot> slots) {
        return slots.isEmpty()
                ? "–"
                : String.join(
                        ", ", slots.stream().map(s -> s.from() + "–" + s.to()).toList());
    }

    /** "3 min", "2 h", "4 d" ago. */
    static String age(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        Duration d = Duration.between(at, now);
        UI ui = UI.getCurrent();
        if (d.toMinutes() < 1) {
            return ui.getTranslation("dispatch.age.now");
        }
        if (d.toHours() < 1) {
            return ui.getTranslation("dispatch.age.minutes", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return ui.getTranslation("dispatch.age.hours", d.toHours());
        }
        return ui.getTranslation("dispatch.age.days", d.toDays());
    }

    /** A refused action: the field message or a notification; a stale ticket asks to look again. */
    static void show(RuntimeException e) {
        if (e instanceof StaleTicketException stale) {
            Notifications.error(
                    "dispatch.error.stale",
                    stale.current().number(),
                    stale.expectedVersion(),
                    stale.current().version());
            return;
        }
        Notifications.show(e, Map.of());
    }

    /** "No GPS" next to the stage of a ticket whose technician arrived without a fix; the reason on hover. */
    static Span noFixBadge(TicketSummary t, String label) {
        Span badge = new Span(label);
        badge.addClassNames("intervo-badge", "contrast", "dispatch-no-fix");
        badge.setId("no-fix-" + t.number());
        badge.setTitle(t.arrivalNoFixReason());
        return badge;
    }
}
