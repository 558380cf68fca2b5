package com.intervo.crm.ui.catalogs;

import com.intervo.crm.VatRateService;
import com.intervo.kernel.i18n.Formats;
import com.intervo.kernel.ui.ListGrid;
import com.intervo.kernel.ui.LocalizedPickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * VAT rates by category with the date each applies from: a change of the law is a new rate from its date, so
 * documents of earlier dates keep their rate. Catalog entries with a category follow it.
 */
@Route("catalogs/vat-rates")
@Menu(title = "crm.vat.title", order = 806, icon = "vaadin:money")
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
class VatRatesView extends VerticalLayout implements HasDynamicTitle {

    private final transient VatRateService rates;
    private final Grid<VatRateService.Rate> grid = new ListGrid<>();

    VatRatesView(VatRateService rates) {
        this.rates = rates;
        setId("vat-rates-view");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("crm.vat.hint"));
        hint.addClassName("intervo-hint");
        Button add = new Button(getTranslation("crm.vat.add"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("vat-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMinimumFractionDigits(0);
        number.setMaximumFractionDigits(2);
        DateTimeFormatter dates = Formats.dates(getLocale());
        grid.setId("vat-grid");
        grid.addColumn(VatRateService.Rate::category)
                .setHeader(getTranslation("crm.vat.category"))
                .setFlexGrow(1);
        grid.addColumn(r -> dates.format(r.validFrom()))
                .setHeader(getTranslation("crm.vat.valid-from"))
                .setFlexGrow(1);
        grid.addColumn(r -> number.format(r.rate()) + " %")
                .setHeader(getTranslation("crm.vat.rate"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setSizeFull();
        add(hint, add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(rates.all());
    }

    private void add() {
        ComboBox<String> category = new ComboBox<>(getTranslation("crm.vat.category"));
        category.setId("vat-category");
        category.setItems(rates.categories());
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(
                e -> category.setValue(e.getDetail().strip().toUpperCase(java.util.Locale.ROOT)));
        category.setHelperText(getTranslation("crm.vat.category-hint"));
        DatePicker validFrom = LocalizedPickers.date(getTranslation("crm.vat.valid-from"));
        validFrom.setId("vat-valid-from");
        validFrom.setLocale(getLocale());
        BigDecimalField rate = new BigDecimalField(getTranslation("crm.vat.rate"));
        rate.setId("vat-rate");
        new CatalogDialog(
                        "crm.vat.add",
                        Map.of("category", category, "validFrom", validFrom, "rate", rate),
                        () -> rates.add(category.getValue(), validFrom.getValue(), rate.getValue()),
                        this::refresh,
                        category,
                        validFrom,
                        rate)
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.vat.title");
    }
}
