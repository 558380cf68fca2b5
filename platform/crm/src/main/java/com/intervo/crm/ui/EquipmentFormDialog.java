package com.intervo.crm.ui;

import com.intervo.crm.CatalogService;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.EquipmentModel;
import com.intervo.crm.domain.EquipmentType;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.ui.CustomFieldsForm;
import com.intervo.kernel.map.MapSettings;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.Notifications;
import com.intervo.kernel.ui.map.LeafletMap;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Register or edit a piece of equipment of a customer: model, serial number, dates, location. */
class EquipmentFormDialog extends Dialog {

    @Component
    static class Factory {
        private final EquipmentService equipment;
        private final CustomerService customers;
        private final CatalogService catalogs;
        private final MapSettings map;
        private final CustomFieldService customFields;

        Factory(
                EquipmentService equipment,
                CustomerService customers,
                CatalogService catalogs,
                MapSettings map,
                CustomFieldService customFields) {
            this.customFields = customFields;
            this.equipment = equipment;
            this.customers = customers;
            this.catalogs = catalogs;
            this.map = map;
        }

        /** @param customer preset owner when registering from a customer's page */
        EquipmentFormDialog create(Equipment existing, Customer customer, Consumer<Equipment> onSaved) {
            return new EquipmentFormDialog(this, existing, customer, onSaved);
        }
    }

    private final transient Factory services;
    private final transient Equipment existing;
    private final transient Consumer<Equipment> onSaved;
    private final ComboBox<Customer> customer = new ComboBox<>();
    private final ComboBox<Site> site = new ComboBox<>();
    private final ComboBox<EquipmentType> type = new ComboBox<>();
    private final ComboBox<EquipmentModel> model = new ComboBox<>();
    private final TextField serial = new TextField();
    private final TextField name = new TextField();
    private final DatePicker installDate = LocalizedPickers.date();
    private final DatePicker warrantyUntil = LocalizedPickers.date();
    private final TextArea notes = new TextArea();
    private final BigDecimalField latitude = new BigDecimalField();
    private final BigDecimalField longitude = new BigDecimalField();
    private final Div customFieldsArea = new Div();
    private CustomFieldsForm customFields;

