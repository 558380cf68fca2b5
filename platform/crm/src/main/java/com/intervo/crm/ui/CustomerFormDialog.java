package com.intervo.crm.ui;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.CustomerContact;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.ui.CustomFieldsForm;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Create or edit a customer with contacts and sites. Nothing is saved until every field is valid. */
class CustomerFormDialog extends Dialog {

    /** Creates the dialog with the services it needs. */
    @Component
    static class Factory {
        private final CustomerService customers;
        private final CustomFieldService customFields;

        Factory(CustomerService customers, CustomFieldService customFields) {
            this.customers = customers;
            this.customFields = customFields;
        }

        CustomerFormDialog create(Customer existing, Consumer<Customer> onSaved) {
            return new CustomerFormDialog(
                    customers,
                    new CustomFieldsForm(customFields.definitions(CustomizableEntity.CUSTOMER, null)),
                    existing,
                    onSaved);
        }
    }

    private final transient CustomerService customers;
    private final transient Customer existing;
    private final transient Consumer<Customer> onSaved;
    private final RadioButtonGroup<Customer.Kind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final TextField taxId = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<String> language = new Select<>();
    private final TextArea notes = new TextArea();
    private final VerticalLayout contactRows = new VerticalLayout();
    private final VerticalLayout siteRows = new VerticalLayout();
    private final List<ContactRow> contacts = new ArrayList<>();
    private final List<SiteRow> sites = new ArrayList<>();
    private final Button addContact = new Button();
    private final Button addSite = new Button();

    private final CustomFieldsForm customFields;

