package com.intervo.workshop;

import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.mail.Outbox;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.StatusChange;
import com.intervo.workshop.domain.StatusChanges;
import com.intervo.workshop.domain.WorkEntries;
import com.intervo.workshop.domain.WorkEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-over: the customer collects the device (final notes, final status, the sheet closes, the handover
 * protocol is issued), and what the customer got on paper or by e-mail: the protocols as issued, mails retried.
 */
@Service
@Transactional(readOnly = true)
public class SheetHandOver {

    /** A protocol as it was issued: the stored file and when. */
    public record IssuedProtocol(UUID fileId, String fileName, Instant issuedAt) {}

    private final WorkEntries entries;
    private final StatusChanges history;
    private final WorkflowStatuses statuses;
    private final Outbox outbox;
    private final SheetDocuments documents;
    private final SheetGuard guard;

    SheetHandOver(
            WorkEntries entries,
            StatusChanges history,
            WorkflowStatuses statuses,
            Outbox outbox,
            SheetDocuments documents,
            SheetGuard guard) {
        this.entries = entries;
        this.history = history;
        this.statuses = statuses;
        this.outbox = outbox;
        this.documents = documents;
        this.guard = guard;
    }

    /** The customer collects the device: final notes, final status, the sheet closes. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public SheetDetails handOver(UUID id, String finalNotes) {
        ServiceSheet sheet = guard.lockOpen(id);
        Rules.maxLength(finalNotes, "finalNotes", 4000);
        WorkflowStatus done = SheetRules.handOverStatus(statuses.list(WorkshopModule.SHEET_WORKFLOW))
                .orElseThrow(() -> DomainException.conflict("workshop.error.no-final-status", "status"));
        Instant now = guard.clock().instant();
        IntervoUser me = WorkshopTenant.user().orElse(null);
        if (finalNotes != null && !finalNotes.isBlank()) {
            entries.save(new WorkEntry(
                    UUID.randomUUID(),
                    id,
                    WorkEntry.Kind.FINAL,
                    finalNotes,
                    null,
                    null,
                    sheet.getCurrency(),
                    me == null ? null : me.userId(),
                    me == null ? "system" : me.displayName()));
        }
        history.save(new StatusChange(id, sheet.getStatusKey(), done.key(), null, now, WorkshopTenant.actor()));
        sheet.handOver(finalNotes, now, WorkshopTenant.actor(), done.key());
        SheetDetails closed = guard.details(sheet);
        sheet.handoverProtocolIssued(documents
                .issueHandover(closed, entries.ofSheet(id), guard.wasUnrepairable(closed))
                .fileId());
        return guard.saved(sheet);
    }

    /** The handover protocol as issued (as it would read now, before the hand-over). */
    @PermitAll
    public SheetDocument handoverProtocol(UUID id) {
        SheetDetails sheet = guard.details(guard.get(id));
        return documents
                .issuedHandover(sheet)
                .orElseGet(() -> documents.handover(sheet, entries.ofSheet(id), guard.wasUnrepairable(sheet)));
    }

    /** Every protocol issued for the sheet, oldest first. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public List<IssuedProtocol> issuedProtocols(UUID id) {
        return documents.issued(guard.details(guard.get(id))).stream()
                .map(f -> new IssuedProtocol(f.id(), f.originalName(), f.createdAt()))
                .toList();
    }

    /** One issued protocol of the sheet (another sheet's file is not found). */
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public SheetDocument issuedProtocol(UUID id, UUID fileId) {
        return documents.issued(guard.details(guard.get(id)), fileId);
    }

    /** Sends a waiting or failed e-mail of the sheet at the outbox's next run. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public void retryMail(UUID sheetId, UUID messageId) {
        if (outbox.of(SheetGuard.OWNER_TYPE, guard.get(sheetId).getId()).stream()
                .noneMatch(m -> m.id().equals(messageId))) {
            throw DomainException.notFound("kernel.outbox.error.not-found");
        }
        outbox.retry(messageId);
    }
}
