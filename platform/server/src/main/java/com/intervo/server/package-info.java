/** The assembly: embedded PostgreSQL default and demo data. */
@ApplicationModule(displayName = "Server", allowedDependencies = {"kernel", "crm", "crm :: model", "workshop"})
package com.intervo.server;

import org.springframework.modulith.ApplicationModule;
