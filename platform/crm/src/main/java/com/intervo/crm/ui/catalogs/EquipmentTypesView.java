package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.Checklist;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Equipment types ("Gas boiler") with their default checklist. */
@Route("catalogs/equipment-types")
@Menu(title = "crm.catalogs.types", order = 800, icon = "vaadin:cubes")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class EquipmentTypesView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogService catalogs;
    private final Grid<EquipmentType> grid = new ListGrid<>();

    EquipmentTypesView(CatalogService catalogs) {
        this.catalogs = catalogs;
        setId("equipment-types-view");
        setSizeFull();
        Button add = new Button(getTranslation("crm.action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("catalog-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("catalog-grid");
        grid.addColumn(EquipmentType::getName)
                .setHeader(getTranslation("crm.catalogs.name"))
                .setFlexGrow(2);
        grid.addColumn(EquipmentType::getDescription)
                .setHeader(getTranslation("crm.catalogs.description"))
                .setFlexGrow(3);
        grid.addColumn(t -> t.getChecklist() == null ? "" : t.getChecklist().getName())
                .setHeader(getTranslation("crm.catalogs.checklist"))
                .setFlexGrow(2);
        grid.addComponentColumn(t -> Actions.deactivate(() -> {
                    catalogs.deactivate(CatalogService.CatalogKind.EQUIPMENT_TYPE, t.getId());
                    refresh();
                }))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        refresh();
        add(add, grid);
    }

    private void refresh() {
        grid.setItems(catalogs.equipmentTypes());
    }

    private void edit(EquipmentType existing) {
        TextField name = new TextField(getTranslation("crm.catalogs.name"));
        name.setId("catalog-name");
        name.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("crm.catalogs.description"));
        ComboBox<Checklist> checklist = new ComboBox<>(getTranslation("crm.catalogs.checklist"));
        checklist.setItems(catalogs.checklists());
        checklist.setItemLabelGenerator(Checklist::getName);
        checklist.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.getName());
            description.setValue(existing.getDescription() == null ? "" : existing.getDescription());
            checklist.setValue(existing.getChecklist());
        }
        new CatalogDialog(
                        existing == null ? "crm.catalogs.types.new" : "crm.catalogs.types.edit",
                        Map.of("name", name, "description", description),
                        () -> catalogs.saveEquipmentType(
                                existing == null ? null : existing.getId(),
                                name.getValue(),
                                description.getValue(),
                                checklist.getValue() == null
                                        ? null
                                        : checklist.getValue().getId()),
                        this::refresh,
                        name,
                        checklist,
                        description)
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.catalogs.types");
    }
}
