package com.intervo.workshop;

import com.intervo.crm.EquipmentTimelineContributor;
import com.intervo.crm.TimelineEntry;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.ServiceSheets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The equipment card's history shows every service sheet of the device: taken in, and handed back. */
@Component
class SheetTimeline implements EquipmentTimelineContributor {

    private final ServiceSheets sheets;
    private final Licenses licenses;

    SheetTimeline(ServiceSheets sheets, Licenses licenses) {
        this.sheets = sheets;
        this.licenses = licenses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(UUID equipmentId) {
        if (TenantContext.current().isEmpty() || !licenses.isLicensedHere(ModuleKey.WORKSHOP_SIMPLE)) {
            return List.of();
        }
        List<TimelineEntry> result = new ArrayList<>();
        for (ServiceSheet s : sheets.ofEquipment(equipmentId)) {
            String route = "workshop/sheets/" + s.getId();
            result.add(new TimelineEntry(
                    s.getReceivedAt(),
                    "workshop.timeline.received",
                    s.getNumber() + " – " + abbreviate(s.getProblem()),
                    route));
            if (s.getHandedOverAt() != null) {
                result.add(new TimelineEntry(
                        s.getHandedOverAt(),
                        "workshop.timeline.handed-over",
                        s.getNumber() + (s.getFinalNotes() == null ? "" : " – " + abbreviate(s.getFinalNotes())),
                        route));
            }
        }
        return result;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
