/** Workshop Simple: a product module, switched on per tenant by its license. */
@ApplicationModule(displayName = "Workshop Simple", allowedDependencies = {"kernel"})
package com.intervo.workshop;

import org.springframework.modulith.ApplicationModule;
