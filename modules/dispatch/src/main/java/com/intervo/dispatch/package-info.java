/**
 * Dispatch: field-service tickets from the dispatcher's call to the manager's approval, the technicians' API with
 * push notifications, the live dispatch board. A product module, switched on per tenant by its license.
 */
@ApplicationModule(displayName = "Dispatch", allowedDependencies = {"kernel", "crm", "crm :: model"})
package com.intervo.dispatch;

import org.springframework.modulith.ApplicationModule;
