package com.intervo.crm;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Test fixture: a module that adds entries to an equipment's history, as workshop sheets will. */
@Component
public class FixtureTimelineContributor implements EquipmentTimelineContributor {

    public final Map<UUID, List<TimelineEntry>> entries = new ConcurrentHashMap<>();

    @Override
    public List<TimelineEntry> entries(UUID equipmentId) {
        return entries.getOrDefault(equipmentId, List.of());
    }
}
