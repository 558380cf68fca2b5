package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.EquipmentModel;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.Manufacturer;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Manufacturers and their exact models, each model of one equipment type. */
@Route("catalogs/manufacturers")
@Menu(title = "crm.catalogs.manufacturers", order = 801, icon = "vaadin:factory")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class ManufacturersView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogService catalogs;
    private final Grid<Manufacturer> manufacturers = new ListGrid<>();
    private final Grid<EquipmentModel> models = new ListGrid<>();

    ManufacturersView(CatalogService catalogs) {
        this.catalogs = catalogs;
        setId("manufacturers-view");
        Button addManufacturer = new Button(
                getTranslation("crm.catalogs.manufacturers.new"),
                VaadinIcon.PLUS.create(),
                e -> editManufacturer(null));
        addManufacturer.setId("manufacturer-add");
        addManufacturer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        manufacturers.setId("manufacturers-grid");
        manufacturers.addColumn(Manufacturer::getName).setHeader(getTranslation("crm.catalogs.name"));
        manufacturers
                .addComponentColumn(m -> Actions.deactivate(() -> {
                    catalogs.deactivate(CatalogService.CatalogKind.MANUFACTURER, m.getId());
                    refresh();
                }))
                .setFlexGrow(0)
                .setAutoWidth(true);
        manufacturers.addItemDoubleClickListener(e -> editManufacturer(e.getItem()));
        manufacturers.setAllRowsVisible(true);

        Button addModel =
                new Button(getTranslation("crm.catalogs.models.new"), VaadinIcon.PLUS.create(), e -> editModel(null));
        addModel.setId("model-add");
        models.setId("models-grid");
        models.addColumn(m -> m.getManufacturer().getName()).setHeader(getTranslation("crm.catalogs.manufacturer"));
        models.addColumn(EquipmentModel::getName).setHeader(getTranslation("crm.catalogs.model"));
        models.addColumn(m -> m.getType().getName()).setHeader(getTranslation("crm.catalogs.type"));
        models.addComponentColumn(m -> Actions.deactivate(() -> {
                    catalogs.deactivate(CatalogService.CatalogKind.MODEL, m.getId());
                    refresh();
                }))
                .setFlexGrow(0)
                .setAutoWidth(true);
        models.addItemDoubleClickListener(e -> editModel(e.getItem()));
        models.setAllRowsVisible(true);
        refresh();
        add(addManufacturer, manufacturers, new H3(getTranslation("crm.catalogs.models")), addModel, models);
    }

    private void refresh() {
        manufacturers.setItems(catalogs.manufacturers());
        models.setItems(catalogs.models());
    }

    private void editManufacturer(Manufacturer existing) {
        TextField name = new TextField(getTranslation("crm.catalogs.name"));
        name.setId("catalog-name");
        if (existing != null) {
            name.setValue(existing.getName());
        }
        new CatalogDialog(
                        existing == null ? "crm.catalogs.manufacturers.new" : "crm.catalogs.manufacturers.edit",
                        Map.of("name", name),
                        () -> catalogs.saveManufacturer(existing == null ? null : existing.getId(), name.getValue()),
                        this::refresh,
                        name)
                .open();
    }

    private void editModel(EquipmentModel existing) {
        ComboBox<Manufacturer> manufacturer = new ComboBox<>(getTranslation("crm.catalogs.manufacturer"));
        manufacturer.setId("model-manufacturer");
        manufacturer.setItems(catalogs.manufacturers());
        manufacturer.setItemLabelGenerator(Manufacturer::getName);
        ComboBox<EquipmentType> type = new ComboBox<>(getTranslation("crm.catalogs.type"));
        type.setId("model-type");
        type.setItems(catalogs.equipmentTypes());
        type.setItemLabelGenerator(EquipmentType::getName);
        TextField name = new TextField(getTranslation("crm.catalogs.model"));
        name.setId("catalog-name");
        if (existing != null) {
            manufacturer.setValue(existing.getManufacturer());
            type.setValue(existing.getType());
            name.setValue(existing.getName());
        }
        new CatalogDialog(
                        existing == null ? "crm.catalogs.models.new" : "crm.catalogs.models.edit",
                        Map.of("name", name, "manufacturerId", manufacturer, "typeId", type),
                        () -> catalogs.saveModel(
                                existing == null ? null : existing.getId(),
                                manufacturer.getValue() == null
                                        ? null
                                        : manufacturer.getValue().getId(),
                                type.getValue() == null ? null : type.getValue().getId(),
                                name.getValue()),
                        this::refresh,
                        manufacturer,
                        type,
                        name)
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.catalogs.manufacturers");
    }
}
