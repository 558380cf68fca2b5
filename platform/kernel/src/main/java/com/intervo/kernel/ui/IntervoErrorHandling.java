package com.intervo.kernel.ui;

import com.intervo.kernel.tenancy.TenantAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors no view handled: a write refused because the workspace is read-only, or a role that does not
 * allow the action, become a translated notification; anything else goes to Vaadin's default handling.
 */
@Component
class IntervoErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private final transient ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            if (UI.getCurrent() != null && TenantAccess.isReadOnlyRefusal(failure)) {
                Notifications.error("kernel.read-only.refused");
            } else if (UI.getCurrent() != null && causedBy(failure, AccessDeniedException.class)) {
                Notifications.error("kernel.api.role-required");
            } else {
                fallback.error(event);
            }
        }

        private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
