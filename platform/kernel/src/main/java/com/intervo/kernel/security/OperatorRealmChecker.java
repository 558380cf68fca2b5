package com.intervo.kernel.security;

import com.intervo.kernel.identity.OperatorAuthentication;
import com.intervo.kernel.ui.OperatorConsole;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.security.Principal;

/**
 * Keeps the two realms apart: an operator opens only {@link OperatorConsole} views (and the error view), a
 * workspace user never opens one. Anonymous visitors are left to the access annotations.
 */
class OperatorRealmChecker implements NavigationAccessChecker {

    @Override
    public AccessCheckResult check(NavigationContext context) {
        boolean console = context.getNavigationTarget().isAnnotationPresent(OperatorConsole.class);
        Principal principal = context.getPrincipal();
        if (principal instanceof OperatorAuthentication) {
            return console || context.isErrorHandling()
                    ? context.neutral()
                    : context.deny("An operator opens only the operator console");
        }
        if (console && principal != null) {
            return context.deny("The operator console is not part of a workspace");
        }
        return context.neutral();
    }
}
