package com.intervo.workshop.ui;

import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetIntake;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;

/** E-mails the intake protocol to the customer's address (or another one typed here). */
class EmailProtocolDialog extends Dialog {

    EmailProtocolDialog(SheetIntake intake, SheetDetails sheet, Runnable queued) {
        setHeaderTitle(getTranslation("workshop.sheet.email-protocol"));
        EmailField address = new EmailField(getTranslation("workshop.sheet.email-to"));
        address.setId("email-protocol-address");
        address.setValue(
                sheet.customer().email() == null ? "" : sheet.customer().email());
        address.setWidthFull();
        Button send = new Button(getTranslation("workshop.sheet.send"), e -> {
            try {
                if (intake.emailIntakeProtocol(sheet.id(), address.getValue())) {
                    Notifications.success("workshop.sheet.email-queued", address.getValue());
                    close();
                    queued.run();
                } else {
                    Notifications.error("workshop.error.email");
                }
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of("email", address));
            }
        });
        send.setId("email-protocol-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(address);
        getFooter().add(new Button(getTranslation("workshop.action.cancel"), e -> close()), send);
    }
}
