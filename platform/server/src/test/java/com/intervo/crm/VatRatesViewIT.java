package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.domain.Part;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.ui.NotFoundView;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The VAT rates screen and the VAT category of a part, without a browser, on a fresh workspace. */
@TenantIntegrationTest
class VatRatesViewIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    VatRateService vatRates;

    @Autowired
    CatalogService catalogs;

    TenantId tenant;

    @BeforeEach
    void workspace() {
        tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "admin");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        TenantContext.clear();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminAddsDatedRatesAndAPartFollowsItsCategory() {
        navigate("catalogs/vat-rates", Component.class);
        for (Object[] rate : new Object[][] {
            {"standard", LocalDate.of(2017, 1, 1), "19"}, {"STANDARD", LocalDate.of(2025, 8, 1), "21"}
        }) {
            test(find(Button.class).withId("vat-add").single()).click();
            ComboBox<String> category =
                    find(ComboBox.class).withId("vat-category").single();
            category.setValue(((String) rate[0]).toUpperCase());
            test(find(DatePicker.class).withId("vat-valid-from").single()).setValue((LocalDate) rate[1]);
            test(find(BigDecimalField.class).withId("vat-rate").single()).setValue(new BigDecimal((String) rate[2]));
            test(find(Button.class).withId("catalog-save").single()).click();
        }
        assertThat(test(find(Grid.class).withId("vat-grid").single()).size()).isEqualTo(2);
        // the same date twice is refused; the dialog stays open with the error on the date
        test(find(Button.class).withId("vat-add").single()).click();
        find(ComboBox.class).withId("vat-category").single().setValue("STANDARD");
        test(find(DatePicker.class).withId("vat-valid-from").single()).setValue(LocalDate.of(2025, 8, 1));
        test(find(BigDecimalField.class).withId("vat-rate").single()).setValue(new BigDecimal("22"));
        test(find(Button.class).withId("catalog-save").single()).click();
        assertThat(find(DatePicker.class).withId("vat-valid-from").single().isInvalid())
                .isTrue();
        assertThat(vatRates.all()).hasSize(2);
        find(com.vaadin.flow.component.dialog.Dialog.class).single().close();

        // a new part follows STANDARD: today's rate is shown and the field is read-only
        navigate("catalogs/parts", Component.class);
        test(find(Button.class).withId("catalog-add").single()).click();
        ComboBox<String> vatCategory =
                find(ComboBox.class).withId("catalog-vat-category").single();
        assertThat(vatCategory.getValue()).isEqualTo("STANDARD");
        BigDecimalField vat = find(BigDecimalField.class).withId("catalog-vat").single();
        assertThat(vat.getValue()).isEqualByComparingTo("21");
        assertThat(vat.isReadOnly()).isTrue();
        test(find(TextField.class).withId("catalog-code").single()).setValue("VA-8");
        test(find(TextField.class).withId("catalog-name").single()).setValue("Vas de expansiune");
        test(find(TextField.class).withId("catalog-unit").single()).setValue("buc");
        test(find(BigDecimalField.class).withId("catalog-cost").single()).setValue(new BigDecimal("180"));
        test(find(BigDecimalField.class).withId("catalog-price").single()).setValue(new BigDecimal("290"));
        test(find(Button.class).withId("catalog-save").single()).click();
        Part part = catalogs.parts().getFirst();
        assertThat(part.getVatCategory()).isEqualTo("STANDARD");
        assertThat(vatRates.rateOn(part, LocalDate.of(2025, 7, 31))).isEqualByComparingTo("19");
        assertThat(test(find(Grid.class).withId("catalog-grid").single()).getCellText(0, 5))
                .contains("21")
                .contains("STANDARD");
    }

    @Test
    void aTechnicianDoesNotOpenTheRates() {
        fixtures.signIn(tenant, "technician");
        navigate("catalogs/vat-rates", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
