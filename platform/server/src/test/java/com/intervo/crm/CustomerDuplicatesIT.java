package com.intervo.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.domain.Customer;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A "new" customer with the phone or e-mail of an existing one: warned with the matches, offered to use one. */
@TenantIntegrationTest
class CustomerDuplicatesIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    CustomerService customers;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Customer ana(TenantId tenant) {
        return TenantContext.callAs(
                tenant,
                () -> customers.create(new CustomerDraft(
                        Customer.Kind.PERSON,
                        "Ana Lungu",
                        null,
                        "Ana.Lungu@Example.ro",
                        "0722 123 456",
                        "ro",
                        null,
                        Map.of(),
                        List.of(),
                        List.of())));
    }

    private long count(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> customers.count(""));
    }

    @Test
    void theSameNormalizedPhoneOrEmailIsFoundOnlyInTheSameWorkspace() {
        TenantId tenant = fixtures.newTenant();
        TenantId other = fixtures.newTenant();
        fixtures.signIn(tenant, "dispatcher");
        Customer ana = ana(tenant);
        assertThat(TenantContext.callAs(tenant, () -> customers.possibleDuplicates("+40 722 123 456", null)))
                .extracting(Customer::getId)
                .containsExactly(ana.getId());
        assertThat(TenantContext.callAs(tenant, () -> customers.possibleDuplicates(null, " ana.lungu@example.RO ")))
                .extracting(Customer::getId)
                .containsExactly(ana.getId());
        assertThat(TenantContext.callAs(tenant, () -> customers.possibleDuplicates("0722 123 457", "x@y.ro")))
                .isEmpty();
        assertThat(TenantContext.callAs(tenant, () -> customers.possibleDuplicates("12", "")))
                .isEmpty();
        fixtures.signIn(other, "dispatcher");
        assertThat(TenantContext.callAs(other, () -> customers.possibleDuplicates("0722 123 456", null)))
                .isEmpty();
    }

    @Test
    void theCustomerFormOffersTheExistingCustomerBeforeCreatingAnother() {
        TenantId tenant = fixtures.newTenant();
        fixtures.signIn(tenant, "dispatcher");
        Customer ana = ana(tenant);
        navigate("customers", Component.class);
        test(find(Button.class).withId("new-customer").single()).click();
        test(find(TextField.class).withId("customer-name").single()).setValue("Ana L.");
        test(find(TextField.class).withId("customer-phone").single()).setValue("+40 722 123 456");
        test(find(Button.class).withId("customer-save").single()).click();
        assertThat(find(Dialog.class)
                        .withId("customer-duplicates")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Ana Lungu");
        assertThat(count(tenant)).isEqualTo(1);
        test(find(Button.class).withId("customer-use-0").single()).click();
        assertThat(find(Component.class)
                        .withId("customer-title")
                        .single()
                        .getElement()
                        .getText())
                .isEqualTo("Ana Lungu");
        assertThat(count(tenant)).isEqualTo(1);

        // someone else with the same e-mail on purpose: created once confirmed
        navigate("customers", Component.class);
        test(find(Button.class).withId("new-customer").single()).click();
        test(find(TextField.class).withId("customer-name").single()).setValue("Mihai Lungu");
        test(find(com.vaadin.flow.component.textfield.EmailField.class)
                        .withId("customer-email")
                        .single())
                .setValue("ana.lungu@example.ro");
        test(find(Button.class).withId("customer-save").single()).click();
        test(find(Button.class).withId("customer-create-anyway").single()).click();
        assertThat(count(tenant)).isEqualTo(2);
        assertThat(ana.getId()).isNotNull();
    }

    @Test
    void theIntakeOffersTheExistingCustomer() {
        TenantId tenant = fixtures.newTenant(ModuleKey.WORKSHOP_SIMPLE);
        fixtures.signIn(tenant, "dispatcher");
        ana(tenant);
        navigate("workshop/intake", Component.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> mode =
                find(RadioButtonGroup.class).withId("intake-customer-mode").single();
        mode.setValue("new");
        test(find(TextField.class).withId("intake-customer-name").single()).setValue("Ana Lungu");
        test(find(TextField.class).withId("intake-customer-phone").single()).setValue("0722-123-456");
        test(find(TextField.class).withId("intake-serial").single()).setValue("DUP-1");
        test(find(TextField.class).withId("intake-device-name").single()).setValue("Phone");
        test(find(TextArea.class).withId("intake-problem").single()).setValue("Broken");
        test(find(Button.class).withId("intake-save").single()).click();
        assertThat(find(Dialog.class)
                        .withId("intake-duplicates")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Ana Lungu")
                .contains("0722 123 456");
        test(find(Button.class).withId("intake-use-customer-0").single()).click();
        assertThat(find(Component.class)
                        .withId("sheet-title")
                        .single()
                        .getElement()
                        .getText())
                .startsWith("FS-");
        assertThat(count(tenant)).isEqualTo(1);
    }
}
