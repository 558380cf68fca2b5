/** The assembly: embedded PostgreSQL default and demo data. */
@ApplicationModule(displayName = "Server", allowedDependencies = {"kernel", "crm", "crm :: model", "workshop", "workshop :: model"})
package com.intervo.server;

import org.springframework.modulith.ApplicationModule;
