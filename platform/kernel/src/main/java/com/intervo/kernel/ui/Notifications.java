package com.intervo.kernel.ui;

import com.intervo.kernel.customization.CustomFieldValidationException;
import com.intervo.kernel.errors.DomainException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Translated feedback in views; domain errors land on the field they name. */
public final class Notifications {

    private Notifications() {}

    public static void success(String key, Object... params) {
        Notification n = Notification.show(
                UI.getCurrent().getTranslation(key, params), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String key, Object... params) {
        Notification n =
                Notification.show(UI.getCurrent().getTranslation(key, params), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Shows a failed save: the message goes on the named field when the form has it, and in a notification.
     * Returns normally for the errors it knows; rethrows the others.
     */
    public static void show(RuntimeException e, Map<String, ? extends HasValidation> fields) {
        // refused custom fields go back to the form that marks each of them
        if (e instanceof DomainException d && !(e instanceof CustomFieldValidationException)) {
            String text = UI.getCurrent().getTranslation(d.messageKey(), d.params());
            HasValidation field = d.field() == null ? null : fields.get(d.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            error(d.messageKey(), d.params());
        } else if (e instanceof ObjectOptimisticLockingFailureException) {
            error("kernel.api.stale-update");
        } else if (e instanceof AccessDeniedException) {
            error("kernel.api.role-required");
        } else if (com.intervo.kernel.tenancy.TenantAccess.isReadOnlyRefusal(e)) {
            error("kernel.read-only.refused");
        } else {
            throw e;
        }
    }
}
