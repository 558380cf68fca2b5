package com.intervo.kernel.customization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.customization.ChoiceOption;
import com.intervo.kernel.customization.CustomFieldDefinition;
import com.intervo.kernel.customization.CustomFieldType;
import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.testsupport.TenantIntegrationTest;
import com.intervo.testsupport.WithIntervoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reusable custom field form and grid columns, in the UI's language. */
@TenantIntegrationTest
@WithIntervoUser(workspace = "demo", username = "admin")
class CustomFieldsFormIT extends SpringBrowserlessTest {

    static CustomFieldDefinition field(
            String key, CustomFieldType type, boolean required, int position, List<ChoiceOption> options) {
        return new CustomFieldDefinition(
                UUID.randomUUID(),
                CustomizableEntity.EQUIPMENT,
                null,
                key,
                type,
                required,
                position,
                true,
                Map.of("en", key.toUpperCase(), "ro", key + " (ro)"),
                Map.of("en", "help " + key),
                options,
                0L);
    }

    static final List<CustomFieldDefinition> FIELDS = List.of(
            field("contract_no", CustomFieldType.TEXT, true, 0, List.of()),
            field("floor", CustomFieldType.NUMBER, false, 1, List.of()),
            field("due", CustomFieldType.DATE, false, 2, List.of()),
            field("outdoor", CustomFieldType.BOOLEAN, false, 3, List.of()),
            field(
                    "colour",
                    CustomFieldType.CHOICE,
                    false,
                    4,
                    List.of(
                            new ChoiceOption("white", Map.of("en", "White", "ro", "Alb")),
                            new ChoiceOption("inox", Map.of("en", "Steel")))),
            new CustomFieldDefinition(
                    UUID.randomUUID(),
                    CustomizableEntity.EQUIPMENT,
                    null,
                    "gone",
                    CustomFieldType.TEXT,
                    false,
                    5,
                    false,
                    Map.of("en", "Gone"),
                    Map.of(),
                    List.of(),
                    0L));

    @Test
    @SuppressWarnings("unchecked")
    void rendersOneInputPerActiveFieldAndRoundTripsValues() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ro"));
        CustomFieldsForm form = new CustomFieldsForm(FIELDS);
        UI.getCurrent().add(form);
        TextField contract = (TextField) form.input("contract_no").orElseThrow();
        assertThat(contract.getLabel()).isEqualTo("contract_no (ro)");
        assertThat(contract.getHelperText()).as("no Romanian help: English").isEqualTo("help contract_no");
        assertThat(contract.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.input("floor").orElseThrow()).isInstanceOf(BigDecimalField.class);
        assertThat(form.input("due").orElseThrow()).isInstanceOf(DatePicker.class);
        assertThat(form.input("outdoor").orElseThrow()).isInstanceOf(Checkbox.class);
        assertThat(form.input("gone")).isEmpty();
        ComboBox<ChoiceOption> colour =
                (ComboBox<ChoiceOption>) form.input("colour").orElseThrow();
        assertThat(colour.getItemLabelGenerator().apply(FIELDS.get(4).options().get(0)))
                .isEqualTo("Alb");

        form.setValues(Map.of(
                "contract_no",
                "C-1",
                "floor",
                new BigDecimal("2.5"),
                "due",
                "2027-03-31",
                "outdoor",
                true,
                "colour",
                "inox"));
        assertThat(form.getValues())
                .containsExactly(
                        Map.entry("contract_no", "C-1"),
                        Map.entry("floor", new BigDecimal("2.5")),
                        Map.entry("due", LocalDate.of(2027, 3, 31)),
                        Map.entry("outdoor", true),
                        Map.entry("colour", "inox"));

        List<String> elsewhere = form.showErrors(new CustomFieldValidationException(List.of(
                new CustomFieldValidationException.Problem(
                        "contract_no", FIELDS.get(0).labels(), "customization.error.required", List.of()),
                new CustomFieldValidationException.Problem(
                        "other", Map.of(), "customization.error.unknown-field", List.of()))));
        assertThat(contract.isInvalid()).isTrue();
        assertThat(contract.getErrorMessage()).isEqualTo("contract_no (ro) este obligatoriu.");
        assertThat(elsewhere).containsExactly("Aici nu există câmpul other.");
        form.clearErrors();
        assertThat(contract.isInvalid()).isFalse();
    }

    @Test
    void gridColumnsShowFormattedValues() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Grid<Map<String, Object>> grid = new Grid<>();
        List<Grid.Column<Map<String, Object>>> columns = CustomFieldColumns.addTo(grid, FIELDS, row -> row);
        assertThat(columns).hasSize(5);
        assertThat(columns).allSatisfy(c -> assertThat(c.isSortable()).isFalse());
        grid.setItems(List.of(Map.of("due", "2027-03-31", "outdoor", false, "colour", "white", "floor", 1234.5)));
        UI.getCurrent().add(grid);
        var tester = test(grid);
        assertThat(tester.getCellText(0, tester.getColumnPosition("custom-due")))
                .isEqualTo("Mar 31, 2027");
        assertThat(tester.getCellText(0, tester.getColumnPosition("custom-outdoor")))
                .isEqualTo("No");
        assertThat(tester.getCellText(0, tester.getColumnPosition("custom-colour")))
                .isEqualTo("White");
        assertThat(tester.getCellText(0, tester.getColumnPosition("custom-floor")))
                .isEqualTo("1,234.5");
    }
}
