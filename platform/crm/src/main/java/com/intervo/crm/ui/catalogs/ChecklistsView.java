package com.intervo.crm.ui.catalogs;

import com.intervo.crm.CatalogService;
import com.intervo.crm.domain.Checklist;
import com.intervo.crm.domain.ChecklistPoint;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checklists: ordered points, each with predefined defects and possible causes (one per line). */
@Route("catalogs/checklists")
@Menu(title = "crm.catalogs.checklists", order = 802, icon = "vaadin:check-square-o")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class ChecklistsView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogService catalogs;
    private final Grid<Checklist> grid = new ListGrid<>();

    ChecklistsView(CatalogService catalogs) {
        this.catalogs = catalogs;
        setId("checklists-view");
        setSizeFull();
        Button add =
                new Button(getTranslation("crm.action.add"), VaadinIcon.PLUS.create(), e -> new Editor(null).open());
        add.setId("catalog-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("catalog-grid");
        grid.addColumn(Checklist::getName)
                .setHeader(getTranslation("crm.catalogs.name"))
                .setFlexGrow(3);
        grid.addComponentColumn(c -> Actions.deactivate(() -> {
                    catalogs.deactivate(CatalogService.CatalogKind.CHECKLIST, c.getId());
                    refresh();
                }))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addItemDoubleClickListener(
                e -> new Editor(catalogs.checklist(e.getItem().getId())).open());
        grid.setSizeFull();
        refresh();
        add(add, grid);
    }

    private void refresh() {
        grid.setItems(catalogs.checklists());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.catalogs.checklists");
    }

    private final class Editor extends Dialog {
        private final TextField name = new TextField(getTranslation("crm.catalogs.name"));
        private final VerticalLayout rows = new VerticalLayout();
        private final List<PointRow> points = new ArrayList<>();
        private final Button addPoint = new Button();

        Editor(Checklist existing) {
            setId("checklist-dialog");
            setHeaderTitle(
                    getTranslation(existing == null ? "crm.catalogs.checklists.new" : "crm.catalogs.checklists.edit"));
            setWidth("min(50rem, 100vw)");
            name.setId("catalog-name");
            name.setWidthFull();
            rows.setPadding(false);
            addPoint.setText(getTranslation("crm.catalogs.checklists.add-point"));
            addPoint.setIcon(VaadinIcon.PLUS.create());
            addPoint.addClickListener(e -> addPoint(null));
            addPoint.setId("checklist-add-point");
            addPoint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(name, rows, addPoint);
            if (existing != null) {
                name.setValue(existing.getName());
                existing.getPoints().forEach(p -> addPoint(p.toDraft()));
            }
            Button save = new Button(getTranslation("crm.action.save"), e -> save(existing));
            save.setId("catalog-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("crm.action.cancel"), e -> close()), save);
        }

        private void addPoint(ChecklistPoint.Draft draft) {
            PointRow row = new PointRow(draft);
            points.add(row);
            rows.add(row.layout);
            limit();
        }

        /** No more points than the service takes (a checklist is copied onto every ticket). */
        private void limit() {
            boolean room = points.size() < CatalogService.MAX_CHECKLIST_POINTS;
            addPoint.setEnabled(room);
            addPoint.setTooltipText(
                    room ? null : getTranslation("crm.error.too-many", CatalogService.MAX_CHECKLIST_POINTS));
        }

        private void save(Checklist existing) {
            Map<String, HasValidation> fields = new HashMap<>();
            fields.put("name", name);
            for (int i = 0; i < points.size(); i++) {
                fields.put("points[" + i + "].text", points.get(i).text);
                fields.put("points[" + i + "].defects", points.get(i).defects);
                fields.put("points[" + i + "].causes", points.get(i).causes);
            }
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                catalogs.saveChecklist(
                        existing == null ? null : existing.getId(),
                        name.getValue(),
                        points.stream().map(PointRow::draft).toList());
                Notifications.success("crm.saved");
                close();
                refresh();
            } catch (RuntimeException ex) {
                Notifications.show(ex, fields);
            }
        }

        private final class PointRow {
            final TextField text = new TextField(getTranslation("crm.catalogs.checklists.point"));
            final Checkbox mandatory = new Checkbox(getTranslation("crm.catalogs.checklists.mandatory"));
            final TextArea defects = new TextArea(getTranslation("crm.catalogs.checklists.defects"));
            final TextArea causes = new TextArea(getTranslation("crm.catalogs.checklists.causes"));
            final FormLayout layout;

            PointRow(ChecklistPoint.Draft d) {
                text.addClassName("checklist-point-text");
                defects.setHelperText(getTranslation("crm.catalogs.checklists.one-per-line"));
                causes.setHelperText(getTranslation("crm.catalogs.checklists.one-per-line"));
                if (d != null) {
                    text.setValue(d.text());
                    mandatory.setValue(d.mandatory());
                    defects.setValue(String.join("\n", d.defects()));
                    causes.setValue(String.join("\n", d.causes()));
                }
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(-1));
                up.setAriaLabel(getTranslation("crm.action.move-up"));
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button remove = new Button(VaadinIcon.TRASH.create());
                remove.setAriaLabel(getTranslation("crm.action.remove"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                layout = new FormLayout(text, mandatory, defects, causes, up, remove);
                layout.setResponsiveSteps(
                        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34em", 2));
                remove.addClickListener(e -> {
                    points.remove(this);
                    rows.remove(layout);
                    limit();
                });
            }

            private void move(int delta) {
                int i = points.indexOf(this);
                int j = i + delta;
                if (j < 0 || j >= points.size()) {
                    return;
                }
                points.remove(i);
                points.add(j, this);
                rows.removeAll();
                points.forEach(p -> rows.add(p.layout));
            }

            ChecklistPoint.Draft draft() {
                return new ChecklistPoint.Draft(
                        text.getValue(), mandatory.getValue(), lines(defects.getValue()), lines(causes.getValue()));
            }
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
