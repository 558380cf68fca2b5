package com.intervo.workshop;

import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Equipment;
import com.intervo.kernel.api.DomainException;
import com.intervo.kernel.company.Numbering;
import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.StatusCategory;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMail;
import com.intervo.kernel.mail.OutboxMessageView;
import com.intervo.kernel.notifications.Alert;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.kernel.portal.PublicCodes;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.MailText;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.ServiceSheets;
import com.intervo.workshop.domain.StatusChange;
import com.intervo.workshop.domain.StatusChanges;
import com.intervo.workshop.domain.WorkEntries;
import com.intervo.workshop.domain.WorkEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service sheets of the current tenant, from intake to hand-over. Every change runs in one transaction with its
 * side effects: the status history row, the in-app alerts and the customer's e-mail in the outbox.
 * <p>
 * Roles: receptionists (DISPATCHER) take devices in, answer questions and hand them over; technicians take sheets,
 * log work and set statuses; managers and admins may do everything.
 */
@Service
@Transactional(readOnly = true)
public class ServiceSheetService {

    public static final String OWNER_TYPE = "SERVICE_SHEET";
    public static final String TRACKING_PURPOSE = "SHEET_TRACKING";
    public static final String SERIES = "SERVICE_SHEET";
    public static final String QUESTION = "question";
    public static final String IN_WORK = "in_work";
    public static final String READY = "ready";
    public static final String UNREPAIRABLE = "unrepairable";
    public static final String HANDED_OVER = "handed_over";
    /** Who is alerted of questions, finished repairs and overdue ones. */
    static final Set<Role> RECEPTION = Set.of(Role.DISPATCHER);

    private final ServiceSheets sheets;
    private final WorkEntries entries;
    private final StatusChanges history;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final WorkflowStatuses statuses;
    private final CustomFieldService customFields;
    private final Numbering numbering;
    private final PublicCodes codes;
    private final UserDirectory users;
    private final Notifier notifier;
    private final Outbox outbox;
    private final CustomerMails mails;
    private final SheetDocuments documents;
    private final WorkshopTenant tenant;
    private final EntityManager em;
    private final Clock clock;

