package com.intervo.crm.ui.catalogs;

import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Row actions shared by the catalog grids. */
final class Actions {

    private Actions() {}

    /** A button that asks, then takes the entry out of the pick lists. */
    static Button deactivate(Runnable action) {
        UI ui = UI.getCurrent();
        Button button = new Button(VaadinIcon.ARCHIVE.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.setAriaLabel(ui.getTranslation("crm.catalogs.deactivate"));
        button.setTooltipText(ui.getTranslation("crm.catalogs.deactivate"));
        button.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(ui.getTranslation("crm.catalogs.deactivate"));
            confirm.setText(ui.getTranslation("crm.catalogs.deactivate-confirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(ui.getTranslation("crm.action.cancel"));
            confirm.setConfirmText(ui.getTranslation("crm.catalogs.deactivate"));
            confirm.addConfirmListener(c -> {
                try {
                    action.run();
                } catch (RuntimeException ex) {
                    Notifications.show(ex, java.util.Map.of());
                }
            });
            confirm.open();
        });
        return button;
    }
}
