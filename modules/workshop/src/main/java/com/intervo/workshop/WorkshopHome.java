package com.intervo.workshop;

import com.intervo.kernel.home.HomeContributor;
import com.intervo.kernel.home.WorkCount;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home's cards of the repair shop: the reception sees open questions, sheets nobody has taken and overdue ones;
 * a technician sees the sheets on their bench and those waiting to be taken. Each opens the queue filtered.
 */
@Component
class WorkshopHome implements HomeContributor {

    private final RepairQueue sheets;
    private final Licenses licenses;

    WorkshopHome(RepairQueue sheets, Licenses licenses) {
        this.sheets = sheets;
        this.licenses = licenses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkCount> workToday(IntervoUser user) {
        if (TenantContext.current().isEmpty() || !licenses.isLicensedHere(ModuleKey.WORKSHOP_SIMPLE)) {
            return List.of();
        }
        boolean desk = user.has(Role.ADMIN) || user.has(Role.DISPATCHER) || user.has(Role.MANAGER);
        List<WorkCount> cards = new ArrayList<>();
        if (user.has(Role.TECHNICIAN)) {
            cards.add(new WorkCount(
                    "home-workshop-mine",
                    "workshop.home.mine",
                    sheets.count(new QueueFilter(null, user.userId(), false, null, false, null)),
                    "workshop/queue?mine",
                    "workshop.home.mine.none",
                    false,
                    100));
        }
        if (desk) {
            cards.add(new WorkCount(
                    "home-workshop-questions",
                    "workshop.home.questions",
                    sheets.count(new QueueFilter(SheetRules.QUESTION, null, false, null, false, null)),
                    "workshop/queue?status=" + SheetRules.QUESTION,
                    "workshop.home.questions.none",
                    true,
                    110));
        }
        if (desk || user.has(Role.TECHNICIAN)) {
            cards.add(new WorkCount(
                    "home-workshop-unassigned",
                    "workshop.home.unassigned",
                    sheets.count(new QueueFilter(null, null, true, null, false, null)),
                    "workshop/queue?unassigned",
                    "workshop.home.unassigned.none",
                    false,
                    120));
        }
        if (desk) {
            cards.add(new WorkCount(
                    "home-workshop-overdue",
                    "workshop.home.overdue",
                    sheets.count(new QueueFilter(null, null, false, null, false, null, true)),
                    "workshop/queue?overdue",
                    "workshop.home.overdue.none",
                    true,
                    130));
        }
        return cards;
    }
}
