package com.intervo.crm.ui.catalogs;

import com.intervo.crm.VatRateService;
import com.intervo.crm.domain.CatalogItem;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.tenancy.WorkspaceClock;
import com.intervo.kernel.ui.ListGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Services and parts share one screen shape: code, name, unit, cost, sale price, VAT. */
abstract class CatalogItemsView<T extends CatalogItem> extends VerticalLayout implements HasDynamicTitle {

    private final Grid<T> grid = new ListGrid<>();
    private final String titleKey;
    private final transient Supplier<List<T>> items;
    private final transient BiConsumer<UUID, CatalogItem.Draft> save;
    private final transient Consumer<UUID> deactivate;
    private final String defaultCurrency;
    private final transient VatRateService vatRates;

    CatalogItemsView(
            String titleKey,
            String id,
            Supplier<List<T>> items,
            BiConsumer<UUID, CatalogItem.Draft> save,
            Consumer<UUID> deactivate,
            WorkspaceClock workspace,
            VatRateService vatRates) {
        this.vatRates = vatRates;
        this.titleKey = titleKey;
        this.items = items;
        this.save = save;
        this.deactivate = deactivate;
        this.defaultCurrency = workspace.currency();
        setId(id);
        setSizeFull();
        Button add = new Button(getTranslation("crm.action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("catalog-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("catalog-grid");
        grid.addColumn(CatalogItem::getCode)
                .setHeader(getTranslation("crm.catalogs.code"))
                .setFlexGrow(1);
        grid.addColumn(CatalogItem::getName)
                .setHeader(getTranslation("crm.catalogs.name"))
                .setFlexGrow(3);
        grid.addColumn(CatalogItem::getUnit)
                .setHeader(getTranslation("crm.catalogs.unit"))
                .setFlexGrow(0);
        grid.addColumn(i -> Formats.money(i.getCost(), i.getCurrency(), getLocale()))
                .setHeader(getTranslation("crm.catalogs.cost"))
                .setFlexGrow(1);
        grid.addColumn(i -> Formats.money(i.getPrice(), i.getCurrency(), getLocale()))
                .setHeader(getTranslation("crm.catalogs.price"))
                .setFlexGrow(1);
        java.time.LocalDate today = vatRates.today();
        grid.addColumn(i -> Formats.number(vatRates.rateOn(i, today), getLocale()) + " %"
                        + (i.getVatCategory() == null ? "" : " · " + i.getVatCategory()))
                .setHeader(getTranslation("crm.catalogs.vat"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(i -> Actions.deactivate(() -> {
                    deactivate.accept(i.getId());
                    refresh();
                }))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(items.get());
    }

    private void edit(T existing) {
        TextField code = new TextField(getTranslation("crm.catalogs.code"));
        code.setId("catalog-code");
        TextField name = new TextField(getTranslation("crm.catalogs.name"));
        name.setId("catalog-name");
        TextField unit = new TextField(getTranslation("crm.catalogs.unit"));
        unit.setId("catalog-unit");
        BigDecimalField cost = new BigDecimalField(getTranslation("crm.catalogs.cost"));
        cost.setId("catalog-cost");
        BigDecimalField price = new BigDecimalField(getTranslation("crm.catalogs.price"));
        price.setId("catalog-price");
        TextField currency = new TextField(getTranslation("crm.catalogs.currency"));
        currency.setMaxLength(3);
        BigDecimalField vat = new BigDecimalField(getTranslation("crm.catalogs.vat"));
        vat.setId("catalog-vat");
        // with a category the rate follows the category's dated rates; without one it is fixed
        ComboBox<String> vatCategory = new ComboBox<>(getTranslation("crm.catalogs.vat-category"));
        vatCategory.setId("catalog-vat-category");
        vatCategory.setItems(vatRates.categories());
        vatCategory.setClearButtonVisible(true);
        vatCategory.setHelperText(getTranslation("crm.catalogs.vat-category-hint"));
        java.time.LocalDate today = vatRates.today();
        vatCategory.addValueChangeListener(e -> {
            vat.setReadOnly(e.getValue() != null);
            if (e.getValue() != null) {
                vatRates.rateAt(e.getValue(), today).ifPresent(vat::setValue);
            }
        });
        if (existing != null) {
            CatalogItem.Draft d = existing.toDraft();
            code.setValue(d.code());
            name.setValue(d.name());
            unit.setValue(d.unit());
            cost.setValue(d.cost());
            price.setValue(d.price());
            currency.setValue(d.currency());
            vat.setValue(d.vatRate());
            vatCategory.setValue(d.vatCategory());
        } else {
            currency.setValue(defaultCurrency);
            vat.setValue(BigDecimal.valueOf(19));
            // a new entry follows the standard rate when the workspace keeps one
            if (vatRates.categories().contains("STANDARD")) {
                vatCategory.setValue("STANDARD");
            }
        }
        new CatalogDialog(
                        titleKey,
                        Map.of(
                                "code",
                                code,
                                "name",
                                name,
                                "unit",
                                unit,
                                "cost",
                                cost,
                                "price",
                                price,
                                "currency",
                                currency,
                                "vatRate",
                                vat,
                                "vatCategory",
                                vatCategory),
                        () -> save.accept(
                                existing == null ? null : existing.getId(),
                                new CatalogItem.Draft(
                                        code.getValue(),
                                        name.getValue(),
                                        unit.getValue(),
                                        cost.getValue(),
                                        price.getValue(),
                                        currency.getValue(),
                                        vat.getValue(),
                                        vatCategory.getValue())),
                        this::refresh,
                        code,
                        name,
                        unit,
                        currency,
                        cost,
                        price,
                        vatCategory,
                        vat)
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
