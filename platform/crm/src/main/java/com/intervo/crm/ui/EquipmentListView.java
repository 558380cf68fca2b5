package com.intervo.crm.ui;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CrmTransfer;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldFilter;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.ui.CustomFieldColumns;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The installed base: find equipment by serial number, name or custom field value; pick a type to see its custom
 * fields as columns and filter on one of them.
 */
@Route("equipment")
@Menu(title = "crm.equipment.title", order = 11, icon = "vaadin:cogs")
@PermitAll
class EquipmentListView extends VerticalLayout implements HasDynamicTitle {

    private final transient EquipmentService equipment;
    private final transient CustomFieldService customFields;
    private final TextField search = new TextField();
    private final ComboBox<EquipmentType> type = new ComboBox<>();
    private final ComboBox<CustomFieldDefinition> field = new ComboBox<>();
    private final TextField fieldValue = new TextField();
    private final Grid<Equipment> grid = new ListGrid<>();
    private final List<Grid.Column<Equipment>> customColumns = new ArrayList<>();

    EquipmentListView(
            EquipmentService equipment,
            CatalogService catalogs,
            CustomFieldService customFields,
            TransferActions transfers) {
        this.equipment = equipment;
        this.customFields = customFields;
        setId("equipment-view");
        setSizeFull();
        search.setId("equipment-search");
        search.setPlaceholder(getTranslation("crm.equipment.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("12em");
        search.getStyle().set("flex-grow", "1");
        search.addValueChangeListener(e -> refresh());

        type.setId("equipment-type-filter");
        type.setPlaceholder(getTranslation("crm.equipment.all-types"));
        type.setItems(catalogs.equipmentTypes());
        type.setItemLabelGenerator(EquipmentType::getName);
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> typeChanged());
        field.setId("equipment-field-filter");
        field.setPlaceholder(getTranslation("crm.equipment.filter-field"));
        field.setItemLabelGenerator(d -> d.label(getLocale()));
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> refresh());
        fieldValue.setId("equipment-field-value");
        fieldValue.setPlaceholder(getTranslation("crm.equipment.filter-value"));
        fieldValue.setValueChangeMode(ValueChangeMode.LAZY);
        fieldValue.addValueChangeListener(e -> refresh());

        Button importButton = transfers.importButton(CrmTransfer.Kind.EQUIPMENT, this::refresh);
        importButton.setVisible(TransferActions.canImport());
        HorizontalLayout toolbar = new HorizontalLayout(
                search, type, field, fieldValue, importButton, transfers.exportLink(CrmTransfer.Kind.EQUIPMENT));
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter dates = Formats.dates(getLocale());
        grid.setId("equipment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Equipment::getSerialNumber)
                .setHeader(getTranslation("crm.equipment.serial"))
                .setFlexGrow(2);
        grid.addColumn(Equipment::displayName)
                .setHeader(getTranslation("crm.equipment.model"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.getType() == null ? "" : e.getType().getName())
                .setHeader(getTranslation("crm.equipment.type"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.getCustomer().getName())
                .setHeader(getTranslation("crm.equipment.customer"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.getWarrantyUntil() == null ? "" : dates.format(e.getWarrantyUntil()))
                .setHeader(getTranslation("crm.equipment.warranty-until"))
                .setFlexGrow(1);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                EquipmentCardView.class,
                EquipmentCardView.parameters(e.getItem().getId()))));
        grid.setSizeFull();
        typeChanged();
        add(toolbar, grid);
    }

    /** The chosen type's custom fields become columns and the choices of the field filter. */
    private void typeChanged() {
        customColumns.forEach(grid::removeColumn);
        customColumns.clear();
        List<CustomFieldDefinition> definitions = customFields.definitions(
                CustomizableEntity.EQUIPMENT,
                type.getValue() == null ? null : type.getValue().getId());
        customColumns.addAll(CustomFieldColumns.addTo(grid, definitions, Equipment::getCustomFields));
        field.clear();
        field.setItems(definitions);
        field.setVisible(!definitions.isEmpty());
        fieldValue.setVisible(!definitions.isEmpty());
        refresh();
    }

    private void refresh() {
        EquipmentService.Filter filter;
        try {
            CustomFieldFilter custom = field.getValue() == null
                            || fieldValue.getValue().isBlank()
                    ? null
                    : new CustomFieldFilter(
                            field.getValue().key(), fieldValue.getValue().strip());
            filter = new EquipmentService.Filter(
                    search.getValue(),
                    type.getValue() == null ? null : type.getValue().getId(),
                    custom);
            if (custom != null) {
                custom.toJsonbPredicate("e.custom_fields", field.getValue());
            }
            fieldValue.setInvalid(false);
        } catch (IllegalArgumentException e) {
            fieldValue.setErrorMessage(getTranslation("crm.equipment.filter-invalid"));
            fieldValue.setInvalid(true);
            return;
        }
        EquipmentService.Filter current = filter;
        grid.setItems(query -> equipment.search(current, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, equipment.count(current)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.equipment.title");
    }
}
