/** The tenant's account: licenses, users and roles, sign-up, billing, operator console. Always on. */
@ApplicationModule(
        displayName = "Tenant administration",
        allowedDependencies = {
            "kernel :: audit", "kernel :: company", "kernel :: customization", "kernel :: documents",
                    "kernel :: errors",
            "kernel :: home", "kernel :: i18n", "kernel :: identity", "kernel :: licensing", "kernel :: mail",
            "kernel :: notifications", "kernel :: security", "kernel :: tenancy", "kernel :: ui", "kernel :: zones"
        })
package com.intervo.tenantadmin;

import org.springframework.modulith.ApplicationModule;
