package com.intervo.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for a reason (decline, postpone, cancel) or a short text, then runs the action with it. */
class ReasonDialog extends Dialog {

    ReasonDialog(String titleKey, String labelKey, String confirmKey, boolean required, Consumer<String> action) {
        setHeaderTitle(getTranslation(titleKey));
        setId("reason-dialog");
        setWidth("min(30rem, 96vw)");
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setId("reason-text");
        text.setWidthFull();
        text.setMaxLength(1000);
        text.setRequired(required);
        add(text);
        Button confirm = new Button(getTranslation(confirmKey), e -> {
            if (required && text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("dispatch.error.required"));
                text.setInvalid(true);
                return;
            }
            close();
            action.accept(text.getValue());
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("dispatch.action-button.close"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }
}
