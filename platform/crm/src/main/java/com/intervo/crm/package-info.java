/** Customers, sites, equipment (the installed base) and catalogs: the always-on core under every module. */
@ApplicationModule(
        displayName = "CRM",
        allowedDependencies = {
            "kernel :: audit",
            "kernel :: company",
            "kernel :: customization",
            "kernel :: customization-ui",
            "kernel :: errors",
            "kernel :: files",
            "kernel :: files-ui",
            "kernel :: home",
            "kernel :: i18n",
            "kernel :: identity",
            "kernel :: map",
            "kernel :: search",
            "kernel :: tenancy",
            "kernel :: ui",
            "kernel :: ui-map"
        })
package com.intervo.crm;

import org.springframework.modulith.ApplicationModule;
