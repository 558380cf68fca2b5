package com.intervo.workshop;

import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.workshop.domain.MailText;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.StatusChanges;
import com.intervo.workshop.domain.WorkEntries;
import com.intervo.workshop.domain.WorkEntry;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bench: sheets taken and assigned, the work log, status changes with their alerts and customer e-mails,
 * questions to the customer and their answers. Technicians take sheets, log work and set statuses; receptionists
 * assign sheets and log answers; managers and admins may do everything. Every change runs in one transaction with
 * its side effects (status history, alerts, the customer's e-mail in the outbox).
 */
@Service
@Transactional(readOnly = true)
public class BenchWork {

    private final WorkEntries entries;
    private final StatusChanges history;
    private final WorkflowStatuses statuses;
    private final CustomerMails mails;
    private final SheetGuard guard;
    private final StageStatuses stageStatuses;

    BenchWork(
            WorkEntries entries,
            StatusChanges history,
            WorkflowStatuses statuses,
            CustomerMails mails,
            SheetGuard guard,
            java.util.List<StageStatuses> editions) {
        this.stageStatuses = StageStatuses.union(editions);
        this.entries = entries;
        this.history = history;
        this.statuses = statuses;
        this.mails = mails;
        this.guard = guard;
    }

    /** The signed-in technician takes the sheet; a sheet still in its initial status goes "in work". */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "MANAGER"})
    public SheetDetails take(UUID id) {
        ServiceSheet sheet = guard.lockOpen(id);
        IntervoUser me = SheetGuard.signedIn();
        sheet.assign(me.userId(), me.displayName());
        WorkflowStatus current = statuses.find(WorkshopModule.SHEET_WORKFLOW, sheet.getStatusKey())
                .orElse(null);
        if (current != null && current.initial()) {
            statuses.find(WorkshopModule.SHEET_WORKFLOW, SheetRules.IN_WORK)
                    .filter(WorkflowStatus::active)
                    .ifPresent(inWork -> guard.move(sheet, inWork, null));
        }
        return guard.saved(sheet);
    }

    /** Gives the sheet to a technician (or to nobody); the technician is alerted unless they assigned themselves. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public SheetDetails assign(UUID id, UUID technicianId) {
        ServiceSheet sheet = guard.lockOpen(id);
        if (technicianId == null) {
            sheet.assign(null, null);
            return guard.saved(sheet);
        }
        UserAccount technician = guard.technician(technicianId);
        sheet.assign(technician.getId(), technician.getDisplayName());
        SheetDetails saved = guard.saved(sheet);
        if (!technician
                .getId()
                .equals(WorkshopTenant.user().map(IntervoUser::userId).orElse(null))) {
            guard.notifyUsers(
                    List.of(technician.getId()), SheetGuard.alert("SHEET_ASSIGNED", "workshop.alert.assigned", saved));
        }
        return saved;
    }

    /** Logs a note or work done; author and time are recorded by the server. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public SheetEntry addEntry(UUID sheetId, EntryDraft draft) {
        ServiceSheet sheet = guard.lockOpen(sheetId);
        if (draft.kind() != WorkEntry.Kind.NOTE && draft.kind() != WorkEntry.Kind.WORK) {
            throw DomainException.invalid("workshop.error.entry-kind", "kind");
        }
        IntervoUser me = SheetGuard.signedIn();
        if (draft.kind() == WorkEntry.Kind.WORK
                && !(me.has(Role.TECHNICIAN) || me.has(Role.MANAGER) || me.has(Role.ADMIN))) {
            throw new AccessDeniedException("Only technicians, managers and admins log work");
        }
        SheetRules.checkEntry(draft.text(), draft.minutes(), draft.cost());
        WorkEntry entry = new WorkEntry(
                UUID.randomUUID(),
                sheet.getId(),
                draft.kind(),
                draft.text(),
                draft.minutes(),
                draft.cost(),
                sheet.getCurrency(),
                me.userId(),
                me.displayName());
        return SheetEntry.of(entries.saveAndFlush(entry));
    }

    /** The author corrects their own entry while the sheet is open; nobody else may. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public SheetEntry correctEntry(UUID entryId, long expectedVersion, String text, Integer minutes, BigDecimal cost) {
        WorkEntry entry =
                entries.findById(entryId).orElseThrow(() -> DomainException.notFound("workshop.error.entry-not-found"));
        guard.lockOpen(entry.getSheetId());
        IntervoUser me = SheetGuard.signedIn();
        if (entry.getAuthorId() == null || !entry.getAuthorId().equals(me.userId())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "workshop.error.not-author", null);
        }
        if (entry.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(WorkEntry.class, entryId);
        }
        boolean work = entry.getKind() == WorkEntry.Kind.WORK;
        SheetRules.checkEntry(text, work ? minutes : null, work ? cost : null);
        entry.correct(
                text,
                work ? minutes : entry.getMinutes(),
                work ? cost : entry.getCost(),
                guard.clock().instant());
        return SheetEntry.of(entries.saveAndFlush(entry));
    }

    /**
     * Sets a status of the SERVICE_SHEET workflow (not a final one: those come with the hand-over). A question
     * (status "question") needs its text, which is logged and alerts the receptionists; "ready" and
     * "unrepairable" (or any custom status of category done or cancelled) alert them and e-mail the customer.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public SheetDetails changeStatus(UUID id, String statusKey, String note) {
        ServiceSheet sheet = guard.lockOpen(id);
        WorkflowStatus target = statuses.find(WorkshopModule.SHEET_WORKFLOW, statusKey == null ? "" : statusKey.strip())
                .filter(WorkflowStatus::active)
                .orElseThrow(() -> DomainException.invalid("workshop.error.status-unknown", "status"));
        if (stageStatuses.keys().contains(target.key())) {
            // set by an edition's stages only (an evaluation finished, a quote accepted): not by hand
            throw DomainException.invalid("workshop.error.status-by-stage", "status");
        }
        SheetRules.checkManualChange(target, sheet.getStatusKey(), note);
        guard.move(sheet, target, note);
        IntervoUser me = WorkshopTenant.user().orElse(null);
        boolean question = SheetRules.QUESTION.equals(target.key());
        sheet.questionOpen(question);
        if (question) {
            entries.save(new WorkEntry(
                    UUID.randomUUID(),
                    sheet.getId(),
                    WorkEntry.Kind.QUESTION,
                    note,
                    null,
                    null,
                    sheet.getCurrency(),
                    me == null ? null : me.userId(),
                    me == null ? "system" : me.displayName()));
        }
        SheetDetails saved = guard.saved(sheet);
        if (question) {
            guard.notifyReception(SheetGuard.alert("SHEET_QUESTION", "workshop.alert.question", saved, note.strip()));
        }
        announceOutcome(saved, target, note);
        return saved;
    }

    /** Ready or unrepairable (or a custom status of their kind): the receptionists are alerted, the customer mailed. */
    void announceOutcome(SheetDetails saved, WorkflowStatus target, String note) {
        Locale language = Locale.forLanguageTag(saved.language());
        if (SheetRules.isUnrepairable(target)) {
            guard.notifyReception(SheetGuard.alert("SHEET_UNREPAIRABLE", "workshop.alert.unrepairable", saved));
            mails.queue(MailText.Kind.UNREPAIRABLE, saved, target.label(language), note, null, List.of());
        } else if (SheetRules.isReady(target)) {
            guard.notifyReception(SheetGuard.alert("SHEET_READY", "workshop.alert.ready", saved));
            mails.queue(MailText.Kind.READY, saved, target.label(language), note, null, List.of());
        }
    }

    /**
     * The receptionist logs the customer's answer; the question closes and the sheet goes back to the status it
     * had before the question (or {@code resumeStatusKey}); the technician who asked is alerted.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public SheetDetails answer(UUID id, String text, String resumeStatusKey) {
        ServiceSheet sheet = guard.lockOpen(id);
        Rules.required(text, "text", 4000);
        if (!sheet.isQuestionOpen()) {
            throw DomainException.conflict("workshop.error.no-question", "text");
        }
        IntervoUser me = SheetGuard.signedIn();
        UUID asker = entries.ofSheet(id).stream()
                .filter(e -> e.getKind() == WorkEntry.Kind.QUESTION)
                .reduce((a, b) -> b)
                .map(WorkEntry::getAuthorId)
                .orElse(null);
        entries.save(new WorkEntry(
                UUID.randomUUID(),
                id,
                WorkEntry.Kind.ANSWER,
                text,
                null,
                null,
                sheet.getCurrency(),
                me.userId(),
                me.displayName()));
        sheet.questionOpen(false);
        if (SheetRules.QUESTION.equals(sheet.getStatusKey())) {
            String key = resumeStatusKey == null || resumeStatusKey.isBlank()
                    ? SheetRules.resumeAfterQuestion(history.ofSheet(id))
                    : resumeStatusKey;
            WorkflowStatus target = statuses.find(WorkshopModule.SHEET_WORKFLOW, key)
                    .filter(s -> s.active() && !s.finalStatus() && !SheetRules.QUESTION.equals(s.key()))
                    .or(() -> statuses.find(WorkshopModule.SHEET_WORKFLOW, SheetRules.IN_WORK)
                            .filter(WorkflowStatus::active))
                    .orElseThrow(() -> DomainException.invalid("workshop.error.status-unknown", "status"));
            guard.move(sheet, target, null);
        }
        SheetDetails saved = guard.saved(sheet);
        if (asker != null && !asker.equals(me.userId())) {
            guard.notifyUsers(
                    List.of(asker), SheetGuard.alert("SHEET_ANSWERED", "workshop.alert.answered", saved, text.strip()));
        }
        return saved;
    }
}
