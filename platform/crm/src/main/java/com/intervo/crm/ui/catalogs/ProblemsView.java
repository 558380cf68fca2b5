package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.Problem;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Common reported problems, ticked at intake instead of typed. */
@Route("catalogs/problems")
@Menu(title = "crm.catalogs.problems", order = 803, icon = "vaadin:warning")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class ProblemsView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogService catalogs;
    private final Grid<Problem> grid = new ListGrid<>();

    ProblemsView(CatalogService catalogs) {
        this.catalogs = catalogs;
        setId("problems-view");
        setSizeFull();
        Button add = new Button(getTranslation("crm.action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("catalog-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("catalog-grid");
        grid.addColumn(Problem::getName)
                .setHeader(getTranslation("crm.catalogs.name"))
                .setFlexGrow(3);
        grid.addColumn(p -> p.getType() == null
                        ? getTranslation("crm.catalogs.all-types")
                        : p.getType().getName())
                .setHeader(getTranslation("crm.catalogs.type"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> Actions.deactivate(() -> {
                    catalogs.deactivate(CatalogService.CatalogKind.PROBLEM, p.getId());
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
        grid.setItems(catalogs.problems());
    }

    private void edit(Problem existing) {
        TextField name = new TextField(getTranslation("crm.catalogs.name"));
        name.setId("catalog-name");
        ComboBox<EquipmentType> type = new ComboBox<>(getTranslation("crm.catalogs.type"));
        type.setItems(catalogs.equipmentTypes());
        type.setItemLabelGenerator(EquipmentType::getName);
        type.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.getName());
            type.setValue(existing.getType());
        }
        new CatalogDialog(
                        existing == null ? "crm.catalogs.problems.new" : "crm.catalogs.problems.edit",
                        Map.of("name", name),
                        () -> catalogs.saveProblem(
                                existing == null ? null : existing.getId(),
                                name.getValue(),
                                type.getValue() == null ? null : type.getValue().getId()),
                        this::refresh,
                        name,
                        type)
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.catalogs.problems");
    }
}
