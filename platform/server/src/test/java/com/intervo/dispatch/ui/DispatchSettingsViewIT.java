package com.intervo.dispatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.DispatchFixturesAccess;
import com.intervo.dispatch.DispatchSettings;
import com.intervo.dispatch.ReportSending;
import com.intervo.testsupport.TenantFixtures;
import com.intervo.testsupport.TenantIntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin sets the phones' location interval on the Dispatch settings screen: 15–900 s, else a translated error. */
@TenantIntegrationTest
class DispatchSettingsViewIT extends SpringBrowserlessTest {

    @Autowired
    DispatchFixturesAccess dispatch;

    @Autowired
    TenantFixtures fixtures;

    @Autowired
    DispatchSettings settings;

    DispatchFixturesAccess.Workspace ws;

    @BeforeEach
    void workspace() {
        ws = dispatch.workspace();
        fixtures.signIn(ws.tenant(), "admin");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void theAdminSetsTheLocationIntervalWithinItsBounds() {
        navigate("dispatch/settings", Component.class);
        IntegerField interval =
                find(IntegerField.class).withId("location-interval").single();
        assertThat(interval.getValue()).isEqualTo(60);
        assertThat(interval.getMin()).isEqualTo(15);
        assertThat(interval.getMax()).isEqualTo(900);
        assertThat(interval.getHelperText()).contains("15").contains("900");

        // out of range: a translated message on the field, nothing saved
        for (Integer bad : new Integer[] {10, 901, null}) {
            interval.setValue(bad);
            test(find(Button.class).withId("dispatch-settings-save").single()).click();
            assertThat(interval.isInvalid()).as(String.valueOf(bad)).isTrue();
            assertThat(interval.getErrorMessage()).isEqualTo("The location interval is between 15 and 900 seconds.");
            assertThat(dispatch.as(ws.tenant(), "admin", settings::locationIntervalSeconds))
                    .isEqualTo(60);
            fixtures.signIn(ws.tenant(), "admin");
        }

        test(interval).setValue(45);
        assertThat(interval.isInvalid()).isFalse();
        test(find(Button.class).withId("dispatch-settings-save").single()).click();
        assertThat(dispatch.as(ws.tenant(), "admin", settings::locationIntervalSeconds))
                .isEqualTo(45);
        // saving the interval keeps the report setting as shown
        assertThat(dispatch.as(ws.tenant(), "admin", settings::reportSending)).isEqualTo(ReportSending.AFTER_APPROVAL);
        fixtures.signIn(ws.tenant(), "admin");

        // read back on the next visit
        navigate("dispatch/settings", Component.class);
        assertThat(find(IntegerField.class).withId("location-interval").single().getValue())
                .isEqualTo(45);
    }
}
