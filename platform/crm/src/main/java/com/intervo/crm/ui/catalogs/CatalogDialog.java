package com.intervo.crm.ui.catalogs;

import com.intervo.kernel.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Map;

/** The add/edit dialog every catalog screen uses: a form, Save and Cancel; errors land on their field. */
class CatalogDialog extends Dialog {

    interface SaveAction {
        void save();
    }

    CatalogDialog(
            String titleKey,
            Map<String, ? extends HasValidation> fields,
            SaveAction action,
            Runnable afterSave,
            Component... components) {
        setId("catalog-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(40rem, 100vw)");
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        Button save = new Button(getTranslation("crm.action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                action.save();
                Notifications.success("crm.saved");
                close();
                afterSave.run();
            } catch (RuntimeException ex) {
                Notifications.show(ex, fields);
            }
        });
        save.setId("catalog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("crm.action.cancel"), e -> close()), save);
    }
}
