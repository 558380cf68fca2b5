package com.intervo.kernel.security;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleCatalog;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Refuses navigation to a view of a module the user's tenant is not licensed for: a direct URL is refused,
 * not just hidden from the menu. Platform views are left to the role annotations, and so are a module's
 * {@code @AnonymousAllowed} public pages, which check the license of the tenant they resolve.
 */
class LicenseAccessChecker implements NavigationAccessChecker {

    private final transient ObjectProvider<ModuleCatalog> catalog;
    private final transient ObjectProvider<Licenses> licenses;

    LicenseAccessChecker(ObjectProvider<ModuleCatalog> catalog, ObjectProvider<Licenses> licenses) {
        this.catalog = catalog;
        this.licenses = licenses;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Optional<ModuleDescriptor> module = catalog.getObject().owning(context.getNavigationTarget());
        if (module.isEmpty()) {
            return context.neutral();
        }
        if (context.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
            // a public page (a tracking portal) has no signed-in tenant: it resolves its tenant from what the
            // visitor types and checks that tenant's license itself
            return context.neutral();
        }
        boolean licensed = context.getPrincipal() instanceof IntervoAuthentication auth
                && licenses.getObject()
                        .isLicensed(auth.getPrincipal().tenant(), module.get().key());
        return licensed
                ? context.neutral()
                : context.deny("Module " + module.get().key() + " is not licensed");
    }
}
