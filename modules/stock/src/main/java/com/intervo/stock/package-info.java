/** Stock: a product module, switched on per tenant by its license. */
@ApplicationModule(displayName = "Stock", allowedDependencies = {
        "kernel :: licensing"})
package com.intervo.stock;

import org.springframework.modulith.ApplicationModule;
