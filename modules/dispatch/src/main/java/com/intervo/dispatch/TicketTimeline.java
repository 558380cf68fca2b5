package com.intervo.dispatch;

import com.intervo.crm.EquipmentTimelineContributor;
import com.intervo.crm.TimelineEntry;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The equipment card's history gets every ticket of the equipment: opened, and done (with the work report). */
@Component
class TicketTimeline implements EquipmentTimelineContributor {

    private final Tickets tickets;
    private final Licenses licenses;

    TicketTimeline(Tickets tickets, Licenses licenses) {
        this.tickets = tickets;
        this.licenses = licenses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(UUID equipmentId) {
        if (!licenses.isLicensedHere(ModuleKey.DISPATCH)) {
            return List.of();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        tickets.ofEquipment(equipmentId).forEach(t -> {
            String route = "dispatch/tickets/" + t.getId();
            entries.add(new TimelineEntry(
                    t.getCreatedAt(), "dispatch.timeline.opened", t.getNumber() + " · " + t.getProblem(), route));
            if (t.getFinishedAt() != null) {
                entries.add(new TimelineEntry(
                        t.getFinishedAt(),
                        "dispatch.timeline.done",
                        t.getNumber()
                                + (t.getReportNumber() == null ? "" : " · " + t.getReportNumber())
                                + (t.getWorkDone() == null ? "" : " · " + t.getWorkDone()),
                        route));
            }
        });
        return entries;
    }
}
