package com.intervo.tenantadmin.ui;

import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntities;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.CustomizationException;
import com.intervo.kernel.customization.EquipmentTypeCatalog;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/** The admin defines custom fields per entity and equipment type: add, edit, reorder, deactivate. */
@Route("admin/custom-fields")
@Menu(title = "customization.fields.title", order = 910, icon = "vaadin:list-select")
@RolesAllowed("ADMIN")
class CustomFieldsView extends VerticalLayout implements HasDynamicTitle {

    private final CustomFieldService service;
    private final ComboBox<CustomizableEntity> entity = new ComboBox<>();
    private final ComboBox<EquipmentTypeCatalog.Option> equipmentType = new ComboBox<>();
    private final Grid<CustomFieldDefinition> grid = new ListGrid<>();
    private final EquipmentTypeCatalog.Option allEquipment;

    CustomFieldsView(
            CustomFieldService service, ObjectProvider<EquipmentTypeCatalog> catalog, CustomizableEntities entities) {
        this.service = service;
        setId("custom-fields-view");
        setSizeFull();
        Locale locale = getLocale();
        allEquipment = new EquipmentTypeCatalog.Option(null, getTranslation("customization.fields.all-equipment"));

        entity.setId("custom-fields-entity");
        entity.setLabel(getTranslation("customization.fields.entity"));
        // the records the modules open to custom fields, in their order
        entity.setItems(entities.all());
        entity.setItemLabelGenerator(e -> getTranslation(entities.nameKey(e)));
        entity.setValue(CustomizableEntity.CUSTOMER);

        List<EquipmentTypeCatalog.Option> types = new ArrayList<>();
        types.add(allEquipment);
        EquipmentTypeCatalog available = catalog.getIfAvailable();
        if (available != null) {
            types.addAll(available.equipmentTypes(locale));
        }
        equipmentType.setId("custom-fields-equipment-type");
        equipmentType.setLabel(getTranslation("customization.fields.equipment-type"));
        equipmentType.setItems(types);
        equipmentType.setItemLabelGenerator(EquipmentTypeCatalog.Option::name);
        equipmentType.setValue(allEquipment);
        equipmentType.setVisible(false);

        entity.addValueChangeListener(e -> {
            equipmentType.setVisible(CustomizableEntity.EQUIPMENT.equals(e.getValue()));
            refresh();
        });
        equipmentType.addValueChangeListener(e -> refresh());

        Button add =
                new Button(getTranslation("customization.fields.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.setId("custom-fields-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FlexLayout toolbar = new FlexLayout(entity, equipmentType, add);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setId("custom-fields-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::describe)
                .setHeader(getTranslation("customization.fields.field"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("customization.fields.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();

        add(new Paragraph(getTranslation("customization.fields.intro")), toolbar, grid);
        refresh();
    }

    private UUID typeId() {
        EquipmentTypeCatalog.Option type = equipmentType.getValue();
        return CustomizableEntity.EQUIPMENT.equals(entity.getValue()) && type != null ? type.id() : null;
    }

    private void refresh() {
        grid.setItems(entity.getValue() == null ? List.of() : service.allDefinitions(entity.getValue(), typeId()));
    }

    private Component describe(CustomFieldDefinition field) {
        Span label = new Span(field.label(getLocale()));
        label.getStyle().set("font-weight", "600");
        Span details =
                new Span(field.key() + " · " + getTranslation(field.type().nameKey())
                        + (field.required() ? " · " + getTranslation("customization.fields.required") : "")
                        + " · "
                        + (field.equipmentTypeId() == null
                                ? getTranslation(
                                        CustomizableEntity.EQUIPMENT.equals(entity.getValue())
                                                ? "customization.fields.all-equipment"
                                                : "customization.fields.every-record")
                                : equipmentType.getValue().name()));
        details.addClassName("intervo-secondary-text");
        details.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(label, new Div(details));
        if (!field.active()) {
            Span inactive = new Span(getTranslation("customization.fields.inactive"));
            inactive.addClassName("intervo-badge");
            inactive.addClassName("error");
            box.add(new Div(inactive));
        }
        return box;
    }

    private Component actions(CustomFieldDefinition field) {
        Button up = icon(VaadinIcon.ARROW_UP, "customization.action.up", () -> service.move(field.id(), typeId(), -1));
        Button down =
                icon(VaadinIcon.ARROW_DOWN, "customization.action.down", () -> service.move(field.id(), typeId(), 1));
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(field));
        edit.setAriaLabel(getTranslation("customization.action.edit"));
        edit.setTooltipText(getTranslation("customization.action.edit"));
        edit.setId("custom-field-edit-" + field.key());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button toggle = field.active()
                ? icon(VaadinIcon.BAN, "customization.action.deactivate", () -> service.setActive(field.id(), false))
                : icon(VaadinIcon.CHECK, "customization.action.activate", () -> service.setActive(field.id(), true));
        toggle.setId("custom-field-toggle-" + field.key());
        HorizontalLayout actions = new HorizontalLayout(up, down, edit, toggle);
        actions.setSpacing(false);
        return actions;
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> run(action));
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (CustomizationException e) {
            error(e);
        }
    }

    private void openDialog(CustomFieldDefinition existing) {
        new CustomFieldDialog(existing, entity.getValue(), typeId(), service.workspaceLanguage(), draft -> {
                    try {
                        if (existing == null) {
                            service.create(draft);
                        } else {
                            service.update(existing.id(), draft);
                        }
                        refresh();
                        Notification.show(getTranslation("customization.saved"))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        return true;
                    } catch (CustomizationException e) {
                        error(e);
                        return false;
                    }
                })
                .open();
    }

    private void error(CustomizationException e) {
        Notification n = Notification.show(getTranslation(e.messageKey(), e.params()));
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("customization-error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customization.fields.title");
    }
}