    CustomerFormDialog(
            CustomerService customers, CustomFieldsForm customFields, Customer existing, Consumer<Customer> onSaved) {
        this.customers = customers;
        this.customFields = customFields;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("customer-dialog");
        setHeaderTitle(getTranslation(existing == null ? "crm.customers.new" : "crm.customer.edit"));
        setWidth("min(52rem, 100vw)");

        kind.setItems(Customer.Kind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("crm.customer.kind." + k.name().toLowerCase()));
        kind.setLabel(getTranslation("crm.customer.kind"));
        kind.setValue(Customer.Kind.PERSON);
        name.setId("customer-name");
        name.setLabel(getTranslation("crm.customer.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(300);
        taxId.setLabel(getTranslation("crm.customer.tax-id"));
        taxId.setMaxLength(50);
        email.setId("customer-email");
        email.setLabel(getTranslation("crm.customer.email"));
        phone.setId("customer-phone");
        phone.setLabel(getTranslation("crm.customer.phone"));
        phone.setMaxLength(50);
        language.setLabel(getTranslation("crm.customer.language"));
        language.setItems("", "en", "ro", "ru", "cs");
        language.setItemLabelGenerator(l -> l.isEmpty()
                ? getTranslation("crm.customer.language.default")
                : Messages.nativeName(Locale.forLanguageTag(l)));
        language.setValue("");
        notes.setLabel(getTranslation("crm.customer.notes"));
        notes.setMaxLength(4000);

        FormLayout form = new FormLayout(kind, name, taxId, email, phone, language, notes);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));

        contactRows.setPadding(false);
        siteRows.setPadding(false);
        addContact.setText(getTranslation("crm.customer.add-contact"));
        addContact.setIcon(VaadinIcon.PLUS.create());
        addContact.addClickListener(e -> addContact(null));
        addContact.setId("add-contact");
        addContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addSite.setText(getTranslation("crm.customer.add-site"));
        addSite.setIcon(VaadinIcon.PLUS.create());
        addSite.addClickListener(e -> addSite(null));
        addSite.setId("add-site");
        addSite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(form);
        if (!customFields.definitions().isEmpty()) {
            add(new H4(getTranslation("crm.custom-fields")), customFields);
        }
        add(
                new H4(getTranslation("crm.customer.contacts")),
                contactRows,
                addContact,
                new H4(getTranslation("crm.customer.sites")),
                siteRows,
                addSite);

        if (existing != null) {
            kind.setValue(existing.getKind());
            name.setValue(existing.getName());
            taxId.setValue(nz(existing.getTaxId()));
            email.setValue(nz(existing.getEmail()));
            phone.setValue(nz(existing.getPhone()));
            language.setValue(nz(existing.getLanguage()));
            notes.setValue(nz(existing.getNotes()));
            customFields.setValues(existing.getCustomFields());
            existing.getContacts().forEach(c -> addContact(c.toDraft()));
            existing.getSites().forEach(s -> addSite(s.toDraft()));
        }

        Button save = new Button(getTranslation("crm.action.save"), e -> save());
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("crm.action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void addContact(CustomerContact.Draft draft) {
        ContactRow row = new ContactRow(draft);
        contacts.add(row);
        contactRows.add(row.layout);
        limits();
    }

    private void addSite(Site.Draft draft) {
        SiteRow row = new SiteRow(draft);
        sites.add(row);
        siteRows.add(row.layout);
        limits();
    }

    /** The form offers no more rows than the service takes. */
    private void limits() {
        limit(addContact, contacts.size(), CustomerService.MAX_CONTACTS);
        limit(addSite, sites.size(), CustomerService.MAX_SITES);
    }

    private void limit(Button add, int rows, int max) {
        add.setEnabled(rows < max);
        add.setTooltipText(rows < max ? null : getTranslation("crm.error.too-many", max));
    }

    /** The user said they mean a new customer though one with the same phone or e-mail exists. */
    private boolean newCustomerConfirmed;

    private void save() {
        if (existing == null && !newCustomerConfirmed) {
            List<Customer> same = customers.possibleDuplicates(phone.getValue(), email.getValue());
            if (!same.isEmpty()) {
                askAboutDuplicates(same);
                return;
            }
        }
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("taxId", taxId);
        fields.put("notes", notes);
        for (int i = 0; i < contacts.size(); i++) {
            fields.put("contacts[" + i + "].name", contacts.get(i).name);
            fields.put("contacts[" + i + "].email", contacts.get(i).email);
        }
        for (int i = 0; i < sites.size(); i++) {
            fields.put("sites[" + i + "].label", sites.get(i).label);
            fields.put("sites[" + i + "].country", sites.get(i).country);
        }
        fields.values().forEach(f -> f.setInvalid(false));
        customFields.clearErrors();
        CustomerDraft draft = new CustomerDraft(
                kind.getValue(),
                name.getValue(),
                taxId.getValue(),
                email.getValue(),
                phone.getValue(),
                language.getValue(),
                notes.getValue(),
                customFields.getValues(),
                contacts.stream().map(ContactRow::draft).toList(),
                sites.stream().map(SiteRow::draft).toList());
        try {
            Customer saved = existing == null
                    ? customers.create(draft)
                    : customers.update(existing.getId(), existing.getVersion(), draft);
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

    /** Lists the customers with the same phone or e-mail: open one of them, or create the new one anyway. */
    private void askAboutDuplicates(List<Customer> same) {
        com.vaadin.flow.component.dialog.Dialog ask = new com.vaadin.flow.component.dialog.Dialog();
        ask.setId("customer-duplicates");
        ask.setHeaderTitle(getTranslation("crm.duplicates.title"));
        ask.setWidth("min(36rem, 95vw)");
        ask.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("crm.duplicates.text")));
        for (int i = 0; i < same.size(); i++) {
            Customer c = same.get(i);
            com.vaadin.flow.component.html.Span who = new com.vaadin.flow.component.html.Span(String.join(
                    " · ",
                    java.util.stream.Stream.of(c.getName(), c.getPhone(), c.getEmail())
                            .filter(t -> t != null && !t.isBlank())
                            .toList()));
            Button use = new Button(getTranslation("crm.duplicates.open"), e -> {
                ask.close();
                close();
                onSaved.accept(c);
            });
            use.setId("customer-use-" + i);
            use.addThemeVariants(
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            com.vaadin.flow.component.orderedlayout.HorizontalLayout row =
                    new com.vaadin.flow.component.orderedlayout.HorizontalLayout(who, use);
            row.setWidthFull();
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            row.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.BETWEEN);
            ask.add(row);
        }
        Button anyway = new Button(getTranslation("crm.duplicates.create"), e -> {
            ask.close();
            newCustomerConfirmed = true;
            save();
        });
        anyway.setId("customer-create-anyway");
        Button back = new Button(getTranslation("crm.action.cancel"), e -> ask.close());
        ask.getFooter().add(back, anyway);
        ask.open();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private final class ContactRow {
        final TextField name = new TextField();
        final TextField role = new TextField();
        final EmailField email = new EmailField();
        final TextField phone = new TextField();
        final FormLayout layout;

        ContactRow(CustomerContact.Draft d) {
            name.setLabel(getTranslation("crm.contact.name"));
            role.setLabel(getTranslation("crm.contact.role"));
            email.setLabel(getTranslation("crm.customer.email"));
            phone.setLabel(getTranslation("crm.customer.phone"));
            if (d != null) {
                name.setValue(nz(d.name()));
                role.setValue(nz(d.role()));
                email.setValue(nz(d.email()));
                phone.setValue(nz(d.phone()));
            }
            Button remove = new Button(VaadinIcon.TRASH.create());
            remove.setAriaLabel(getTranslation("crm.action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            layout = new FormLayout(name, role, email, phone, remove);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 5));
            remove.addClickListener(e -> {
                contacts.remove(this);
                contactRows.remove(layout);
                limits();
            });
        }

        CustomerContact.Draft draft() {
            return new CustomerContact.Draft(name.getValue(), role.getValue(), email.getValue(), phone.getValue());
        }
    }

    private final class SiteRow {
        final UUID id;
        final TextField label = new TextField();
        final TextField street = new TextField();
        final TextField city = new TextField();
        final TextField county = new TextField();
        final TextField postalCode = new TextField();
        final TextField country = new TextField();
        final BigDecimalField latitude = new BigDecimalField();
        final BigDecimalField longitude = new BigDecimalField();
        final FormLayout layout;

        SiteRow(Site.Draft d) {
            id = d == null ? null : d.id();
            label.setLabel(getTranslation("crm.site.label"));
            label.addClassName("site-label");
            street.setLabel(getTranslation("crm.site.street"));
            street.addClassName("site-street");
            city.setLabel(getTranslation("crm.site.city"));
            city.addClassName("site-city");
            county.setLabel(getTranslation("crm.site.county"));
            postalCode.setLabel(getTranslation("crm.site.postal-code"));
            country.setLabel(getTranslation("crm.site.country"));
            country.setMaxLength(2);
            latitude.setLabel(getTranslation("crm.location.latitude"));
            longitude.setLabel(getTranslation("crm.location.longitude"));
            if (d != null) {
                label.setValue(nz(d.label()));
                street.setValue(nz(d.street()));
                city.setValue(nz(d.city()));
                county.setValue(nz(d.county()));
                postalCode.setValue(nz(d.postalCode()));
                country.setValue(nz(d.country()));
                latitude.setValue(d.latitude());
                longitude.setValue(d.longitude());
            } else if (sites.isEmpty()) {
                label.setValue(getTranslation("crm.site.main"));
            }
            Button remove = new Button(VaadinIcon.TRASH.create());
            remove.setAriaLabel(getTranslation("crm.action.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            layout = new FormLayout(label, street, city, county, postalCode, country, latitude, longitude, remove);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 4));
            remove.addClickListener(e -> {
                sites.remove(this);
                siteRows.remove(layout);
                limits();
            });
        }

        Site.Draft draft() {
            return new Site.Draft(
                    id,
                    label.getValue(),
                    street.getValue(),
                    city.getValue(),
                    county.getValue(),
                    postalCode.getValue(),
                    country.getValue(),
                    latitude.getValue(),
                    longitude.getValue());
        }
    }
}