    ServiceSheetService(ServiceSheets sheets, WorkEntries entries, StatusChanges history, CustomerService customers,
                        EquipmentService equipment, WorkflowStatuses statuses, CustomFieldService customFields,
                        Numbering numbering, PublicCodes codes, UserDirectory users, Notifier notifier,
                        Outbox outbox, CustomerMails mails, SheetDocuments documents, WorkshopTenant tenant,
                        EntityManager em, Optional<Clock> clock) {
        this.sheets = sheets;
        this.entries = entries;
        this.history = history;
        this.customers = customers;
        this.equipment = equipment;
        this.statuses = statuses;
        this.customFields = customFields;
        this.numbering = numbering;
        this.codes = codes;
        this.users = users;
        this.notifier = notifier;
        this.outbox = outbox;
        this.mails = mails;
        this.documents = documents;
        this.tenant = tenant;
        this.em = em;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---------------------------------------------------------------- intake

    /** Takes a device in: customer and equipment found or created, number, tracking code, initial status. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public ServiceSheet intake(Intake in) {
        TenantContext.require();
        UUID id = in.id() == null ? UUID.randomUUID() : in.id();
        if (sheets.existsById(id)) {
            throw DomainException.conflict("workshop.error.id-taken", "id");
        }
        // every field of the sheet is checked before anything is created
        String problem = Rules.required(in.problem(), "problem", 4000);
        Rules.maxLength(in.accessories(), "accessories", 1000);
        Rules.maxLength(in.visibleCondition(), "visibleCondition", 1000);
        Rules.money(in.estimatedCost(), "estimatedCost");
        if (in.promisedDate() != null && in.promisedDate().isBefore(tenant.today())) {
            throw DomainException.invalid("workshop.error.promised-past", "promisedDate");
        }
        if ((in.customerId() == null) == (in.newCustomer() == null)) {
            throw DomainException.invalid("workshop.error.customer-required", "customerId");
        }
        if ((in.equipmentId() == null) == (in.newEquipment() == null)) {
            throw DomainException.invalid("workshop.error.equipment-required", "equipmentId");
        }
        Map<String, Object> custom = customFields.validate(WorkshopModule.SERVICE_SHEET, null, in.customFields());
        UserAccount technician = in.technicianId() == null ? null : technician(in.technicianId());
        Customer customer;
        if (in.customerId() != null) {
            customer = customers.find(in.customerId())
                    .orElseThrow(() -> DomainException.invalid("workshop.error.customer-not-found", "customerId"));
        } else {
            customer = customers.create(in.newCustomer());
        }
        Equipment device = device(in, customer);
        WorkflowStatus initial = statuses.initial(WorkshopModule.SHEET_WORKFLOW);
        Instant now = clock.instant();
        String number = numbering.next(SERIES, tenant.zone());
        String code = codes.issue(TRACKING_PURPOSE, id);
        String language = customer.getLanguage() != null ? customer.getLanguage() : tenant.tenant().getDefaultLocale();
        ServiceSheet sheet = new ServiceSheet(id, number, code, customer, device, now, initial.key(),
                tenant.tenant().getCurrency(), Messages4.language(language));
        sheet.describe(problem, in.accessories(), in.visibleCondition(), in.estimatedCost(), in.promisedDate(), custom);
        if (technician != null) {
            sheet.assign(technician.getId(), technician.getDisplayName());
        }
        sheets.saveAndFlush(sheet);
        history.save(new StatusChange(id, null, initial.key(), null, now, WorkshopTenant.actor()));
        SheetDocument protocol = documents.issueIntake(sheet);
        if (in.emailProtocol()) {
            emailProtocol(sheet, null, protocol);
        }
        return sheet;
    }

    private Equipment device(Intake in, Customer customer) {
        if (in.equipmentId() != null) {
            return equipment.find(in.equipmentId())
                    .orElseThrow(() -> DomainException.invalid("workshop.error.equipment-not-found", "equipmentId"));
        }
        Equipment.Draft d = in.newEquipment();
        Optional<Equipment> known = equipment.findBySerial(d.serialNumber());
        if (known.isPresent()) {
            if (!known.get().getCustomer().getId().equals(customer.getId())) {
                throw DomainException.conflict("workshop.error.serial-of-other-customer", "serialNumber",
                        d.serialNumber().strip());
            }
            return known.get(); // a returning device: a new sheet on the same equipment
        }
        return equipment.register(new Equipment.Draft(customer.getId(), d.siteId(), d.typeId(), d.modelId(),
                d.serialNumber(), d.name(), d.installDate(), d.warrantyUntil(), d.notes(), d.latitude(),
                d.longitude(), d.customFields()));
    }

    /** Corrects what was written at intake, while the sheet is open. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public ServiceSheet describe(UUID id, long expectedVersion, String problem, String accessories,
                                 String visibleCondition, BigDecimal estimatedCost, LocalDate promisedDate,
                                 Map<String, Object> customFieldValues) {
        ServiceSheet sheet = open(id);
        if (sheet.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ServiceSheet.class, id);
        }
        String text = Rules.required(problem, "problem", 4000);
        Rules.maxLength(accessories, "accessories", 1000);
        Rules.maxLength(visibleCondition, "visibleCondition", 1000);
        Rules.money(estimatedCost, "estimatedCost");
        Map<String, Object> custom = customFields.validate(WorkshopModule.SERVICE_SHEET, null,
                customFieldValues == null ? Map.of() : customFieldValues);
        sheet.describe(text, accessories, visibleCondition, estimatedCost, promisedDate, custom);
        documents.issueIntake(sheet); // what the customer gets from now on says what the sheet says
        return sheets.saveAndFlush(sheet);
    }

    // ---------------------------------------------------------------- reading

    @PermitAll
    public Optional<ServiceSheet> find(UUID id) {
        TenantContext.require();
        return sheets.findById(id);
    }

    @PermitAll
    public ServiceSheet get(UUID id) {
        return find(id).orElseThrow(() -> DomainException.notFound("workshop.error.sheet-not-found"));
    }

    /** Sheets matching the filter, oldest first (the repair queue when only open ones). */
    @PermitAll
    public List<ServiceSheet> list(QueueFilter filter, int offset, int limit) {
        TypedQuery<ServiceSheet> query = query(filter, "select s", ServiceSheet.class,
                " order by s.receivedAt asc, s.id asc");
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList();
    }

    @PermitAll
    public long count(QueueFilter filter) {
        return query(filter, "select count(s)", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(QueueFilter f, String select, Class<T> type, String order) {
        TenantContext.require();
        StringBuilder jpql = new StringBuilder(select).append(" from ServiceSheet s where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!f.includeClosed()) {
            jpql.append(" and s.closedAt is null");
        }
        if (f.statusKey() != null && !f.statusKey().isBlank()) {
            jpql.append(" and s.statusKey = :status");
            params.put("status", f.statusKey());
        }
        if (f.unassignedOnly()) {
            jpql.append(" and s.technicianId is null");
        } else if (f.technicianId() != null) {
            jpql.append(" and s.technicianId = :technician");
            params.put("technician", f.technicianId());
        }
        if (f.overdueOnly()) {
            jpql.append(" and s.closedAt is null and s.promisedDate < :today");
            params.put("today", tenant.today());
        }
        if (f.minAgeDays() != null && f.minAgeDays() > 0) {
            jpql.append(" and s.receivedAt <= :before");
            params.put("before", clock.instant().minus(java.time.Duration.ofDays(f.minAgeDays())));
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" and (lower(s.number) like :q escape '\\' or lower(s.trackingCode) like :code escape '\\'"
                    + " or lower(s.customer.name) like :q escape '\\' or lower(s.equipment.serialNumber) like :q"
                    + " escape '\\' or lower(s.problem) like :q escape '\\')");
            params.put("q", "%" + Rules.likeTerm(f.text()) + "%");
            params.put("code", "%" + Rules.likeTerm(f.text().replace("-", "").replace(" ", "")) + "%");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type);
        params.forEach(query::setParameter);
        return query;
    }

    @PermitAll
    public List<WorkEntry> entries(UUID sheetId) {
        get(sheetId);
        return entries.ofSheet(sheetId);
    }

    @PermitAll
    public List<StatusChange> history(UUID sheetId) {
        get(sheetId);
        return history.ofSheet(sheetId);
    }

    /** The e-mails the sheet caused and where they stand. */
    @PermitAll
    public List<OutboxMessageView> mails(UUID sheetId) {
        get(sheetId);
        return outbox.of(OWNER_TYPE, sheetId);
    }

    @PermitAll
    public List<ServiceSheet> ofEquipment(UUID equipmentId) {
        TenantContext.require();
        return sheets.ofEquipment(equipmentId);
    }

    /** The active statuses a sheet may be set to by hand (final ones come only with the hand-over). */
    @PermitAll
    public List<WorkflowStatus> settableStatuses() {
        return statuses.list(WorkshopModule.SHEET_WORKFLOW).stream().filter(s -> !s.finalStatus()).toList();
    }

    @PermitAll
    public List<WorkflowStatus> allStatuses() {
        return statuses.listAll(WorkshopModule.SHEET_WORKFLOW);
    }

    @PermitAll
    public String statusLabel(String key, Locale locale) {
        return statuses.find(WorkshopModule.SHEET_WORKFLOW, key).map(s -> s.label(locale)).orElse(key);
    }

    /** Active technicians, to filter the queue or assign a sheet. */
    @PermitAll
    public List<UserAccount> technicians() {
        return users.activeWithAnyRole(Set.of(Role.TECHNICIAN));
    }

    // ---------------------------------------------------------------- the bench

    /** The signed-in technician takes the sheet; a sheet still in its initial status goes "in work". */
    @Transactional
    @RolesAllowed({"ADMIN", "TECHNICIAN", "MANAGER"})
    public ServiceSheet take(UUID id) {
        ServiceSheet sheet = lockOpen(id);
        IntervoUser me = WorkshopTenant.user().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        sheet.assign(me.userId(), me.displayName());
        WorkflowStatus current = statuses.find(WorkshopModule.SHEET_WORKFLOW, sheet.getStatusKey()).orElse(null);
        if (current != null && current.initial()) {
            statuses.find(WorkshopModule.SHEET_WORKFLOW, IN_WORK).filter(WorkflowStatus::active)
                    .ifPresent(inWork -> move(sheet, inWork, null));
        }
        return sheets.saveAndFlush(sheet);
    }

    /** Gives the sheet to a technician (or to nobody). */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public ServiceSheet assign(UUID id, UUID technicianId) {
        ServiceSheet sheet = lockOpen(id);
        if (technicianId == null) {
            sheet.assign(null, null);
        } else {
            UserAccount technician = technician(technicianId);
            sheet.assign(technician.getId(), technician.getDisplayName());
            if (!technician.getId().equals(WorkshopTenant.user().map(IntervoUser::userId).orElse(null))) {
                notifier.notifyUsers(List.of(technician.getId()), alert("SHEET_ASSIGNED", "workshop.alert.assigned",
                        sheet));
            }
        }
        return sheets.saveAndFlush(sheet);
    }

    /** Logs a note or work done; author and time are recorded by the server. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public WorkEntry addEntry(UUID sheetId, EntryDraft draft) {
        ServiceSheet sheet = lockOpen(sheetId);
        if (draft.kind() != WorkEntry.Kind.NOTE && draft.kind() != WorkEntry.Kind.WORK) {
            throw DomainException.invalid("workshop.error.entry-kind", "kind");
        }
        IntervoUser me = WorkshopTenant.user().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (draft.kind() == WorkEntry.Kind.WORK && !(me.has(Role.TECHNICIAN) || me.has(Role.MANAGER)
                || me.has(Role.ADMIN))) {
            throw new AccessDeniedException("Only technicians, managers and admins log work");
        }
        checkEntry(draft.text(), draft.minutes(), draft.cost());
        WorkEntry entry = new WorkEntry(UUID.randomUUID(), sheet.getId(), draft.kind(), draft.text(), draft.minutes(),
                draft.cost(), sheet.getCurrency(), me.userId(), me.displayName());
        return entries.saveAndFlush(entry);
    }

    /** The author corrects their own entry while the sheet is open; nobody else may. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public WorkEntry correctEntry(UUID entryId, long expectedVersion, String text, Integer minutes, BigDecimal cost) {
        WorkEntry entry = entries.findById(entryId)
                .orElseThrow(() -> DomainException.notFound("workshop.error.entry-not-found"));
        lockOpen(entry.getSheetId());
        IntervoUser me = WorkshopTenant.user().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (entry.getAuthorId() == null || !entry.getAuthorId().equals(me.userId())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "workshop.error.not-author", null);
        }
        if (entry.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(WorkEntry.class, entryId);
        }
        checkEntry(text, entry.getKind() == WorkEntry.Kind.WORK ? minutes : null,
                entry.getKind() == WorkEntry.Kind.WORK ? cost : null);
        entry.correct(text, entry.getKind() == WorkEntry.Kind.WORK ? minutes : entry.getMinutes(),
                entry.getKind() == WorkEntry.Kind.WORK ? cost : entry.getCost(), clock.instant());
        return entries.saveAndFlush(entry);
    }

    private static void checkEntry(String text, Integer minutes, BigDecimal cost) {
        Rules.required(text, "text", 4000);
        if (minutes != null && (minutes < 0 || minutes > 100_000)) {
            throw DomainException.invalid("workshop.error.minutes", "minutes");
        }
        Rules.money(cost, "cost");
    }

    /**
     * Sets a status of the SERVICE_SHEET workflow (not a final one: those come with the hand-over). A question
     * (status {@value #QUESTION}) needs its text, which is logged and alerts the receptionists; "ready" and
     * "unrepairable" (or any custom status of category done or cancelled) alert them and e-mail the customer.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public ServiceSheet changeStatus(UUID id, String statusKey, String note) {
        ServiceSheet sheet = lockOpen(id);
        WorkflowStatus target = statuses.find(WorkshopModule.SHEET_WORKFLOW, statusKey == null ? "" : statusKey.strip())
                .filter(WorkflowStatus::active)
                .orElseThrow(() -> DomainException.invalid("workshop.error.status-unknown", "status"));
        if (target.finalStatus()) {
            throw DomainException.invalid("workshop.error.status-final", "status");
        }
        if (target.key().equals(sheet.getStatusKey())) {
            throw DomainException.conflict("workshop.error.status-same", "status");
        }
        Rules.maxLength(note, "note", 1000);
        if (QUESTION.equals(target.key()) && (note == null || note.isBlank())) {
            throw DomainException.invalid("workshop.error.question-required", "note");
        }
        move(sheet, target, note);
        IntervoUser me = WorkshopTenant.user().orElse(null);
        if (QUESTION.equals(target.key())) {
            sheet.questionOpen(true);
            entries.save(new WorkEntry(UUID.randomUUID(), sheet.getId(), WorkEntry.Kind.QUESTION, note, null, null,
                    sheet.getCurrency(), me == null ? null : me.userId(), me == null ? "system" : me.displayName()));
            notifyReception(alert("SHEET_QUESTION", "workshop.alert.question", sheet, note.strip()));
        } else {
            sheet.questionOpen(false);
        }
        Locale language = Locale.forLanguageTag(sheet.getLanguage());
        if (isUnrepairable(target)) {
            notifyReception(alert("SHEET_UNREPAIRABLE", "workshop.alert.unrepairable", sheet));
            mails.queue(MailText.Kind.UNREPAIRABLE, sheet, target.label(language), note, null, List.of());
        } else if (isReady(target)) {
            notifyReception(alert("SHEET_READY", "workshop.alert.ready", sheet));
            mails.queue(MailText.Kind.READY, sheet, target.label(language), note, null, List.of());
        }
        return sheets.saveAndFlush(sheet);
    }

    static boolean isReady(WorkflowStatus status) {
        return READY.equals(status.key()) || (!status.finalStatus() && status.category() == StatusCategory.DONE);
    }

    static boolean isUnrepairable(WorkflowStatus status) {
        return UNREPAIRABLE.equals(status.key())
                || (!status.finalStatus() && status.category() == StatusCategory.CANCELLED);
    }

    /**
     * The receptionist logs the customer's answer; the question closes and the sheet goes back to the status it
     * had before the question (or {@code resumeStatusKey}); the technician who asked is alerted.
     */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public ServiceSheet answer(UUID id, String text, String resumeStatusKey) {
        ServiceSheet sheet = lockOpen(id);
        Rules.required(text, "text", 4000);
        if (!sheet.isQuestionOpen()) {
            throw DomainException.conflict("workshop.error.no-question", "text");
        }
        IntervoUser me = WorkshopTenant.user().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        List<WorkEntry> log = entries.ofSheet(id);
        UUID asker = log.stream().filter(e -> e.getKind() == WorkEntry.Kind.QUESTION).reduce((a, b) -> b)
                .map(WorkEntry::getAuthorId).orElse(null);
        entries.save(new WorkEntry(UUID.randomUUID(), id, WorkEntry.Kind.ANSWER, text, null, null, sheet.getCurrency(),
                me.userId(), me.displayName()));
        sheet.questionOpen(false);
        if (QUESTION.equals(sheet.getStatusKey())) {
            String resume = resumeStatusKey;
            if (resume == null || resume.isBlank()) {
                resume = history.ofSheet(id).stream().filter(c -> QUESTION.equals(c.getToKey()))
                        .reduce((a, b) -> b).map(StatusChange::getFromKey).orElse(IN_WORK);
            }
            String key = resume;
            WorkflowStatus target = statuses.find(WorkshopModule.SHEET_WORKFLOW, key)
                    .filter(s -> s.active() && !s.finalStatus() && !QUESTION.equals(s.key()))
                    .or(() -> statuses.find(WorkshopModule.SHEET_WORKFLOW, IN_WORK).filter(WorkflowStatus::active))
                    .orElseThrow(() -> DomainException.invalid("workshop.error.status-unknown", "status"));
            move(sheet, target, null);
        }
        if (asker != null && !asker.equals(me.userId())) {
            notifier.notifyUsers(List.of(asker), alert("SHEET_ANSWERED", "workshop.alert.answered", sheet,
                    text.strip()));
        }
        return sheets.saveAndFlush(sheet);
    }

    /** The customer collects the device: final notes, final status, the sheet closes. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public ServiceSheet handOver(UUID id, String finalNotes) {
        ServiceSheet sheet = lockOpen(id);
        Rules.maxLength(finalNotes, "finalNotes", 4000);
        List<WorkflowStatus> active = statuses.list(WorkshopModule.SHEET_WORKFLOW);
        WorkflowStatus done = active.stream().filter(s -> s.finalStatus() && HANDED_OVER.equals(s.key())).findFirst()
                .or(() -> active.stream().filter(s -> s.finalStatus() && s.category() == StatusCategory.DONE).findFirst())
                .or(() -> active.stream().filter(WorkflowStatus::finalStatus).findFirst())
                .orElseThrow(() -> DomainException.conflict("workshop.error.no-final-status", "status"));
        Instant now = clock.instant();
        IntervoUser me = WorkshopTenant.user().orElse(null);
        if (finalNotes != null && !finalNotes.isBlank()) {
            entries.save(new WorkEntry(UUID.randomUUID(), id, WorkEntry.Kind.FINAL, finalNotes, null, null,
                    sheet.getCurrency(), me == null ? null : me.userId(), me == null ? "system" : me.displayName()));
        }
        history.save(new StatusChange(id, sheet.getStatusKey(), done.key(), null, now, WorkshopTenant.actor()));
        sheet.handOver(finalNotes, now, WorkshopTenant.actor(), done.key());
        documents.issueHandover(sheet, entries.ofSheet(id), wasUnrepairable(sheet, history, statuses));
        return sheets.saveAndFlush(sheet);
    }

    // ---------------------------------------------------------------- documents and e-mail

    @PermitAll
    public SheetDocument intakeProtocol(UUID id) {
        return documents.intake(get(id));
    }

    @PermitAll
    public SheetDocument handoverProtocol(UUID id) {
        ServiceSheet sheet = get(id);
        return documents.issuedHandover(sheet).orElseGet(() ->
                documents.handover(sheet, entries.ofSheet(id), wasUnrepairable(sheet, history, statuses)));
    }

    /** A protocol as it was issued: the stored file and when. */
    public record IssuedProtocol(UUID fileId, String fileName, Instant issuedAt) {
    }

    /** Every protocol issued for the sheet, oldest first. */
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public List<IssuedProtocol> issuedProtocols(UUID id) {
        return documents.issued(get(id)).stream()
                .map(f -> new IssuedProtocol(f.id(), f.originalName(), f.createdAt())).toList();
    }

    /** One issued protocol of the sheet (another sheet's file is not found). */
    @RolesAllowed({"ADMIN", "DISPATCHER", "TECHNICIAN", "MANAGER"})
    public SheetDocument issuedProtocol(UUID id, UUID fileId) {
        return documents.issued(get(id), fileId);
    }

    /** The sheet ended unrepairable: its last status before the hand-over was of that kind. */
    static boolean wasUnrepairable(ServiceSheet sheet, StatusChanges history, WorkflowStatuses statuses) {
        List<StatusChange> changes = history.ofSheet(sheet.getId());
        String last = sheet.isClosed() && changes.size() > 1 ? changes.get(changes.size() - 1).getFromKey()
                : sheet.getStatusKey();
        return last != null && statuses.find(WorkshopModule.SHEET_WORKFLOW, last).map(ServiceSheetService::isUnrepairable)
                .orElse(false);
    }

    /** Queues the intake protocol for the customer (or the given address); false when there is no address. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public boolean emailIntakeProtocol(UUID id, String address) {
        ServiceSheet sheet = get(id);
        if (address != null && !address.isBlank() && !Outbox.isAddress(address)) {
            throw DomainException.invalid("workshop.error.email", "email");
        }
        return emailProtocol(sheet, address, documents.intake(sheet));
    }

    private boolean emailProtocol(ServiceSheet sheet, String address, SheetDocument pdf) {
        return mails.queue(MailText.Kind.INTAKE, sheet, statusLabel(sheet.getStatusKey(),
                        Locale.forLanguageTag(sheet.getLanguage())), null, address,
                List.of(new OutboxMail.Attachment(pdf.fileName(), "application/pdf", pdf.pdf())));
    }

    /** Sends a waiting or failed e-mail of the sheet at the outbox's next run. */
    @Transactional
    @RolesAllowed({"ADMIN", "DISPATCHER", "MANAGER"})
    public void retryMail(UUID sheetId, UUID messageId) {
        if (outbox.of(OWNER_TYPE, get(sheetId).getId()).stream().noneMatch(m -> m.id().equals(messageId))) {
            throw DomainException.notFound("kernel.outbox.error.not-found");
        }
        outbox.retry(messageId);
    }

    /** The QR code of the sheet's portal link, as PNG. */
    @PermitAll
    public byte[] trackingQr(UUID id) {
        return SheetDocuments.qrPng(documents.portalUrl(get(id)));
    }

    @PermitAll
    public String portalUrl(UUID id) {
        return documents.portalUrl(get(id));
    }

    // ---------------------------------------------------------------- helpers

    private ServiceSheet open(UUID id) {
        ServiceSheet sheet = get(id);
        if (sheet.isClosed()) {
            throw DomainException.conflict("workshop.error.sheet-closed", null);
        }
        return sheet;
    }

    /** The sheet under a row lock: two people changing it at once are serialized. */
    private ServiceSheet lockOpen(UUID id) {
        TenantContext.require();
        ServiceSheet sheet = sheets.lock(id).orElseThrow(() -> DomainException.notFound("workshop.error.sheet-not-found"));
        if (sheet.isClosed()) {
            throw DomainException.conflict("workshop.error.sheet-closed", null);
        }
        return sheet;
    }

    private void move(ServiceSheet sheet, WorkflowStatus target, String note) {
        Instant now = clock.instant();
        history.save(new StatusChange(sheet.getId(), sheet.getStatusKey(), target.key(), note, now,
                WorkshopTenant.actor()));
        sheet.moveTo(target.key(), now);
    }

    private UserAccount technician(UUID userId) {
        return users.activeWithAnyRole(Set.of(Role.TECHNICIAN)).stream().filter(u -> u.getId().equals(userId))
                .findFirst().orElseThrow(() -> DomainException.invalid("workshop.error.not-a-technician",
                        "technicianId"));
    }

    private void notifyReception(Alert alert) {
        if (notifier.notifyRoles(RECEPTION, alert) == 0) {
            notifier.notifyRoles(Set.of(Role.ADMIN), alert);
        }
    }

    static Alert alert(String kind, String key, ServiceSheet sheet, String... extra) {
        List<String> params = new ArrayList<>(List.of(sheet.getNumber(), sheet.getCustomer().getName(),
                sheet.getEquipment().displayName()));
        params.addAll(List.of(extra));
        return new Alert(kind, key, params, "workshop/sheets/" + sheet.getId(), OWNER_TYPE, sheet.getId());
    }

    /** Documents and mails speak one of the four languages. */
    static final class Messages4 {
        private Messages4() {
        }

        static String language(String language) {
            return language != null && WorkshopMailTexts.LANGUAGES.contains(language) ? language : "en";
        }
    }
}
