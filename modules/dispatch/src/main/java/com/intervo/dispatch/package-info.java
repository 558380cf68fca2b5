/**
 * Dispatch: field-service tickets from the dispatcher's call to the manager's approval, the technicians' API with
 * push notifications, the live dispatch board. A product module, switched on per tenant by its license.
 */
@ApplicationModule(
        displayName = "Dispatch",
        allowedDependencies = {
            "kernel :: audit",
            "kernel :: company",
            "kernel :: customization",
            "kernel :: documents",
            "kernel :: errors",
            "kernel :: files",
            "kernel :: home",
            "kernel :: i18n",
            "kernel :: identity",
            "kernel :: licensing",
            "kernel :: live",
            "kernel :: mail",
            "kernel :: map",
            "kernel :: search",
            "kernel :: tenancy",
            "kernel :: ui",
            "kernel :: ui-map",
            "kernel :: zones",
            "crm"
        })
package com.intervo.dispatch;

import org.springframework.modulith.ApplicationModule;
