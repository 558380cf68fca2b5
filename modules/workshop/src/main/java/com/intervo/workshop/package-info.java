/**
 * Workshop Simple: service sheets from intake to hand-over, the repair queue, the customer tracking portal and
 * e-mail alerts. A product module, switched on per tenant by its license; builds on the CRM's customers and
 * equipment, read by id as the CRM's records (its {@code model} named interface only for the drafts of a customer
 * or device created at intake).
 */
@ApplicationModule(
        displayName = "Workshop Simple",
        allowedDependencies = {
            "kernel :: audit",
            "kernel :: company",
            "kernel :: customization",
            "kernel :: customization-ui",
            "kernel :: documents",
            "kernel :: errors",
            "kernel :: files",
            "kernel :: home",
            "kernel :: i18n",
            "kernel :: identity",
            "kernel :: licensing",
            "kernel :: mail",
            "kernel :: notifications",
            "kernel :: portal",
            "kernel :: search",
            "kernel :: security",
            "kernel :: tenancy",
            "kernel :: ui",
            "kernel :: ui-chart",
            "crm",
            "crm :: model"
        })
package com.intervo.workshop;

import org.springframework.modulith.ApplicationModule;
