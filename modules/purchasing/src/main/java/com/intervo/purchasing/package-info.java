/** Purchasing: a product module, switched on per tenant by its license. */
@ApplicationModule(
        displayName = "Purchasing",
        allowedDependencies = {"kernel :: licensing", "stock"})
package com.intervo.purchasing;

import org.springframework.modulith.ApplicationModule;
