package com.intervo.workshop.ui;

import com.intervo.kernel.ui.Notifications;
import com.intervo.workshop.SheetDetails;
import com.intervo.workshop.SheetHandOver;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** The customer collects the device: final notes, and the sheet closes. */
class HandOverDialog extends Dialog {

    HandOverDialog(SheetHandOver handOver, SheetDetails sheet, Runnable handedOver) {
        setHeaderTitle(getTranslation("workshop.sheet.hand-over"));
        setWidth("min(36rem, 95vw)");
        TextArea notes = new TextArea(getTranslation("workshop.sheet.final-notes"));
        notes.setId("handover-notes");
        notes.setWidthFull();
        notes.setMaxLength(4000);
        Button confirm = new Button(getTranslation("workshop.sheet.hand-over-confirm"), e -> {
            try {
                handOver.handOver(sheet.id(), notes.getValue());
                Notifications.success("workshop.sheet.handed-over-done", sheet.number());
                close();
                handedOver.run();
            } catch (RuntimeException ex) {
                Notifications.show(ex, Map.of("finalNotes", notes));
            }
        });
        confirm.setId("handover-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("workshop.sheet.hand-over-hint")), notes);
        getFooter().add(new Button(getTranslation("workshop.action.cancel"), e -> close()), confirm);
    }
}
