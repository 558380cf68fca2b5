/** Workshop Plus: a product module, switched on per tenant by its license. */
@ApplicationModule(
        displayName = "Workshop Plus",
        allowedDependencies = {"kernel :: licensing", "workshop"})
package com.intervo.workshop.plus;

import org.springframework.modulith.ApplicationModule;
