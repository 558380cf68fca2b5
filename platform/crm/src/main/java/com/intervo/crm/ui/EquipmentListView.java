package com.intervo.crm.ui;

import com.intervo.crm.CrmTransfer;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Equipment;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The installed base: find equipment by serial number, name or custom field value. */
@Route("equipment")
@Menu(title = "crm.equipment.title", order = 11, icon = "vaadin:cogs")
@PermitAll
class EquipmentListView extends VerticalLayout implements HasDynamicTitle {

    private final transient EquipmentService equipment;
    private final TextField search = new TextField();
    private final Grid<Equipment> grid = new Grid<>();

    EquipmentListView(EquipmentService equipment, TransferActions transfers) {
        this.equipment = equipment;
        setId("equipment-view");
        setSizeFull();
        search.setId("equipment-search");
        search.setPlaceholder(getTranslation("crm.equipment.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> refresh());

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("equipment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Equipment::getSerialNumber).setHeader(getTranslation("crm.equipment.serial")).setFlexGrow(2);
        grid.addColumn(Equipment::displayName).setHeader(getTranslation("crm.equipment.model")).setFlexGrow(3);
        grid.addColumn(e -> e.getType() == null ? "" : e.getType().getName())
                .setHeader(getTranslation("crm.equipment.type")).setFlexGrow(2);
        grid.addColumn(e -> e.getCustomer().getName()).setHeader(getTranslation("crm.equipment.customer")).setFlexGrow(3);
        grid.addColumn(e -> e.getWarrantyUntil() == null ? "" : dates.format(e.getWarrantyUntil()))
                .setHeader(getTranslation("crm.equipment.warranty-until")).setFlexGrow(1);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EquipmentCardView.class,
                EquipmentCardView.parameters(e.getItem().getId()))));
        grid.setSizeFull();
        refresh();
        com.vaadin.flow.component.button.Button importButton =
                transfers.importButton(CrmTransfer.Kind.EQUIPMENT, this::refresh);
        importButton.setVisible(TransferActions.canImport());
        com.vaadin.flow.component.orderedlayout.HorizontalLayout toolbar =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(search, importButton,
                        transfers.exportLink(CrmTransfer.Kind.EQUIPMENT));
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        search.setWidth(null);
        search.getStyle().set("flex-grow", "1");
        add(toolbar, grid);
    }

    private void refresh() {
        String q = search.getValue();
        grid.setItems(query -> equipment.search(q, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, equipment.count(q)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.equipment.title");
    }
}
