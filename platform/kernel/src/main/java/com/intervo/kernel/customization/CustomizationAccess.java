package com.intervo.kernel.customization;

import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.tenancy.TenantContext;
import org.springframework.security.access.AccessDeniedException;

/** Changes to customization data: a tenant must be bound, and a signed-in user must be an admin. */
final class CustomizationAccess {

    private CustomizationAccess() {}

    /** Work without a signed-in user (provisioning, demo data, jobs) runs as "system" and may proceed. */
    static void requireAdmin() {
        TenantContext.require();
        IntervoAuthentication.current().ifPresent(user -> {
            if (!user.has(Role.ADMIN)) {
                throw new AccessDeniedException("Customization needs the ADMIN role");
            }
        });
    }
}
