package com.intervo.workshop.plus.ui;

import com.intervo.crm.CatalogRef;
import com.intervo.crm.CatalogService;
import com.intervo.crm.ChecklistRef;
import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerRef;
import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentRef;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.PricedItem;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.i18n.Messages;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.LocalizedPickers;
import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.Intake;
import com.intervo.workshop.RepairQueue;
import com.intervo.workshop.plus.Plus;
import com.intervo.workshop.plus.PlusDesk;
import com.intervo.workshop.plus.PlusIntake;
import com.intervo.workshop.plus.PlusSettingsService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The desk's Plus intake: Simple's intake (the customer found or typed, the device by its serial number, what is
 * wrong, what was left with it, the estimate and the promised date) with the equipment type — its common problems
 * to tick and its checklist follow it —, the services the customer orders with their prices, the initial findings,
 * whether the device is evaluated first, and the warranty. Saves through {@link PlusDesk#intake} and opens the Plus
 * sheet; a refused field is marked and nothing typed is lost.
 */
@Route("workshop-plus/intake")
@Menu(title = "workshopplus.intake.title", order = 1, icon = "vaadin:plus-square-o")
@RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
class PlusIntakeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String EXISTING = "existing";
    private static final String NEW = "new";

    private final transient PlusDesk desk;
    private final transient RepairQueue sheets;
    private final transient CustomerService customers;
    private final transient EquipmentService equipment;
    private final transient CatalogService catalog;
    private final transient List<PricedItem> services;
    private final String currency;

    private final RadioButtonGroup<String> customerMode = new RadioButtonGroup<>();
    private final ComboBox<CustomerRef> customer = new ComboBox<>();
    private final TextField customerName = new TextField();
    private final TextField customerPhone = new TextField();
    private final EmailField customerEmail = new EmailField();
    private final ComboBox<String> customerLanguage = new ComboBox<>();

    private final TextField serial = new TextField();
    private final Paragraph deviceInfo = new Paragraph();
    private final TextField deviceName = new TextField();
    private final ComboBox<CatalogRef> type = new ComboBox<>();
    private final Paragraph checklist = new Paragraph();

    private final Div problems = new Div();
    private final FieldError problemsError = new FieldError();
    private final List<Checkbox> problemBoxes = new ArrayList<>();
    private final List<CatalogRef> problemRefs = new ArrayList<>();
    private final Set<UUID> ticked = new HashSet<>();

    private final TextArea problem = new TextArea();
    private final TextField accessories = new TextField();
    private final TextField condition = new TextField();
    private final BigDecimalField estimate = new BigDecimalField();
    private final DatePicker promised = LocalizedPickers.date();
    private final ComboBox<UserAccount> technician = new ComboBox<>();

    private final FieldError servicesError = new FieldError();
    private final List<Checkbox> serviceBoxes = new ArrayList<>();
    private final List<BigDecimalField> quantities = new ArrayList<>();

    private final TextArea findings = new TextArea();
    private final Checkbox evaluation = new Checkbox();
    private final RadioButtonGroup<Plus.Warranty> warranty = new RadioButtonGroup<>();
    private final TextField warrantyClaim = new TextField();
    private final DatePicker warrantyUntil = LocalizedPickers.date();
    private final Checkbox emailProtocol = new Checkbox();
    private final Checkbox reverseCharge = new Checkbox();

    private final transient com.intervo.kernel.customization.CustomFieldService customFieldService;
    private final com.intervo.kernel.customization.ui.CustomFieldsForm sheetFields;
    private com.intervo.kernel.customization.ui.CustomFieldsForm deviceFields;
    private final Div deviceFieldsHolder = new Div();

    private EquipmentRef found;
    /** The desk said it means a new customer even though one with the same phone or e-mail exists. */
    private boolean newCustomerConfirmed;

    PlusIntakeView(
            PlusDesk desk,
            RepairQueue sheets,
            CustomerService customers,
            EquipmentService equipment,
            CatalogService catalog,
            PlusSettingsService settings,
            WorkspaceClock workspace,
            com.intervo.kernel.customization.CustomFieldService customFieldService) {
        this.customFieldService = customFieldService;
        // the workspace's custom fields of service sheets; the device's follow its type (showType)
        this.sheetFields = new com.intervo.kernel.customization.ui.CustomFieldsForm(
                customFieldService.definitions(com.intervo.workshop.WorkshopModule.SERVICE_SHEET, null));
        this.sheetFields.setId("plus-intake-custom-fields");
        this.deviceFieldsHolder.setId("plus-intake-device-fields");
        this.desk = desk;
        this.sheets = sheets;
        this.customers = customers;
        this.equipment = equipment;
        this.catalog = catalog;
        this.services = catalog.pricedServices(workspace.today());
        this.currency = workspace.currency();
        setId("plus-intake-view");
        setMaxWidth("60rem");

        customerMode.setId("plus-intake-customer-mode");
        customerMode.setItems(EXISTING, NEW);
        customerMode.setItemLabelGenerator(m ->
                getTranslation(NEW.equals(m) ? "workshop.intake.customer-new" : "workshop.intake.customer-existing"));
        customerMode.setValue(EXISTING);
        customerMode.addValueChangeListener(e -> showCustomerMode());
        customer.setId("plus-intake-customer");
        customer.setLabel(getTranslation("workshop.intake.customer"));
        customer.setItemLabelGenerator(c -> c.name() + (c.phone() == null ? "" : " · " + c.phone()));
        customer.setItems(query ->
                customers.searchRefs(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        customer.addValueChangeListener(e -> lookUpDevice());
        customerName.setId("plus-intake-customer-name");
        customerName.setLabel(getTranslation("workshop.intake.customer-name"));
        customerPhone.setId("plus-intake-customer-phone");
        customerPhone.setLabel(getTranslation("workshop.intake.customer-phone"));
        customerEmail.setId("plus-intake-customer-email");
        customerEmail.setLabel(getTranslation("workshop.intake.customer-email"));
        customerLanguage.setId("plus-intake-customer-language");
        customerLanguage.setLabel(getTranslation("workshop.intake.customer-language"));
        customerLanguage.setItems(
                Messages.LOCALES.stream().map(Locale::getLanguage).toList());
        customerLanguage.setItemLabelGenerator(l -> Messages.nativeName(Locale.forLanguageTag(l)));
        customerLanguage.setValue(Messages.supported(getLocale()).getLanguage());

        serial.setId("plus-intake-serial");
        serial.setLabel(getTranslation("workshop.intake.serial"));
        serial.setHelperText(getTranslation("workshop.intake.serial-help"));
        serial.setRequiredIndicatorVisible(true);
        serial.setValueChangeMode(ValueChangeMode.LAZY);
        serial.addValueChangeListener(e -> lookUpDevice());
        deviceInfo.setId("plus-intake-device-info");
        deviceInfo.addClassName("intervo-hint");
        deviceName.setId("plus-intake-device-name");
        deviceName.setLabel(getTranslation("workshop.intake.device-name"));
        deviceName.setPlaceholder(getTranslation("workshop.intake.device-name-placeholder"));
        type.setId("plus-intake-type");
        type.setLabel(getTranslation("workshopplus.intake.type"));
        type.setRequiredIndicatorVisible(true);
        type.setItems(catalog.equipmentTypes().stream()
                .map(t -> new CatalogRef(t.getId(), t.getName()))
                .toList());
        type.setItemLabelGenerator(CatalogRef::name);
        type.addValueChangeListener(e -> showType());
        checklist.setId("plus-intake-checklist");
        checklist.addClassName("intervo-hint");

        problems.setId("plus-intake-problems");
        problems.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        problemsError.setId("plus-intake-problems-error");

        problem.setId("plus-intake-problem");
        problem.setLabel(getTranslation("workshop.sheet.problem"));
        problem.setRequiredIndicatorVisible(true);
        problem.setMaxLength(4000);
        problem.setMinHeight("6em");
        accessories.setId("plus-intake-accessories");
        accessories.setLabel(getTranslation("workshop.sheet.accessories"));
        accessories.setMaxLength(1000);
        condition.setId("plus-intake-condition");
        condition.setLabel(getTranslation("workshop.sheet.condition"));
        condition.setMaxLength(1000);
        estimate.setId("plus-intake-estimate");
        estimate.setLabel(getTranslation("workshop.sheet.estimate"));
        promised.setId("plus-intake-promised");
        promised.setLabel(getTranslation("workshop.sheet.promised"));
        promised.setMin(workspace.today());
        technician.setId("plus-intake-technician");
        technician.setLabel(getTranslation("workshop.sheet.technician"));
        technician.setItems(sheets.technicians());
        technician.setItemLabelGenerator(UserAccount::getDisplayName);
        technician.setClearButtonVisible(true);

        Div serviceList = serviceList();
        servicesError.setId("plus-intake-services-error");

        findings.setId("plus-intake-findings");
        findings.setLabel(getTranslation("workshopplus.intake.findings"));
        findings.setMaxLength(4000);
        findings.setMinHeight("4em");
        evaluation.setId("plus-intake-evaluation");
        evaluation.setLabel(getTranslation("workshopplus.intake.evaluation"));
        evaluation.setValue(settings.current().evaluationByDefault());
        warranty.setId("plus-intake-warranty");
        warranty.setLabel(getTranslation("workshopplus.intake.warranty"));
        warranty.setItems(Plus.Warranty.values());
        warranty.setItemLabelGenerator(this::warrantyLabel);
        warranty.setValue(Plus.Warranty.NONE);
        warranty.addValueChangeListener(e -> showWarranty());
        warrantyClaim.setId("plus-intake-warranty-claim");
        warrantyClaim.setLabel(getTranslation("workshopplus.intake.warranty-claim"));
        warrantyClaim.setMaxLength(100);
        warrantyClaim.setRequiredIndicatorVisible(true);
        warrantyUntil.setId("plus-intake-warranty-until");
        warrantyUntil.setLabel(getTranslation("workshopplus.intake.warranty-until"));
        warrantyUntil.setRequiredIndicatorVisible(true);
        reverseCharge.setId("plus-intake-reverse-charge");
        reverseCharge.setLabel(getTranslation("workshopplus.intake.reverse-charge"));
        reverseCharge.setTooltipText(getTranslation("workshopplus.intake.reverse-charge-help"));
        emailProtocol.setId("plus-intake-email-protocol");
        emailProtocol.setLabel(getTranslation("workshop.intake.email-protocol"));

        FormLayout customerForm =
                new FormLayout(customer, customerName, customerPhone, customerEmail, customerLanguage);
        customerForm.setResponsiveSteps(twoColumns());
        FormLayout deviceForm = new FormLayout(serial, deviceName, type, checklist, deviceInfo);
        deviceForm.setResponsiveSteps(twoColumns());
        deviceForm.setColspan(deviceInfo, 2);
        FormLayout repairForm = new FormLayout(problem, accessories, condition, estimate, promised, technician);
        repairForm.setResponsiveSteps(twoColumns());
        repairForm.setColspan(problem, 2);
        FormLayout warrantyForm = new FormLayout(warranty, warrantyClaim, warrantyUntil);
        warrantyForm.setResponsiveSteps(twoColumns());
        warrantyForm.setColspan(warranty, 2);

        Button save = new Button(getTranslation("workshopplus.intake.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("plus-intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Paragraph problemsHint = new Paragraph(getTranslation("workshopplus.intake.problems-hint"));
        problemsHint.addClassName("intervo-hint");
        problemsHint.setId("plus-intake-problems-hint");
        Paragraph servicesHint = new Paragraph(getTranslation("workshopplus.intake.services-hint"));
        servicesHint.addClassName("intervo-hint");
        add(
                new H3(getTranslation("workshop.intake.customer")),
                customerMode,
                customerForm,
                new H3(getTranslation("workshop.intake.device")),
                deviceForm,
                deviceFieldsHolder,
                new H3(getTranslation("workshop.intake.repair")),
                repairForm,
                sheetFields,
                new H3(getTranslation("workshopplus.intake.problems")),
                problemsHint,
                problems,
                problemsError,
                new H3(getTranslation("workshopplus.intake.services")),
                servicesHint,
                serviceList,
                servicesError,
                new H3(getTranslation("workshopplus.intake.evaluation-title")),
                findings,
                evaluation,
                warrantyForm,
                reverseCharge,
                emailProtocol,
                save);
        findings.setWidthFull();
        showCustomerMode();
        showType();
        showWarranty();
    }

    private static FormLayout.ResponsiveStep[] twoColumns() {
        return new FormLayout.ResponsiveStep[] {
            new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2)
        };
    }

    private String warrantyLabel(Plus.Warranty w) {
        return switch (w) {
            case NONE -> getTranslation("workshopplus.intake.warranty-none");
            case EQUIPMENT -> getTranslation("workshopplus.intake.warranty-equipment");
            case MANUFACTURER -> getTranslation("workshopplus.intake.warranty-manufacturer");
        };
    }

    /** The catalog's services, each with its sale price and VAT: ticked ones are ordered in the quantity given. */
    private Div serviceList() {
        Div list = new Div();
        list.setId("plus-intake-services");
        list.setWidthFull();
        if (services.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("workshopplus.intake.no-services"));
            none.addClassName("intervo-hint");
            list.add(none);
        }
        for (int i = 0; i < services.size(); i++) {
            PricedItem s = services.get(i);
            Checkbox box =
                    new Checkbox(s.code() == null || s.code().isBlank() ? s.name() : s.name() + " (" + s.code() + ")");
            box.setId("plus-intake-service-" + i);
            BigDecimalField quantity = new BigDecimalField();
            quantity.setId("plus-intake-service-quantity-" + i);
            quantity.setAriaLabel(getTranslation("workshopplus.intake.quantity"));
            quantity.setPlaceholder(getTranslation("workshopplus.intake.quantity"));
            quantity.setValue(BigDecimal.ONE);
            quantity.setEnabled(false);
            quantity.setWidth("6rem");
            box.addValueChangeListener(e -> {
                quantity.setEnabled(e.getValue());
                if (e.getValue() && quantity.getValue() == null) {
                    quantity.setValue(BigDecimal.ONE);
                }
            });
            Span price = new Span(getTranslation(
                    "workshopplus.intake.service-price",
                    Formats.money(s.price(), s.currency() == null ? currency : s.currency(), getLocale()),
                    s.unit() == null ? "" : s.unit(),
                    Formats.number(s.vatRate() == null ? BigDecimal.ZERO : s.vatRate(), getLocale())));
            price.addClassName("intervo-hint");
            Div text = new Div(box, price);
            text.getStyle()
                    .set("display", "flex")
                    .set("flex-direction", "column")
                    .set("flex", "1 1 14rem");
            HorizontalLayout row = new HorizontalLayout(text, quantity);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("plus-intake-service-row");
            row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            serviceBoxes.add(box);
            quantities.add(quantity);
            list.add(row);
        }
        return list;
    }

    private boolean newCustomer() {
        return NEW.equals(customerMode.getValue());
    }

    private void showCustomerMode() {
        customer.setVisible(!newCustomer());
        customerName.setVisible(newCustomer());
        customerPhone.setVisible(newCustomer());
        customerEmail.setVisible(newCustomer());
        customerLanguage.setVisible(newCustomer());
        lookUpDevice();
    }

    /**
     * A device known by its serial number is shown and brings its own equipment type; one of another customer is
     * pointed out.
     */
    private void lookUpDevice() {
        found = null;
        Optional<EquipmentRef> known = equipment.refBySerial(serial.getValue());
        deviceName.setVisible(true);
        type.setReadOnly(false);
        if (known.isEmpty()) {
            deviceInfo.setText(serial.getValue().isBlank() ? "" : getTranslation("workshop.intake.device-new"));
            showWarranty();
            return;
        }
        EquipmentRef e = known.get();
        boolean same = !newCustomer()
                && customer.getValue() != null
                && customer.getValue().id().equals(e.customerId());
        if (same) {
            found = e;
            deviceName.setVisible(false);
            String text =
                    getTranslation("workshop.intake.device-known", e.displayName(), sheets.countOfEquipment(e.id()));
            if (e.warrantyUntil() != null) {
                text += " "
                        + getTranslation(
                                "workshopplus.intake.device-warranty", Formats.date(e.warrantyUntil(), getLocale()));
            }
            deviceInfo.setText(text);
            if (e.typeId() != null) {
                type.getListDataView()
                        .getItems()
                        .filter(t -> t.id().equals(e.typeId()))
                        .findFirst()
                        .ifPresent(type::setValue);
                type.setReadOnly(true);
            }
        } else {
            Optional<CustomerRef> owner = customers.ref(e.customerId());
            deviceInfo.setText(getTranslation(
                    "workshop.intake.device-other-customer",
                    owner.map(CustomerRef::name).orElse("")));
            if (!newCustomer() && customer.getValue() == null) {
                owner.ifPresent(customer::setValue);
            }
        }
        // a known device keeps its own card: its custom fields are edited there
        deviceFieldsHolder.setVisible(found == null);
        showWarranty();
    }

    /** The common problems of the chosen type as boxes to tick (ticks kept across a change of type) and its checklist. */
    private void showType() {
        problems.removeAll();
        problemBoxes.clear();
        problemRefs.clear();
        CatalogRef chosen = type.getValue();
        java.util.Map<String, Object> typed = deviceFields == null ? Map.of() : deviceFields.getValues();
        deviceFields = new com.intervo.kernel.customization.ui.CustomFieldsForm(customFieldService.definitions(
                com.intervo.kernel.customization.CustomizableEntity.EQUIPMENT, chosen == null ? null : chosen.id()));
        deviceFields.setValues(typed.entrySet().stream()
                .filter(e -> deviceFields.input(e.getKey()).isPresent())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        deviceFieldsHolder.removeAll();
        deviceFieldsHolder.add(deviceFields);
        if (chosen == null) {
            checklist.setText(getTranslation("workshopplus.intake.type-first"));
            return;
        }
        type.setInvalid(false);
        ChecklistRef list = catalog.checklistOfType(chosen.id()).orElse(null);
        checklist.setText(
                list == null || list.points().isEmpty()
                        ? getTranslation("workshopplus.intake.no-checklist")
                        : getTranslation(
                                "workshopplus.intake.checklist",
                                list.name(),
                                list.points().size()));
        List<CatalogRef> offered = catalog.problemRefs(chosen.id());
        if (offered.isEmpty()) {
            Span none = new Span(getTranslation("workshopplus.intake.no-problems"));
            none.addClassName("intervo-hint");
            problems.add(none);
        }
        for (int i = 0; i < offered.size(); i++) {
            CatalogRef p = offered.get(i);
            Checkbox box = new Checkbox(p.name());
            box.setId("plus-intake-problem-" + i);
            box.setValue(ticked.contains(p.id()));
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    ticked.add(p.id());
                } else {
                    ticked.remove(p.id());
                }
            });
            problemBoxes.add(box);
            problemRefs.add(p);
            problems.add(box);
        }
    }

    private void showWarranty() {
        Plus.Warranty w = warranty.getValue();
        warrantyClaim.setVisible(w == Plus.Warranty.MANUFACTURER);
        // the equipment's warranty end: on the card of a known device, typed here for a new one
        warrantyUntil.setVisible(w == Plus.Warranty.EQUIPMENT && found == null);
    }

    /** "New sheet" for a customer ({@code ?customer=<id>}): the intake starts with that customer chosen. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("customer", List.of()).stream()
                .findFirst()
                .flatMap(PlusIntakeView::uuid)
                .flatMap(customers::ref)
                .ifPresent(c -> {
                    customerMode.setValue(EXISTING);
                    customer.setValue(c);
                });
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

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
        fields.put("language", customerLanguage);
        fields.put("serialNumber", serial);
        fields.put("equipmentId", serial);
        fields.put("technicianId", technician);
        fields.put("equipmentTypeId", type);
        fields.put("typeId", type);
        fields.put("problemIds", problemsError);
        fields.put("services", servicesError);
        fields.put("initialFindings", findings);
        fields.put("warranty", warranty);
        fields.put("warrantyClaim", warrantyClaim);
        fields.put("warrantyUntil", warrantyUntil);
        List<PlusIntake.ServiceOrder> orders = new ArrayList<>();
        for (int i = 0; i < serviceBoxes.size(); i++) {
            quantities.get(i).setInvalid(false);
            if (serviceBoxes.get(i).getValue()) {
                // the service's fields as the desk names them: services[k].quantity, services[k].serviceId
                String at = "services[" + orders.size() + "].";
                fields.put(at + "quantity", quantities.get(i));
                fields.put(at + "serviceId", servicesError);
                orders.add(new PlusIntake.ServiceOrder(
                        services.get(i).id(), quantities.get(i).getValue()));
            }
        }
        fields.values().forEach(f -> f.setInvalid(false));
        sheetFields.clearErrors();
        if (deviceFields != null) {
            deviceFields.clearErrors();
        }

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
        // without a known device the type travels with the new one (a missing serial number is then refused on
        // its own field rather than as a missing type)
        Equipment.Draft newDevice = found == null
                ? new Equipment.Draft(
                        null,
                        null,
                        type.getValue() == null ? null : type.getValue().id(),
                        null,
                        serial.getValue(),
                        deviceName.getValue(),
                        null,
                        warranty.getValue() == Plus.Warranty.EQUIPMENT ? warrantyUntil.getValue() : null,
                        null,
                        null,
                        null,
                        deviceFields == null ? Map.of() : deviceFields.getValues())
                : null;
        Intake sheet = new Intake(
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
                sheetFields.getValues(),
                technician.getValue() == null ? null : technician.getValue().getId(),
                emailProtocol.getValue());
        List<UUID> problemIds = new ArrayList<>();
        for (int i = 0; i < problemBoxes.size(); i++) {
            if (problemBoxes.get(i).getValue()) {
                problemIds.add(problemRefs.get(i).id());
            }
        }
        PlusIntake intake = new PlusIntake(
                sheet,
                problemIds,
                orders,
                findings.getValue(),
                evaluation.getValue(),
                warranty.getValue(),
                warranty.getValue() == Plus.Warranty.MANUFACTURER ? warrantyClaim.getValue() : null,
                reverseCharge.getValue());
        if (found != null && found.typeId() == null && type.getValue() != null) {
            // the device's card decides its type: a known device without one cannot be typed from here
            type.setErrorMessage(getTranslation("workshopplus.intake.device-without-type"));
            type.setInvalid(true);
            Notifications.error("workshopplus.intake.device-without-type");
            return;
        }
        try {
            PlusDesk.Taken taken = desk.intake(intake);
            Notifications.success("workshop.intake.saved", taken.sheet().number());
            UUID id = taken.sheet().id();
            getUI().ifPresent(ui -> ui.navigate("workshop-plus/sheets/" + id));
        } catch (com.intervo.kernel.customization.CustomFieldValidationException e) {
            // the custom fields of the sheet and of the device's type say which of theirs is wrong
            sheetFields.showErrors(e);
            if (deviceFields != null) {
                deviceFields.showErrors(e);
            }
            Notifications.error("workshop.intake.check-fields");
        } catch (DomainException e) {
            // every refusal lands on its field; a refusal of a field this form does not show is told aloud
            String text = getTranslation(e.messageKey(), e.params());
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            Notifications.error(e.messageKey(), e.params());
        } catch (RuntimeException e) {
            Notifications.show(e, fields);
        }
    }

    /** Lists the customers with the same phone or e-mail: use one of them, or create the new one anyway. */
    private void askAboutDuplicates(List<CustomerRef> same) {
        Dialog dialog = new Dialog();
        dialog.setId("plus-intake-duplicates");
        dialog.setHeaderTitle(getTranslation("workshop.intake.duplicates.title"));
        dialog.setWidth("min(36rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("workshop.intake.duplicates.text")));
        for (int i = 0; i < same.size(); i++) {
            CustomerRef c = same.get(i);
            Span who = new Span(String.join(
                    " · ",
                    Stream.of(c.name(), c.phone(), c.email())
                            .filter(t -> t != null && !t.isBlank())
                            .toList()));
            Button use = new Button(getTranslation("workshop.intake.duplicates.use"), e -> {
                dialog.close();
                customerMode.setValue(EXISTING);
                customer.setValue(c);
                save();
            });
            use.setId("plus-intake-use-customer-" + i);
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
        anyway.setId("plus-intake-create-anyway");
        Button back = new Button(getTranslation("workshop.intake.duplicates.back"), e -> dialog.close());
        back.setId("plus-intake-duplicates-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(back, anyway);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshopplus.intake.title");
    }

    /** The error of a group of boxes (the problems, the services), shown under it like a field's. */
    static final class FieldError extends Span implements HasValidation {

        private String message;
        private boolean invalid;

        FieldError() {
            getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            setVisible(false);
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            message = errorMessage;
            setText(errorMessage == null ? "" : errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return message;
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
            setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }
}
