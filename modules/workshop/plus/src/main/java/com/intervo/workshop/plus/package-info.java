/**
 * Workshop Plus: the evaluation stage (the equipment type's checklist with defects, causes, photos and what each
 * problem needs), quotes the customer accepts on the portal or by phone, the repair stage with the accepted quote as
 * checklist, the sale ready for invoicing, warranty repairs, equipment irreparable for lack of parts and statistics
 * per repair type. Builds on Workshop Simple (its sheets, portal and protocols) and the CRM's catalogs; meets Stock,
 * Purchasing and Invoicing only through its events ({@link com.intervo.workshop.plus.QuoteAccepted},
 * {@link com.intervo.workshop.plus.WorkshopSaleCompleted}).
 */
@ApplicationModule(
        displayName = "Workshop Plus",
        allowedDependencies = {
            "kernel :: company",
            "kernel :: customization",
            "kernel :: customization-ui",
            "kernel :: documents",
            "kernel :: errors",
            "kernel :: files",
            "kernel :: i18n",
            "kernel :: identity",
            "kernel :: licensing",
            "kernel :: mail",
            "kernel :: portal",
            "kernel :: security",
            "kernel :: tenancy",
            "kernel :: ui",
            "kernel :: ui-chart",
            "crm",
            "crm :: model",
            "workshop"
        })
package com.intervo.workshop.plus;

import org.springframework.modulith.ApplicationModule;
