package com.intervo.dispatch.ui;

import com.intervo.dispatch.DispatchSettings;
import com.intervo.dispatch.ReportSending;
import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The workspace's dispatch settings (admins): when the work report goes to the customer, and how often the
 * technicians' phones record their position.
 */
@Route("dispatch/settings")
@Menu(title = "dispatch.settings.title", order = 29, icon = "vaadin:cog-o")
@RolesAllowed("ADMIN")
class DispatchSettingsView extends VerticalLayout implements HasDynamicTitle {

    DispatchSettingsView(DispatchSettings settings) {
        setId("dispatch-settings");
        setMaxWidth("48rem");
        H2 title = new H2(getTranslation("dispatch.settings.title"));
        RadioButtonGroup<ReportSending> sending =
                new RadioButtonGroup<>(getTranslation("dispatch.settings.report-sending"));
        sending.setId("report-sending");
        sending.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        sending.setItems(ReportSending.values());
        sending.setItemLabelGenerator(s -> getTranslation(s.nameKey()));
        sending.setValue(settings.reportSending());
        Paragraph hint = new Paragraph(getTranslation("dispatch.settings.report-sending-hint"));
        hint.addClassName("intervo-hint");
        IntegerField interval = new IntegerField(getTranslation("dispatch.settings.location-interval"));
        interval.setId("location-interval");
        interval.setMin(DispatchSettings.MIN_LOCATION_INTERVAL_SECONDS);
        interval.setMax(DispatchSettings.MAX_LOCATION_INTERVAL_SECONDS);
        interval.setStepButtonsVisible(true);
        interval.setRequiredIndicatorVisible(true);
        interval.setHelperText(getTranslation(
                "dispatch.settings.location-interval-hint",
                DispatchSettings.MIN_LOCATION_INTERVAL_SECONDS,
                DispatchSettings.MAX_LOCATION_INTERVAL_SECONDS));
        interval.setValue(settings.locationIntervalSeconds());
        interval.addValueChangeListener(e -> interval.setInvalid(false));
        Button save = new Button(getTranslation("dispatch.settings.save"), e -> {
            Integer seconds = interval.getValue();
            if (seconds == null
                    || seconds < DispatchSettings.MIN_LOCATION_INTERVAL_SECONDS
                    || seconds > DispatchSettings.MAX_LOCATION_INTERVAL_SECONDS) {
                interval.setErrorMessage(getTranslation(
                        "dispatch.error.location-interval",
                        DispatchSettings.MIN_LOCATION_INTERVAL_SECONDS,
                        DispatchSettings.MAX_LOCATION_INTERVAL_SECONDS));
                interval.setInvalid(true);
                return;
            }
            try {
                settings.change(sending.getValue(), seconds);
                Notifications.success("dispatch.settings.saved");
            } catch (RuntimeException failure) {
                DispatchUi.show(failure);
            }
        });
        save.setId("dispatch-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, sending, hint, interval, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dispatch.settings.title");
    }
}
