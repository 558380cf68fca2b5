/** The assembly: embedded PostgreSQL default and demo data (of every module). */
@ApplicationModule(displayName = "Server", allowedDependencies = {"kernel", "crm", "crm :: model", "workshop", "workshop :: model",
        "dispatch"})
package com.intervo.server;

import org.springframework.modulith.ApplicationModule;
