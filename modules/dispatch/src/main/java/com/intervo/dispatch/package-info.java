/** Dispatch: a product module, switched on per tenant by its license. */
@ApplicationModule(displayName = "Dispatch", allowedDependencies = {"kernel"})
package com.intervo.dispatch;

import org.springframework.modulith.ApplicationModule;
