/**
 * The workshop's model: service sheets, their work log and status history, and the tenant's e-mail texts — what the
 * module's services return and the demo data reads. Repositories stay for the workshop's own services.
 */
@NamedInterface("model")
package com.intervo.workshop.domain;

import org.springframework.modulith.NamedInterface;
