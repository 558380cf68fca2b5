package com.intervo.workshop;

import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.errors.DomainException;
import com.intervo.workshop.domain.ServiceSheet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For an edition of the workshop (Workshop Plus) whose own process moves a sheet — an evaluation finished, a quote
 * accepted on the portal: the edition checks its roles and rules, this moves the sheet. No role check here, because
 * the customer accepting a quote on the portal is nobody signed in; product code outside the workshop's editions
 * uses {@link BenchWork}.
 */
@Service
public class SheetStages {

    private final SheetGuard guard;
    private final WorkflowStatuses statuses;
    private final BenchWork bench;

    SheetStages(SheetGuard guard, WorkflowStatuses statuses, BenchWork bench) {
        this.guard = guard;
        this.statuses = statuses;
        this.bench = bench;
    }

    /**
     * The open sheet under a row lock (changes of one sheet are serialized: two tabs accepting one quote run one
     * after the other). Refused when closed or not found.
     */
    @Transactional
    public SheetDetails lockOpen(UUID id) {
        return guard.details(guard.lockOpen(id));
    }

    /**
     * Moves the open sheet to an active, non-final status of its workflow; the history records who (the signed-in
     * user, else "system"). Ready and unrepairable statuses alert the receptionists and e-mail the customer as a
     * manual change does. Already there: nothing changes.
     */
    @Transactional
    public SheetDetails move(UUID id, String statusKey, String note) {
        ServiceSheet sheet = guard.lockOpen(id);
        WorkflowStatus target = statuses.find(WorkshopModule.SHEET_WORKFLOW, statusKey)
                .filter(WorkflowStatus::active)
                .filter(s -> !s.finalStatus())
                .orElseThrow(() -> DomainException.invalid("workshop.error.status-unknown", "status"));
        if (target.key().equals(sheet.getStatusKey())) {
            return guard.details(sheet);
        }
        guard.move(sheet, target, note);
        sheet.questionOpen(false);
        SheetDetails saved = guard.saved(sheet);
        bench.announceOutcome(saved, target, note);
        return saved;
    }

    /** An in-app alert to the receptionists (the admins when there are none) that links to the sheet. */
    public void alertReception(SheetDetails sheet, String kind, String messageKey, String... extra) {
        guard.notifyReception(SheetGuard.alert(kind, messageKey, sheet, extra));
    }
}
