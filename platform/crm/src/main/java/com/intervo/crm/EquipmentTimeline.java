package com.intervo.crm;

import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.identity.PersonNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** Gathers the history of one piece of equipment from every contributor, newest first. */
@Service
public class EquipmentTimeline {

    private final List<EquipmentTimelineContributor> contributors;
    private final PersonNames people;

    EquipmentTimeline(List<EquipmentTimelineContributor> contributors, PersonNames people) {
        this.contributors = contributors;
        this.people = people;
    }

    public List<TimelineEntry> of(Equipment equipment) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(
                equipment.getCreatedAt(), "crm.timeline.registered", people.of(equipment.getCreatedBy()), null));
        for (EquipmentTimelineContributor contributor : contributors) {
            entries.addAll(contributor.entries(equipment.getId()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }
}
