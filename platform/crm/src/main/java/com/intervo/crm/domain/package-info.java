/**
 * The CRM's model: the drafts other modules pass to the CRM services, and the entities the dispatch ticket service
 * still reads until it uses the records ({@code CustomerRef}, {@code EquipmentRef}, …) every other module reads.
 * Repositories stay for the CRM's own services.
 */
@NamedInterface("model")
package com.intervo.crm.domain;

import org.springframework.modulith.NamedInterface;
