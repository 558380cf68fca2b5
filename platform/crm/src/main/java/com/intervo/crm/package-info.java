/** Customers, sites, equipment (the installed base) and catalogs: the always-on core under every module. */
@ApplicationModule(displayName = "CRM", allowedDependencies = {"kernel"})
package com.intervo.crm;

import org.springframework.modulith.ApplicationModule;
