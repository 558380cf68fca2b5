package com.intervo.workshop.ui;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.customization.ui.CustomFieldsForm;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.Intake;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetIntake;
import com.intervo.workshop.WorkshopModule;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk: a customer walks in with a device. One screen: find or create the customer, find the device by its
 * serial number / IMEI or register it, what is wrong, what was left with it, the estimate and the promised date.
 */
@Route("workshop/intake")
@Menu(title = "workshop.intake.title", order = 1, icon = "vaadin:plus-circle")
@RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
class IntakeView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final transient SheetIntake intake;
    private final transient RepairQueue sheets;
    private final transient CustomerService customers;
    private final transient EquipmentService equipment;

    private final RadioButtonGroup<String> customerMode = new RadioButtonGroup<>();
    private final ComboBox<CustomerRef> customer = new ComboBox<>();
    private final TextField customerName = new TextField();
    private final TextField customerPhone = new TextField();
    private final EmailField customerEmail = new EmailField();
    private final ComboBox<String> customerLanguage = new ComboBox<>();
    private final TextField serial = new TextField();
    private final Paragraph deviceInfo = new Paragraph();
    private final TextField deviceName = new TextField();
    private final TextArea problem = new TextArea();
    private final TextField accessories = new TextField();
    private final TextField condition = new TextField();
    private final BigDecimalField estimate = new BigDecimalField();
    private final DatePicker promised = LocalizedPickers.date();
    private final ComboBox<UserAccount> technician = new ComboBox<>();
    private final Checkbox emailProtocol = new Checkbox();
    private final CustomFieldsForm customFields;
    private EquipmentRef found;

    IntakeView(
            SheetIntake intake,
            RepairQueue sheets,
            CustomerService customers,
            EquipmentService equipment,
            CustomFieldService customFieldService,
            com.intervo.kernel.tenancy.WorkspaceClock workspace) {
        this.intake = intake;
        this.sheets = sheets;
        this.customers = customers;
        this.equipment = equipment;
        setId("intake-view");
        setMaxWidth("60rem");

        customerMode.setId("intake-customer-mode");
        customerMode.setItems("existing", "new");
        customerMode.setItemLabelGenerator(m ->
                getTranslation("new".equals(m) ? "workshop.intake.customer-new" : "workshop.intake.customer-existing"));
        customerMode.setValue("existing");
        customerMode.addValueChangeListener(e -> showCustomerMode());
        customer.setId("intake-customer");
        customer.setLabel(getTranslation("workshop.intake.customer"));
        customer.setItemLabelGenerator(c -> c.name() + (c.phone() == null ? "" : " · " + c.phone()));
        customer.setItems(query ->
                customers.searchRefs(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        customer.addValueChangeListener(e -> lookUpDevice());
        customerName.setId("intake-customer-name");
        customerName.setLabel(getTranslation("workshop.intake.customer-name"));
        customerPhone.setId("intake-customer-phone");
        customerPhone.setLabel(getTranslation("workshop.intake.customer-phone"));
        customerEmail.setId("intake-customer-email");
        customerEmail.setLabel(getTranslation("workshop.intake.customer-email"));
        customerLanguage.setId("intake-customer-language");
        customerLanguage.setLabel(getTranslation("workshop.intake.customer-language"));
        customerLanguage.setItems("ro", "en", "ru", "cs");
        customerLanguage.setItemLabelGenerator(
                l -> com.intervo.kernel.i18n.Messages.nativeName(java.util.Locale.forLanguageTag(l)));
        customerLanguage.setValue(
                com.intervo.kernel.i18n.Messages.supported(getLocale()).getLanguage());

        serial.setId("intake-serial");
        serial.setLabel(getTranslation("workshop.intake.serial"));
        serial.setHelperText(getTranslation("workshop.intake.serial-help"));
        serial.setRequiredIndicatorVisible(true);
        serial.setValueChangeMode(ValueChangeMode.LAZY);
        serial.addValueChangeListener(e -> lookUpDevice());
        deviceInfo.setId("intake-device-info");
        deviceInfo.addClassName("intervo-hint");
        deviceName.setId("intake-device-name");
        deviceName.setLabel(getTranslation("workshop.intake.device-name"));
        deviceName.setPlaceholder(getTranslation("workshop.intake.device-name-placeholder"));

        problem.setId("intake-problem");
        problem.setLabel(getTranslation("workshop.sheet.problem"));
        problem.setRequiredIndicatorVisible(true);
        problem.setMaxLength(4000);
        problem.setMinHeight("6em");
        accessories.setId("intake-accessories");
        accessories.setLabel(getTranslation("workshop.sheet.accessories"));
        accessories.setMaxLength(1000);
        condition.setId("intake-condition");
        condition.setLabel(getTranslation("workshop.sheet.condition"));
        condition.setMaxLength(1000);
        estimate.setId("intake-estimate");
        estimate.setLabel(getTranslation("workshop.sheet.estimate"));
        promised.setId("intake-promised");
        promised.setLabel(getTranslation("workshop.sheet.promised"));
        promised.setMin(workspace.today());
        technician.setId("intake-technician");
        technician.setLabel(getTranslation("workshop.sheet.technician"));
        technician.setItems(sheets.technicians());
        technician.setItemLabelGenerator(UserAccount::getDisplayName);
        technician.setClearButtonVisible(true);
        emailProtocol.setId("intake-email-protocol");
        emailProtocol.setLabel(getTranslation("workshop.intake.email-protocol"));

        FormLayout customerForm =
                new FormLayout(customer, customerName, customerPhone, customerEmail, customerLanguage);
        customerForm.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        FormLayout deviceForm = new FormLayout(serial, deviceName, deviceInfo);
        deviceForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        deviceForm.setColspan(deviceInfo, 2);
        FormLayout repairForm = new FormLayout(problem, accessories, condition, estimate, promised, technician);
        repairForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        repairForm.setColspan(problem, 2);
        customFields = new CustomFieldsForm(customFieldService.definitions(WorkshopModule.SERVICE_SHEET, null));
        customFields.setId("intake-custom-fields");

        Button save = new Button(getTranslation("workshop.intake.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(
                new H3(getTranslation("workshop.intake.customer")),
                customerMode,
                customerForm,
                new H3(getTranslation("workshop.intake.device")),
                deviceForm,
                new H3(getTranslation("workshop.intake.repair")),
                repairForm,
                customFields,
                emailProtocol,
                save);
        showCustomerMode();
    }

    private boolean newCustomer() {
        return "new".equals(customerMode.getValue());
    }

    private void showCustomerMode() {
        customer.setVisible(!newCustomer());
        customerName.setVisible(newCustomer());
        customerPhone.setVisible(newCustomer());
        customerEmail.setVisible(newCustomer());
        customerLanguage.setVisible(newCustomer());
        lookUpDevice();
    }

    /** A device known by its serial number is shown; one of another customer is pointed out. */
    private void lookUpDevice() {
        found = null;
        Optional<EquipmentRef> known = equipment.refBySerial(serial.getValue());
        deviceName.setVisible(true);
        if (known.isEmpty()) {
            deviceInfo.setText(serial.getValue().isBlank() ? "" : getTranslation("workshop.intake.device-new"));
            return;
        }
        EquipmentRef e = known.get();
        boolean same = !newCustomer()
                && customer.getValue() != null
                && customer.getValue().id().equals(e.customerId());
        if (same) {
            found = e;
            deviceName.setVisible(false);
            deviceInfo.setText(
                    getTranslation("workshop.intake.device-known", e.displayName(), sheets.countOfEquipment(e.id())));
        } else {
            Optional<CustomerRef> owner = customers.ref(e.customerId());
            deviceInfo.setText(getTranslation(
                    "workshop.intake.device-other-customer",
                    owner.map(CustomerRef::name).orElse("")));
            if (!newCustomer() && customer.getValue() == null) {
                owner.ifPresent(customer::setValue);
            }
        }
    }

    /** "New sheet" on a customer's page: the intake starts with that customer chosen ({@code ?customer=<id>}). */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("customer", List.of()).stream()
                .findFirst()
                .flatMap(IntakeView::uuid)
                .flatMap(customers::ref)
                .ifPresent(c -> {
                    customerMode.setValue("existing");
                    customer.setValue(c);
                });
    }

    private static Optional<java.util.UUID> uuid(String text) {
        try {
            return Optional.of(java.util.UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The desk said it means a new customer even though one with the same phone or e-mail exists. */
    private boolean newCustomerConfirmed;

    private void save() {
        if (newCustomer() && !newCustomerConfirmed) {
            List<CustomerRef> same =
                    customers.possibleDuplicateRefs(customerPhone.getValue(), customerEmail.getValue());
            if (!same.isEmpty()) {
                askAboutDuplicates(same);
                return;
            }
        }
        newCustomerConfirmed = false;
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("problem", problem);
        fields.put("accessories", accessories);
        fields.put("visibleCondition", condition);
        fields.put("estimatedCost", estimate);
        fields.put("promisedDate", promised);
        fields.put("customerId", customer);
        fields.put("name", customerName);
        fields.put("email", customerEmail);
        fields.put("phone", customerPhone);
        fields.put("serialNumber", serial);
        fields.put("equipmentId", serial);
        fields.put("technicianId", technician);
        fields.values().forEach(f -> f.setInvalid(false));
        customFields.clearErrors();
        CustomerDraft newCustomer = newCustomer()
                ? new CustomerDraft(
                        Customer.Kind.PERSON,
                        customerName.getValue(),
                        null,
                        customerEmail.getValue(),
                        customerPhone.getValue(),
                        customerLanguage.getValue(),
                        null,
                        Map.of(),
                        List.of(),
                        List.of())
                : null;
        Equipment.Draft newDevice = found == null && !serial.getValue().isBlank()
                ? new Equipment.Draft(
                        null,
                        null,
                        null,
                        null,
                        serial.getValue(),
                        deviceName.getValue(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of())
                : null;
        Intake taken = new Intake(
                null,
                newCustomer() || customer.getValue() == null
                        ? null
                        : customer.getValue().id(),
                newCustomer,
                found == null ? null : found.id(),
                newDevice,
                problem.getValue(),
                accessories.getValue(),
                condition.getValue(),
                estimate.getValue(),
                promised.getValue(),
                customFields.getValues(),
                technician.getValue() == null ? null : technician.getValue().getId(),
                emailProtocol.getValue());
        try {
            SheetDetails sheet = intake.intake(taken);
            Notifications.success("workshop.intake.saved", sheet.number());
            getUI().ifPresent(ui -> ui.navigate(SheetView.class, SheetView.parameters(sheet.id())));
        } catch (CustomFieldValidationException e) {
            customFields.showErrors(e);
            Notifications.error("workshop.intake.check-fields");
        } catch (RuntimeException e) {
            Notifications.show(e, fields);
        }
    }

    /** Lists the customers with the same phone or e-mail: use one of them, or create the new one anyway. */
    private void askAboutDuplicates(List<CustomerRef> same) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("intake-duplicates");
        dialog.setHeaderTitle(getTranslation("workshop.intake.duplicates.title"));
        dialog.setWidth("min(36rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("workshop.intake.duplicates.text")));
        for (int i = 0; i < same.size(); i++) {
            CustomerRef c = same.get(i);
            Span who = new Span(String.join(
                    " · ",
                    java.util.stream.Stream.of(c.name(), c.phone(), c.email())
                            .filter(t -> t != null && !t.isBlank())
                            .toList()));
            Button use = new Button(getTranslation("workshop.intake.duplicates.use"), e -> {
                dialog.close();
                customerMode.setValue("existing");
                customer.setValue(c);
                save();
            });
            use.setId("intake-use-customer-" + i);
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(who, use);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
            row.addClassName("intake-duplicate");
            dialog.add(row);
        }
        Button anyway = new Button(getTranslation("workshop.intake.duplicates.create"), e -> {
            dialog.close();
            newCustomerConfirmed = true;
            save();
        });
        anyway.setId("intake-create-anyway");
        Button back = new Button(getTranslation("workshop.intake.duplicates.back"), e -> dialog.close());
        back.setId("intake-duplicates-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(back, anyway);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.intake.title");
    }
}
