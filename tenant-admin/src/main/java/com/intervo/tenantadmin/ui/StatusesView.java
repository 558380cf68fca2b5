package com.intervo.tenantadmin.ui;

import com.intervo.kernel.customization.CustomizationException;
import com.intervo.kernel.customization.StatusDraft;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.customization.Workflows;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The admin defines the statuses of each workflow: colour, category, final flag, order. */
@Route("admin/statuses")
@Menu(title = "customization.statuses.title", order = 920, icon = "vaadin:flag")
@RolesAllowed("ADMIN")
class StatusesView extends VerticalLayout implements HasDynamicTitle {

    private final WorkflowStatuses service;
    private final ComboBox<String> workflow = new ComboBox<>();
    private final Grid<WorkflowStatus> grid = new ListGrid<>();

    StatusesView(WorkflowStatuses service, Messages messages, Workflows workflows) {
        this.service = service;
        setId("statuses-view");
        setSizeFull();

        workflow.setId("statuses-workflow");
        workflow.setLabel(getTranslation("customization.statuses.workflow"));
        List<String> all = service.workflows();
        workflow.setItems(all);
        workflow.setItemLabelGenerator(w -> messages.hasKey(workflows.nameKeyOf(w))
                ? getTranslation(workflows.nameKeyOf(w))
                : WorkflowStatuses.fallbackName(w));
        // the modules' workflows come first
        workflow.setValue(all.isEmpty() ? null : all.getFirst());
        workflow.addValueChangeListener(e -> refresh());

        Button add = new Button(
                getTranslation("customization.statuses.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.setId("statuses-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout toolbar = new FlexLayout(workflow, add);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("statuses-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::describe)
                .setHeader(getTranslation("customization.statuses.status"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("customization.fields.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();
        add(new Paragraph(getTranslation("customization.statuses.intro")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        if (workflow.getValue() != null) {
            grid.setItems(service.listAll(workflow.getValue()));
        }
    }

    private Component describe(WorkflowStatus status) {
        Span swatch = new Span();
        swatch.getStyle()
                .set("background-color", status.colour())
                .set("display", "inline-block")
                .set("width", "1em")
                .set("height", "1em")
                .set("border-radius", "50%")
                .set("margin-inline-end", "var(--lumo-space-s)")
                .set("vertical-align", "middle");
        Span label = new Span(status.label(getLocale()));
        label.getStyle().set("font-weight", "600");
        Div first = new Div(swatch, label);
        StringBuilder details = new StringBuilder(status.key())
                .append(" · ")
                .append(getTranslation(status.category().nameKey()));
        if (status.initial()) {
            details.append(" · ").append(getTranslation("customization.statuses.initial"));
        }
        if (status.finalStatus()) {
            details.append(" · ").append(getTranslation("customization.statuses.final"));
        }
        Span second = new Span(details.toString());
        second.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(first, new Div(second));
        if (!status.active()) {
            Span inactive = new Span(getTranslation("customization.fields.inactive"));
            inactive.addClassName("intervo-badge");
            inactive.addClassName("error");
            box.add(new Div(inactive));
        }
        return box;
    }

    private Component actions(WorkflowStatus status) {
        Button up = icon(VaadinIcon.ARROW_UP, "customization.action.up", () -> service.move(status.id(), -1));
        Button down = icon(VaadinIcon.ARROW_DOWN, "customization.action.down", () -> service.move(status.id(), 1));
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(status));
        edit.setAriaLabel(getTranslation("customization.action.edit"));
        edit.setTooltipText(getTranslation("customization.action.edit"));
        edit.setId("status-edit-" + status.key());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button toggle = status.active()
                ? icon(VaadinIcon.BAN, "customization.action.deactivate", () -> service.deactivate(status.id()))
                : icon(VaadinIcon.CHECK, "customization.action.activate", () -> service.activate(status.id()));
        toggle.setId("status-toggle-" + status.key());
        HorizontalLayout actions = new HorizontalLayout(up, down, edit, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            try {
                action.run();
                refresh();
            } catch (CustomizationException ex) {
                error(ex);
            }
        });
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void openDialog(WorkflowStatus existing) {
        String current = workflow.getValue();
        UUID id = existing == null ? null : existing.id();
        Function<StatusDraft, Boolean> save = draft -> {
            try {
                if (id == null) {
                    service.create(current, draft);
                } else {
                    service.update(id, draft);
                }
                refresh();
                Notification.show(getTranslation("customization.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                return true;
            } catch (CustomizationException e) {
                error(e);
                return false;
            }
        };
        new StatusDialog(existing, service.workspaceLanguage(), save::apply).open();
    }

    private void error(CustomizationException e) {
        Notification n = Notification.show(getTranslation(e.messageKey(), e.params()));
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("customization-error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customization.statuses.title");
    }
}
