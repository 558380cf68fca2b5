package com.intervo.dispatch.ui;

import com.intervo.kernel.ui.LocalizedPickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

/** One click from the board: the customer is told the new arrival time (and why, optionally). */
class DelayDialog extends Dialog {

    DelayDialog(String number, Instant currentEta, ZoneId zone, BiConsumer<Instant, String> notify) {
        setHeaderTitle(getTranslation("dispatch.delay.title", number));
        setId("delay-dialog");
        setWidth("min(30rem, 96vw)");
        DateTimePicker eta = LocalizedPickers.dateTime(getTranslation("dispatch.delay.eta"));
        eta.setId("delay-eta");
        eta.setStep(java.time.Duration.ofMinutes(15));
        LocalDateTime suggested = LocalDateTime.ofInstant(
                        (currentEta == null ? Instant.now() : currentEta).plus(1, ChronoUnit.HOURS), zone)
                .truncatedTo(ChronoUnit.HOURS);
        eta.setValue(suggested);
        TextArea message = new TextArea(getTranslation("dispatch.delay.message"));
        message.setId("delay-message");
        message.setWidthFull();
        message.setMaxLength(1000);
        add(eta, message);
        Button send = new Button(getTranslation("dispatch.delay.send"), e -> {
            if (eta.getValue() == null) {
                eta.setInvalid(true);
                return;
            }
            close();
            notify.accept(eta.getValue().atZone(zone).toInstant(), message.getValue());
        });
        send.setId("delay-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("dispatch.action-button.close"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, send);
    }
}
