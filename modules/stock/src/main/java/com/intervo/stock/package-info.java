/** Stock: a product module, switched on per tenant by its license. */
@ApplicationModule(
        displayName = "Stock",
        allowedDependencies = {"kernel :: audit", "kernel :: documents", "kernel :: licensing"})
package com.intervo.stock;

import org.springframework.modulith.ApplicationModule;
