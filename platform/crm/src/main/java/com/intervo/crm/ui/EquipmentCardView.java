package com.intervo.crm.ui;

import com.intervo.crm.EquipmentService;
import com.intervo.crm.EquipmentTimeline;
import com.intervo.crm.TimelineEntry;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.DisplayValue;
import com.intervo.kernel.files.FileStorage;
import com.intervo.kernel.files.ui.PhotoGallery;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.map.MapSettings;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.Notifications;
import com.intervo.kernel.ui.map.LeafletMap;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The equipment card: details, photos, custom fields, warranty, location and everything that happened to it. */
@Route("equipment/:equipmentId")
@PermitAll
class EquipmentCardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient EquipmentService equipment;
    private final transient EquipmentTimeline timeline;
    private final transient EquipmentFormDialog.Factory dialogs;
    private String title = "";

    private final transient MapSettings mapSettings;
    private final transient WorkspaceClock workspace;
    private final transient CustomFieldService customFields;
    private final transient FileStorage storage;

    EquipmentCardView(
            EquipmentService equipment,
            EquipmentTimeline timeline,
            EquipmentFormDialog.Factory dialogs,
            MapSettings mapSettings,
            WorkspaceClock workspace,
            CustomFieldService customFields,
            FileStorage storage) {
        this.customFields = customFields;
        this.storage = storage;
        this.equipment = equipment;
        this.timeline = timeline;
        this.dialogs = dialogs;
        this.mapSettings = mapSettings;
        this.workspace = workspace;
        setId("equipment-card");
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters("equipmentId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Equipment> item = event.getRouteParameters()
                .get("equipmentId")
                .flatMap(CustomerView::uuid)
                .flatMap(equipment::find);
        if (item.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(item.get());
    }

    /** Asks first; a removal refused (in use) is shown, and nothing changes. */
    private void confirmDelete(Equipment e) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        confirm.setId("equipment-delete-confirm");
        confirm.setHeader(getTranslation("crm.equipment.delete.title", e.displayName()));
        confirm.setText(getTranslation("crm.equipment.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("crm.action.cancel"));
        confirm.setConfirmText(getTranslation("crm.equipment.delete"));
        confirm.setConfirmButtonTheme(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.addConfirmListener(event -> {
            try {
                equipment.delete(e.getId(), e.getVersion());
                Notifications.success("crm.equipment.deleted", e.displayName());
                getUI().ifPresent(ui -> ui.navigate(EquipmentListView.class));
            } catch (RuntimeException ex) {
                Notifications.show(ex, java.util.Map.of());
            }
        });
        confirm.open();
    }

    private void show(Equipment e) {
        removeAll();
        title = e.displayName();
        DateTimeFormatter dates = Formats.dates(getLocale());
        ZoneId zone = workspace.zone();
        DateTimeFormatter times = Formats.dateTimes(getLocale(), zone);

        H2 heading = new H2(e.displayName());
        heading.setId("equipment-title");
        Button edit = new Button(
                getTranslation("crm.action.edit"),
                VaadinIcon.EDIT.create(),
                click -> dialogs.create(e, null, this::show).open());
        edit.setVisible(Permissions.canRegisterEquipment());
        Button delete = new Button(
                getTranslation("crm.equipment.delete"), VaadinIcon.TRASH.create(), click -> confirmDelete(e));
        delete.setId("equipment-delete");
        delete.addThemeVariants(
                com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(Permissions.canDeleteEquipment());
        HorizontalLayout header = new HorizontalLayout(heading, edit, delete);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header);

        Div details = new Div();
        details.setId("equipment-details");
        fact(details, "crm.equipment.serial", e.getSerialNumber());
        fact(
                details,
                "crm.equipment.type",
                e.getType() == null ? null : e.getType().getName());
        fact(details, "crm.equipment.name", e.getName());
        RouterLink owner = new RouterLink(
                e.getCustomer().getName(),
                CustomerView.class,
                CustomerView.parameters(e.getCustomer().getId()));
        details.add(new Paragraph(new Span(getTranslation("crm.equipment.customer") + ": "), owner));
        if (e.getSite() != null) {
            fact(
                    details,
                    "crm.equipment.site",
                    e.getSite().getLabel() + " – " + e.getSite().address());
        }
        fact(
                details,
                "crm.equipment.install-date",
                e.getInstallDate() == null ? null : dates.format(e.getInstallDate()));
        fact(details, "crm.equipment.notes", e.getNotes());
        if (e.getLatitude() != null) {
            fact(
                    details,
                    "crm.equipment.location",
                    e.getLatitude().toPlainString() + ", " + e.getLongitude().toPlainString());
        }
        add(details);
        add(
                new H3(getTranslation("crm.equipment.photos")),
                new PhotoGallery(storage, EquipmentService.PHOTO_OWNER, e.getId(), true));
        if (e.getLatitude() != null) {
            LeafletMap map = new LeafletMap(mapSettings);
            map.setId("equipment-card-map");
            map.setMarkers(List.of(new LeafletMap.Marker(
                    e.getLatitude().doubleValue(), e.getLongitude().doubleValue(), e.getSerialNumber())));
            add(map);
        }

        Span warranty = new Span(
                e.getWarrantyUntil() == null
                        ? getTranslation("crm.equipment.warranty.none")
                        : getTranslation(
                                e.underWarrantyOn(workspace.today())
                                        ? "crm.equipment.warranty.active-until"
                                        : "crm.equipment.warranty.expired-on",
                                dates.format(e.getWarrantyUntil())));
        warranty.setId("equipment-warranty");
        warranty.addClassName("intervo-badge");
        warranty.addClassName(e.underWarrantyOn(workspace.today()) ? "success" : "error");
        add(new H3(getTranslation("crm.equipment.warranty")), warranty);

        List<DisplayValue> custom = customFields.display(
                CustomizableEntity.EQUIPMENT,
                e.getType() == null ? null : e.getType().getId(),
                e.getCustomFields(),
                getLocale());
        if (!custom.isEmpty()) {
            add(new H3(getTranslation("crm.equipment.custom-fields")));
            Div fields = new Div();
            fields.setId("equipment-custom-fields");
            custom.forEach(v -> fields.add(new Paragraph(v.label() + ": " + v.value())));
            add(fields);
        }

        add(new H3(getTranslation("crm.equipment.history")));
        UnorderedList history = new UnorderedList();
        history.setId("equipment-timeline");
        for (TimelineEntry entry : timeline.of(e)) {
            String text = times.format(entry.at()) + " — " + getTranslation(entry.titleKey())
                    + (entry.detail() == null || entry.detail().isBlank() ? "" : ": " + entry.detail());
            // an entry a module can open (a service sheet) links to it
            history.add(
                    entry.route() == null
                            ? new ListItem(text)
                            : new ListItem(new com.vaadin.flow.component.html.Anchor(entry.route(), text)));
        }
        add(history);
    }

    private void fact(Div details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.add(new Paragraph(getTranslation(key) + ": " + value));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
