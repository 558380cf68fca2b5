/** The assembly: embedded PostgreSQL default and demo data (of every module). */
@ApplicationModule(
        displayName = "Server",
        allowedDependencies = {
            "kernel :: company",
            "kernel :: customization",
            "kernel :: identity",
            "kernel :: licensing",
            "kernel :: tenancy",
            "kernel :: ui",
            "kernel :: zones",
            "crm",
            "crm :: model",
            "workshop",
            "workshop :: model",
            "dispatch"
        })
package com.intervo.server;

import org.springframework.modulith.ApplicationModule;
