package com.intervo.crm;

import java.util.List;
import java.util.UUID;

/**
 * Extension point of the equipment card: a module (workshop sheets, tickets, inspections) adds what happened
 * to a piece of equipment. Called with the equipment's tenant bound; a contributor of a product module must
 * return nothing when its tenant is not licensed for it.
 */
public interface EquipmentTimelineContributor {

    List<TimelineEntry> entries(UUID equipmentId);
}
