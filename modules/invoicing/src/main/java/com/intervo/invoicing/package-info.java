/** Invoicing: a product module, switched on per tenant by its license. */
@ApplicationModule(
        displayName = "Invoicing",
        allowedDependencies = {"kernel :: documents", "kernel :: licensing"})
package com.intervo.invoicing;

import org.springframework.modulith.ApplicationModule;
