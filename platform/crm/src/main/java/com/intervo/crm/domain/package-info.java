/**
 * The CRM's model: entities other modules read (a sheet or a ticket shows its customer and equipment) and the
 * drafts they pass to the CRM services. Repositories stay for the CRM's own services.
 */
@NamedInterface("model")
package com.intervo.crm.domain;

import org.springframework.modulith.NamedInterface;
