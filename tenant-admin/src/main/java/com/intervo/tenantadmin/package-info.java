/** The tenant's account: licenses, users and roles, sign-up, billing, operator console. Always on. */
@ApplicationModule(displayName = "Tenant administration", allowedDependencies = {"kernel"})
package com.intervo.tenantadmin;

import org.springframework.modulith.ApplicationModule;
