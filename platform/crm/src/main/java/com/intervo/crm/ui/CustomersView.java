package com.intervo.crm.ui;

import com.intervo.crm.CrmTransfer;
import com.intervo.crm.CustomerService;
import com.intervo.crm.domain.Customer;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.ui.CustomFieldColumns;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/** Find customers by name, phone, e-mail, tax id or custom field; open one; add a new one. */
@Route("customers")
@Menu(title = "crm.customers.title", order = 10, icon = "vaadin:users")
@PermitAll
class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final transient CustomerService customers;
    private final TextField search = new TextField();
    private final Grid<Customer> grid = new ListGrid<>();

    CustomersView(
            CustomerService customers,
            CustomerFormDialog.Factory dialogs,
            TransferActions transfers,
            CustomFieldService customFields) {
        this.customers = customers;
        setId("customers-view");
        setSizeFull();

        search.setId("customer-search");
        search.setPlaceholder(getTranslation("crm.customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setMinWidth("12em");
        search.getStyle().set("flex-grow", "1");

        Button add = new Button(
                getTranslation("crm.customers.new"),
                VaadinIcon.PLUS.create(),
                e -> dialogs.create(
                                null,
                                saved -> getUI().ifPresent(ui ->
                                        ui.navigate(CustomerView.class, CustomerView.parameters(saved.getId()))))
                        .open());
        add.setId("new-customer");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Permissions.canEditCustomers());

        Button importButton = transfers.importButton(CrmTransfer.Kind.CUSTOMERS, this::refresh);
        importButton.setVisible(TransferActions.canImport());
        HorizontalLayout toolbar =
                new HorizontalLayout(search, add, importButton, transfers.exportLink(CrmTransfer.Kind.CUSTOMERS));
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("customers-grid");
        grid.setEmptyStateText(getTranslation("crm.customers.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Customer::getName)
                .setHeader(getTranslation("crm.customer.name"))
                .setFlexGrow(3);
        grid.addColumn(c ->
                        getTranslation("crm.customer.kind." + c.getKind().name().toLowerCase()))
                .setHeader(getTranslation("crm.customer.kind"))
                .setFlexGrow(1);
        grid.addColumn(Customer::getPhone)
                .setHeader(getTranslation("crm.customer.phone"))
                .setFlexGrow(2);
        grid.addColumn(Customer::getEmail)
                .setHeader(getTranslation("crm.customer.email"))
                .setFlexGrow(2);
        grid.addColumn(Customer::getTaxId)
                .setHeader(getTranslation("crm.customer.tax-id"))
                .setFlexGrow(1);
        // the customer's custom fields as extra columns (the search box matches their values too)
        CustomFieldColumns.addTo(
                grid, customFields.definitions(CustomizableEntity.CUSTOMER, null), Customer::getCustomFields);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                CustomerView.class, CustomerView.parameters(e.getItem().getId()))));
        grid.setSizeFull();
        refresh();
        add(toolbar, grid);
    }

    private void refresh() {
        String q = search.getValue();
        grid.setItems(query -> customers.search(q, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, customers.count(q)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.customers.title");
    }
}