    EquipmentFormDialog(Factory services, Equipment existing, Customer presetCustomer, Consumer<Equipment> onSaved) {
        this.services = services;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("equipment-dialog");
        setHeaderTitle(getTranslation(existing == null ? "crm.equipment.new" : "crm.equipment.edit"));
        setWidth("min(48rem, 100vw)");

        customer.setId("equipment-customer");
        customer.setLabel(getTranslation("crm.equipment.customer"));
        customer.setRequiredIndicatorVisible(true);
        customer.setItemLabelGenerator(Customer::getName);
        customer.setItems(query ->
                services.customers.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        customer.addValueChangeListener(e -> {
            site.clear();
            site.setItems(
                    e.getValue() == null ? java.util.List.of() : e.getValue().getSites());
        });
        site.setId("equipment-site");
        site.setLabel(getTranslation("crm.equipment.site"));
        site.setItemLabelGenerator(s -> s.getLabel() + (s.address().isEmpty() ? "" : " – " + s.address()));
        site.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().getLatitude() != null && latitude.isEmpty()) {
                latitude.setValue(e.getValue().getLatitude());
                longitude.setValue(e.getValue().getLongitude());
            }
        });

        type.setId("equipment-type");
        type.setLabel(getTranslation("crm.equipment.type"));
        type.setItems(services.catalogs.equipmentTypes());
        type.setItemLabelGenerator(EquipmentType::getName);
        model.setId("equipment-model");
        model.setLabel(getTranslation("crm.equipment.model"));
        model.setItemLabelGenerator(EquipmentModel::fullName);
        model.setItems(services.catalogs.models());
        type.addValueChangeListener(e -> {
            model.setItems(services.catalogs.models(
                    null, e.getValue() == null ? null : e.getValue().getId()));
            showCustomFields(customFields == null ? Map.of() : customFields.getValues());
        });
        model.addValueChangeListener(e -> {
            if (e.getValue() != null
                    && (type.getValue() == null
                            || !Objects.equals(
                                    type.getValue().getId(),
                                    e.getValue().getType().getId()))) {
                type.setValue(e.getValue().getType());
                model.setValue(e.getValue());
            }
        });

        serial.setId("equipment-serial");
        serial.setLabel(getTranslation("crm.equipment.serial"));
        serial.setRequiredIndicatorVisible(true);
        serial.setMaxLength(100);
        name.setLabel(getTranslation("crm.equipment.name"));
        name.setMaxLength(300);
        installDate.setLabel(getTranslation("crm.equipment.install-date"));
        warrantyUntil.setLabel(getTranslation("crm.equipment.warranty-until"));
        notes.setLabel(getTranslation("crm.equipment.notes"));
        notes.setMaxLength(4000);
        latitude.setId("equipment-latitude");
        latitude.setLabel(getTranslation("crm.location.latitude"));
        longitude.setId("equipment-longitude");
        longitude.setLabel(getTranslation("crm.location.longitude"));

        LeafletMap map = new LeafletMap(services.map);
        map.setId("equipment-map");
        map.setHeight("16rem");
        map.enablePicking((lat, lng) -> {
            latitude.setValue(lat);
            longitude.setValue(lng);
        });
        latitude.addValueChangeListener(e -> showPin(map));
        longitude.addValueChangeListener(e -> showPin(map));
        Span mapHint = new Span(getTranslation("crm.location.pick-hint"));
        mapHint.addClassName("intervo-hint");

        FormLayout form = new FormLayout(
                customer,
                site,
                type,
                model,
                serial,
                name,
                installDate,
                warrantyUntil,
                latitude,
                longitude,
                mapHint,
                map,
                notes);
        form.setColspan(notes, 2);
        form.setColspan(map, 2);
        form.setColspan(mapHint, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        customFieldsArea.setId("equipment-custom-fields-form");
        add(form, customFieldsArea);

        if (existing != null) {
            customer.setValue(existing.getCustomer());
            site.setValue(existing.getSite());
            type.setValue(existing.getType());
            model.setValue(existing.getModel());
            serial.setValue(existing.getSerialNumber());
            name.setValue(existing.getName() == null ? "" : existing.getName());
            installDate.setValue(existing.getInstallDate());
            warrantyUntil.setValue(existing.getWarrantyUntil());
            notes.setValue(existing.getNotes() == null ? "" : existing.getNotes());
            latitude.setValue(existing.getLatitude());
            longitude.setValue(existing.getLongitude());
            showCustomFields(existing.getCustomFields());
        } else if (presetCustomer != null) {
            customer.setValue(presetCustomer);
            customer.setReadOnly(true);
        }

        if (customFields == null) {
            showCustomFields(Map.of());
        }
        Button save = new Button(getTranslation("crm.action.save"), e -> save());
        save.setId("equipment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("crm.action.cancel"), e -> close()), save);
    }

    /** The general custom fields plus those of the chosen type; values typed so far are kept. */
    private void showCustomFields(Map<String, Object> values) {
        customFieldsArea.removeAll();
        customFields = new CustomFieldsForm(services.customFields.definitions(
                CustomizableEntity.EQUIPMENT,
                type.getValue() == null ? null : type.getValue().getId()));
        customFields.setValues(values);
        if (!customFields.definitions().isEmpty()) {
            customFieldsArea.add(new H4(getTranslation("crm.custom-fields")), customFields);
        }
    }

    private void showPin(LeafletMap map) {
        if (latitude.getValue() != null && longitude.getValue() != null) {
            map.setMarkers(java.util.List.of(new LeafletMap.Marker(
                    latitude.getValue().doubleValue(), longitude.getValue().doubleValue(), serial.getValue())));
        } else {
            map.setMarkers(java.util.List.of());
        }
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("customerId", customer);
        fields.put("siteId", site);
        fields.put("typeId", type);
        fields.put("modelId", model);
        fields.put("serialNumber", serial);
        fields.put("name", name);
        fields.put("warrantyUntil", warrantyUntil);
        fields.put("latitude", latitude);
        fields.put("longitude", longitude);
        fields.put("notes", notes);
        fields.values().forEach(f -> f.setInvalid(false));
        Equipment.Draft draft = new Equipment.Draft(
                customer.getValue() == null ? null : customer.getValue().getId(),
                site.getValue() == null ? null : site.getValue().getId(),
                type.getValue() == null ? null : type.getValue().getId(),
                model.getValue() == null ? null : model.getValue().getId(),
                serial.getValue(),
                name.getValue(),
                installDate.getValue(),
                warrantyUntil.getValue(),
                notes.getValue(),
                latitude.getValue(),
                longitude.getValue(),
                customFields.getValues());
        customFields.clearErrors();
        try {
            Equipment saved = existing == null
                    ? services.equipment.register(draft)
                    : services.equipment.update(existing.getId(), existing.getVersion(), draft);
            Notifications.success("crm.saved");
            close();
            onSaved.accept(saved);
        } catch (CustomFieldValidationException e) {
            customFields.showErrors(e);
            Notifications.error("crm.custom-fields.invalid");
        } catch (RuntimeException e) {
            Notifications.show(e, fields);
        }
    }
}
