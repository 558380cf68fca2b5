package com.intervo.workshop;

import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.notifications.Alert;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.ServiceSheets;
import com.intervo.workshop.domain.StatusChange;
import com.intervo.workshop.domain.StatusChanges;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every sheet service makes before it changes a sheet — found in this workspace, still open, locked,
 * the version the caller read, who is signed in, a real technician — and the steps they share (a status move with
 * its history row, alerts to the reception).
 */
@Component
class SheetGuard {

    static final String OWNER_TYPE = "SERVICE_SHEET";
    static final String TRACKING_PURPOSE = "SHEET_TRACKING";
    static final String SERIES = "SERVICE_SHEET";
    /** Who is alerted of questions, finished repairs and overdue ones. */
    static final Set<Role> RECEPTION = Set.of(Role.DISPATCHER);

    private final ServiceSheets sheets;
    private final StatusChanges history;
    private final WorkflowStatuses statuses;
    private final UserDirectory users;
    private final Notifier notifier;
    private final SheetRecords records;
    private final Clock clock;

    SheetGuard(
            ServiceSheets sheets,
            StatusChanges history,
            WorkflowStatuses statuses,
            UserDirectory users,
            Notifier notifier,
            SheetRecords records,
            Optional<Clock> clock) {
        this.sheets = sheets;
        this.history = history;
        this.statuses = statuses;
        this.users = users;
        this.notifier = notifier;
        this.records = records;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    Clock clock() {
        return clock;
    }

    Optional<ServiceSheet> find(UUID id) {
        TenantContext.require();
        return sheets.findById(id);
    }

    ServiceSheet get(UUID id) {
        return find(id).orElseThrow(() -> DomainException.notFound("workshop.error.sheet-not-found"));
    }

    /** The sheet, refused once closed. */
    ServiceSheet open(UUID id) {
        return refuseClosed(get(id));
    }

    /** The sheet under a row lock: two people changing it at once are serialized. Refused once closed. */
    ServiceSheet lockOpen(UUID id) {
        TenantContext.require();
        return refuseClosed(
                sheets.lock(id).orElseThrow(() -> DomainException.notFound("workshop.error.sheet-not-found")));
    }

    private static ServiceSheet refuseClosed(ServiceSheet sheet) {
        if (sheet.isClosed()) {
            throw DomainException.conflict("workshop.error.sheet-closed", null);
        }
        return sheet;
    }

    /** Nobody changed the sheet since the caller read {@code expectedVersion}. */
    static void checkVersion(ServiceSheet sheet, long expectedVersion) {
        if (sheet.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ServiceSheet.class, sheet.getId());
        }
    }

    static IntervoUser signedIn() {
        return WorkshopTenant.user().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** An active technician of the workspace. */
    UserAccount technician(UUID userId) {
        return technicians().stream()
                .filter(u -> u.getId().equals(userId))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("workshop.error.not-a-technician", "technicianId"));
    }

    List<UserAccount> technicians() {
        return users.activeWithAnyRole(Set.of(Role.TECHNICIAN));
    }

    /** Moves the sheet to the status and records the change. */
    void move(ServiceSheet sheet, WorkflowStatus target, String note) {
        Instant now = clock.instant();
        history.save(
                new StatusChange(sheet.getId(), sheet.getStatusKey(), target.key(), note, now, WorkshopTenant.actor()));
        sheet.moveTo(target.key(), now);
    }

    /** Saves the change and answers the sheet as a record. */
    SheetDetails saved(ServiceSheet sheet) {
        return records.details(sheets.saveAndFlush(sheet));
    }

    SheetDetails details(ServiceSheet sheet) {
        return records.details(sheet);
    }

    /** The sheet ended unrepairable: its last status before the hand-over was of that kind. */
    boolean wasUnrepairable(SheetDetails sheet) {
        String last = SheetRules.repairOutcomeKey(sheet.closed(), sheet.statusKey(), history.ofSheet(sheet.id()));
        return last != null
                && statuses.find(WorkshopModule.SHEET_WORKFLOW, last)
                        .map(SheetRules::isUnrepairable)
                        .orElse(false);
    }

    /** Alerts the receptionists (the admins when there are none). */
    void notifyReception(Alert alert) {
        if (notifier.notifyRoles(RECEPTION, alert) == 0) {
            notifier.notifyRoles(Set.of(Role.ADMIN), alert);
        }
    }

    void notifyUsers(List<UUID> userIds, Alert alert) {
        notifier.notifyUsers(userIds, alert);
    }

    static Alert alert(String kind, String key, SheetDetails sheet, String... extra) {
        List<String> params = new ArrayList<>(List.of(
                sheet.number(), sheet.customer().name(), sheet.equipment().displayName()));
        params.addAll(List.of(extra));
        return new Alert(kind, key, params, "workshop/sheets/" + sheet.id(), OWNER_TYPE, sheet.id());
    }
}
