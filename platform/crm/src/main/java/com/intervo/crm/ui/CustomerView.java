package com.intervo.crm.ui;

import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.crm.domain.Site;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One customer: details, contacts, sites and equipment (later also sheets and tickets). */
@Route("customers/:customerId")
@PermitAll
class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CustomerService customers;
    private final transient EquipmentService equipment;
    private final transient CustomerFormDialog.Factory customerDialogs;
    private final transient EquipmentFormDialog.Factory equipmentDialogs;
    private String title = "";

    private final transient CustomFieldService customFields;
    private final transient org.springframework.beans.factory.ObjectProvider<com.intervo.crm.CustomerWorkContributor>
            work;
    private final java.time.ZoneId zone;

    CustomerView(
            CustomerService customers,
            EquipmentService equipment,
            CustomerFormDialog.Factory customerDialogs,
            EquipmentFormDialog.Factory equipmentDialogs,
            CustomFieldService customFields,
            org.springframework.beans.factory.ObjectProvider<com.intervo.crm.CustomerWorkContributor> work,
            com.intervo.kernel.tenancy.WorkspaceClock workspace) {
        this.work = work;
        this.zone = com.intervo.kernel.identity.IntervoAuthentication.current()
                .map(u -> workspace.zone(u.tenant()))
                .orElse(java.time.ZoneOffset.UTC);
        this.customFields = customFields;
        this.customers = customers;
        this.equipment = equipment;
        this.customerDialogs = customerDialogs;
        this.equipmentDialogs = equipmentDialogs;
        setId("customer-view");
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters("customerId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> customer = event.getRouteParameters()
                .get("customerId")
                .flatMap(CustomerView::uuid)
                .flatMap(customers::find);
        if (customer.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        show(customer.get());
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(Customer c) {
        removeAll();
        title = c.getName();
        H2 name = new H2(c.getName());
        name.setId("customer-title");
        Button edit = new Button(
                getTranslation("crm.action.edit"),
                VaadinIcon.EDIT.create(),
                e -> customerDialogs.create(c, this::show).open());
        edit.setVisible(Permissions.canEditCustomers());
        HorizontalLayout header = new HorizontalLayout(name, edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header);

        Div facts = new Div();
        facts.add(new Paragraph(
                getTranslation("crm.customer.kind." + c.getKind().name().toLowerCase())));
        line(facts, "crm.customer.phone", c.getPhone());
        line(facts, "crm.customer.email", c.getEmail());
        line(facts, "crm.customer.tax-id", c.getTaxId());
        line(facts, "crm.customer.notes", c.getNotes());
        customFields
                .display(CustomizableEntity.CUSTOMER, null, c.getCustomFields(), getLocale())
                .forEach(v -> facts.add(new Paragraph(v.label() + ": " + v.value())));
        add(facts);

        // the customer's work with every licensed module: sheets, tickets, with totals and "new"
        work.orderedStream()
                .map(w -> w.work(c.getId(), LATEST_WORK, getLocale()))
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparingInt(com.intervo.crm.CustomerWork::order))
                .forEach(w -> add(workSection(w)));

        if (!c.getContacts().isEmpty()) {
            add(new H3(getTranslation("crm.customer.contacts")));
            c.getContacts()
                    .forEach(contact -> add(new Paragraph(String.join(
                            " · ",
                            java.util.stream.Stream.of(
                                            contact.getName(),
                                            contact.getRole(),
                                            contact.getPhone(),
                                            contact.getEmail())
                                    .filter(s -> s != null && !s.isBlank())
                                    .toList()))));
        }
        if (!c.getSites().isEmpty()) {
            add(new H3(getTranslation("crm.customer.sites")));
            for (Site site : c.getSites()) {
                add(new Paragraph(site.getLabel() + ": " + site.address()));
            }
        }

        add(new H3(getTranslation("crm.equipment.title")));
        Button addEquipment = new Button(
                getTranslation("crm.equipment.new"),
                VaadinIcon.PLUS.create(),
                e -> equipmentDialogs
                        .create(
                                null,
                                c,
                                saved -> getUI().ifPresent(ui -> ui.navigate(
                                        EquipmentCardView.class, EquipmentCardView.parameters(saved.getId()))))
                        .open());
        addEquipment.setId("add-equipment");
        addEquipment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addEquipment.setVisible(Permissions.canRegisterEquipment());
        add(addEquipment);

        Grid<Equipment> grid = new ListGrid<>();
        grid.setId("customer-equipment");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Equipment::getSerialNumber).setHeader(getTranslation("crm.equipment.serial"));
        grid.addColumn(Equipment::displayName).setHeader(getTranslation("crm.equipment.model"));
        grid.addComponentColumn(e -> warrantyBadge(e)).setHeader(getTranslation("crm.equipment.warranty"));
        grid.setItems(equipment.ofCustomer(c.getId()));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                EquipmentCardView.class,
                EquipmentCardView.parameters(e.getItem().getId()))));
        add(grid);
    }

    /** The newest items each module shows; the totals count them all. */
    static final int LATEST_WORK = 10;

    private Div workSection(com.intervo.crm.CustomerWork w) {
        Div section = new Div();
        section.setId(w.id());
        section.setWidthFull();
        H3 title = new H3(getTranslation(w.titleKey()));
        HorizontalLayout head = new HorizontalLayout(title);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (w.newKey() != null) {
            Button start = new Button(
                    getTranslation(w.newKey()),
                    VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> navigate(ui, w.newRoute())));
            start.setId(w.id() + "-new");
            start.addThemeVariants(ButtonVariant.LUMO_SMALL);
            head.add(start);
        }
        section.add(head);
        String summary = getTranslation("crm.customer.work.summary", w.total(), w.open());
        if (w.amount() != null && w.amount().signum() != 0) {
            summary += " · " + getTranslation("crm.customer.work.amount", money(w.amount(), w.currency()));
        }
        Span totals = new Span(summary);
        totals.setId(w.id() + "-totals");
        totals.addClassName("intervo-hint");
        section.add(new Div(totals));
        if (w.latest().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("crm.customer.work.none"));
            none.addClassName("intervo-hint");
            section.add(none);
            return section;
        }
        java.time.format.DateTimeFormatter dates = java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(zone);
        for (com.intervo.crm.CustomerWork.Item item : w.latest()) {
            com.vaadin.flow.component.html.Anchor number =
                    new com.vaadin.flow.component.html.Anchor(item.route(), item.number());
            number.getStyle().set("font-weight", "600");
            Span status = new Span(item.status());
            status.addClassName("intervo-status");
            String colour =
                    item.colour() == null ? com.intervo.kernel.customization.StatusColours.NEUTRAL : item.colour();
            status.getStyle()
                    .set("background", colour)
                    .set("color", com.intervo.kernel.customization.StatusColours.textOn(colour));
            Span when = new Span(dates.format(item.at()));
            when.addClassName("intervo-hint");
            String text = item.detail() == null ? "" : item.detail();
            Span detail = new Span(text.length() > 90 ? text.substring(0, 89) + "…" : text);
            Div row = new Div(number, new Span(" "), status, new Span(" "), when, new Div(detail));
            row.addClassName("intervo-work-item");
            section.add(row);
        }
        return section;
    }

    /** A route with its query ("workshop/intake?customer=…"): the router takes the two apart. */
    static void navigate(com.vaadin.flow.component.UI ui, String route) {
        int q = route.indexOf('?');
        ui.navigate(
                q < 0 ? route : route.substring(0, q),
                q < 0
                        ? com.vaadin.flow.router.QueryParameters.empty()
                        : com.vaadin.flow.router.QueryParameters.fromString(route.substring(q + 1)));
    }

    private String money(java.math.BigDecimal amount, String currency) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(getLocale());
        try {
            format.setCurrency(java.util.Currency.getInstance(currency));
        } catch (RuntimeException e) {
            return amount.toPlainString() + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }

    private Span warrantyBadge(Equipment e) {
        boolean under = e.underWarrantyOn(LocalDate.now(zone));
        Span badge = new Span(getTranslation(
                e.getWarrantyUntil() == null
                        ? "crm.equipment.warranty.none"
                        : under ? "crm.equipment.warranty.active" : "crm.equipment.warranty.expired"));
        badge.addClassName("intervo-badge");
        if (under) {
            badge.addClassName("success");
        }
        return badge;
    }

    private void line(Div facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Paragraph(getTranslation(key) + ": " + value));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
