package com.intervo.tenantadmin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.crm.CustomerService;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.tenantadmin.billing.Subscriptions;
import com.intervo.testsupport.StripeStub;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The licenses page and read-only mode in the UI, without a browser. */
@TenantIntegrationTest
class BillingViewsIT extends SpringBrowserlessTest {

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    Subscriptions billing;

    @Autowired
    TenantAccess access;

    @Autowired
    CustomerService customers;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private TenantId trialTenantWithAdmin() {
        TenantId tenant = fixtures.newTenant();
        billing.startTrial(tenant);
        fixtures.signIn(tenant, "admin");
        return tenant;
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingWorkshopPlusBringsSimpleAndAPlanTooSmallIsRefused() {
        trialTenantWithAdmin();
        navigate(LicensesView.class);
        assertThat(find(Span.class).id("billing-status-text").getText()).startsWith("Trial");
        assertThat(find(Span.class).id("billing-users").getText()).isEqualTo("4 of 10 users");

        Checkbox plus = find(Checkbox.class).id("billing-module-workshop_plus");
        Checkbox simple = find(Checkbox.class).id("billing-module-workshop_simple");
        test(plus).click();
        assertThat(simple.getValue()).isTrue();
        assertThat(simple.isEnabled()).isFalse();
        assertThat(simple.getHelperText()).isEqualTo("Included with another module you chose");

        RadioButtonGroup<com.intervo.tenantadmin.billing.Plan> plan =
                find(RadioButtonGroup.class).id("billing-plan");
        plan.setValue(com.intervo.tenantadmin.billing.Plan.TEAM);
        // Team 49 + Workshop Plus 15 × 4 users; Simple is not charged on top
        assertThat(find(Span.class).id("billing-total").getText())
                .contains("109")
                .contains("4 users");

        plan.setValue(com.intervo.tenantadmin.billing.Plan.STARTER);
        int calls = StripeStub.get().requests().size();
        // nothing changes before the admin has seen what changes and what it costs
        test(find(Button.class).id("billing-order")).click();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                        .single();
        assertThat(find(Div.class).id("billing-confirm-text").getElement().getTextRecursively())
                .contains("Plan: Trial → Starter")
                .contains("Users: up to 10 users → up to 3 users")
                .contains("the new plan allows 3, your workspace has 4 now")
                .contains("Monthly cost");
        test(confirm).cancel();
        assertThat(StripeStub.get().requests()).hasSize(calls);
        assertThat(find(Notification.class).all()).isEmpty();
        test(find(Button.class).id("billing-order")).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                        .all()
                        .getLast())
                .confirm();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains(
                        "Your workspace has 4 users; this plan allows 3. Choose a larger plan or deactivate users first.");
        assertThat(StripeStub.get().requests()).hasSize(calls);
        test(plus).click();
        assertThat(simple.isEnabled()).isTrue();
    }

    @Test
    void aReadOnlyWorkspaceShowsWhyAndRefusesToSaveWithoutLosingTheForm() {
        TenantId tenant = trialTenantWithAdmin();
        access.setReadOnly(tenant, true);
        try {
            navigate("customers", com.vaadin.flow.component.Component.class);
            assertThat(find(Div.class).id("read-only-banner").getElement().getTextRecursively())
                    .contains("a payment is overdue");
            long before = TenantContext.callAs(tenant, () -> customers.count(""));
            test(find(Button.class).id("new-customer")).click();
            test(find(TextField.class).id("customer-name")).setValue("Read-only Ltd");
            test(find(TextField.class).id("customer-phone")).setValue("0722 000 111");
            test(find(Button.class).id("customer-save")).click();
            assertThat(find(Notification.class).all())
                    .extracting(n -> test(n).getText())
                    .anyMatch(t -> t.startsWith("This workspace is read-only because a payment is overdue."));
            // the dialog stays open with what was typed
            assertThat(find(TextField.class).id("customer-name").getValue()).isEqualTo("Read-only Ltd");
            assertThat(TenantContext.callAs(tenant, () -> customers.count(""))).isEqualTo(before);
        } finally {
            access.setReadOnly(tenant, false);
        }
    }
}
