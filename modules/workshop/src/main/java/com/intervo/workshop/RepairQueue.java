package com.intervo.workshop;

import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.UserAccount;
import com.intervo.kernel.mail.Outbox;
import com.intervo.kernel.mail.OutboxMessageView;
import com.intervo.kernel.search.CustomPlans;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.ServiceSheets;
import com.intervo.workshop.domain.StatusChanges;
import com.intervo.workshop.domain.WorkEntries;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading sheets: the repair queue and its filters, one sheet with its log, history and e-mails, the statuses. */
@Service
@Transactional(readOnly = true)
public class RepairQueue {

    private final ServiceSheets sheets;
    private final WorkEntries entries;
    private final StatusChanges history;
    private final WorkflowStatuses statuses;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final Outbox outbox;
    private final SheetDocuments documents;
    private final WorkshopTenant tenant;
    private final SheetGuard guard;
    private final SheetRecords records;
    private final EntityManager em;

    private final StageStatuses stageStatuses;

    RepairQueue(
            ServiceSheets sheets,
            WorkEntries entries,
            StatusChanges history,
            WorkflowStatuses statuses,
            CustomerService customers,
            EquipmentService equipment,
            Outbox outbox,
            SheetDocuments documents,
            WorkshopTenant tenant,
            SheetGuard guard,
            SheetRecords records,
            EntityManager em,
            List<StageStatuses> editions) {
        this.stageStatuses = StageStatuses.union(editions);
        this.sheets = sheets;
        this.entries = entries;
        this.history = history;
        this.statuses = statuses;
        this.customers = customers;
        this.equipment = equipment;
        this.outbox = outbox;
        this.documents = documents;
        this.tenant = tenant;
        this.guard = guard;
        this.records = records;
        this.em = em;
    }

    @PermitAll
    public Optional<SheetDetails> find(UUID id) {
        return guard.find(id).map(records::details);
    }

    @PermitAll
    public SheetDetails get(UUID id) {
        return find(id).orElseThrow(() -> DomainException.notFound("workshop.error.sheet-not-found"));
    }

    /** Sheets matching the filter, oldest first (the repair queue when only open ones). */
    @PermitAll
    public List<SheetDetails> list(QueueFilter filter, int offset, int limit) {
        TypedQuery<ServiceSheet> query =
                query(filter, "select s", ServiceSheet.class, " order by s.receivedAt asc, s.id asc");
        return records.details(query.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList());
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
            params.put("before", guard.clock().instant().minus(java.time.Duration.ofDays(f.minAgeDays())));
        }
        if (f.text() != null && !f.text().isBlank()) {
            CustomPlans.forThisTransaction(em);
            // customer names and serial numbers are the CRM's: it names the matching ids
            Set<UUID> named = customers.idsNamed(f.text());
            Set<UUID> serials = equipment.idsWithSerial(f.text());
            jpql.append(" and (lower(s.number) like :q escape '\\' or lower(s.trackingCode) like :code escape '\\'"
                    + " or lower(s.problem) like :q escape '\\'");
            if (!named.isEmpty()) {
                jpql.append(" or s.customerId in :customers");
                params.put("customers", named);
            }
            if (!serials.isEmpty()) {
                jpql.append(" or s.equipmentId in :devices");
                params.put("devices", serials);
            }
            jpql.append(")");
            params.put("q", "%" + Rules.likeTerm(f.text()) + "%");
            params.put("code", "%" + Rules.likeTerm(f.text().replace("-", "").replace(" ", "")) + "%");
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type);
        params.forEach(query::setParameter);
        return query;
    }

    @PermitAll
    public List<SheetEntry> entries(UUID sheetId) {
        guard.get(sheetId);
        return entries.ofSheet(sheetId).stream().map(SheetEntry::of).toList();
    }

    @PermitAll
    public List<StatusStep> history(UUID sheetId) {
        guard.get(sheetId);
        return history.ofSheet(sheetId).stream().map(StatusStep::of).toList();
    }

    /** The e-mails the sheet caused and where they stand. */
    @PermitAll
    public List<OutboxMessageView> mails(UUID sheetId) {
        guard.get(sheetId);
        return outbox.of(SheetGuard.OWNER_TYPE, sheetId);
    }

    /** The sheets of one piece of equipment, newest first. */
    @PermitAll
    public List<SheetDetails> ofEquipment(UUID equipmentId) {
        TenantContext.require();
        return records.details(sheets.ofEquipment(equipmentId));
    }

    /** How many sheets the equipment had (the desk's "returning device" hint). */
    @PermitAll
    public int countOfEquipment(UUID equipmentId) {
        TenantContext.require();
        return sheets.ofEquipment(equipmentId).size();
    }

    /**
     * The active statuses a sheet may be set to by hand: final ones come only with the hand-over, an edition's
     * stage statuses only with its stages.
     */
    @PermitAll
    public List<WorkflowStatus> settableStatuses() {
        Set<String> byStages = stageStatuses.keys();
        return statuses.list(WorkshopModule.SHEET_WORKFLOW).stream()
                .filter(s -> !s.finalStatus())
                .filter(s -> !byStages.contains(s.key()))
                .toList();
    }

    @PermitAll
    public List<WorkflowStatus> allStatuses() {
        return statuses.listAll(WorkshopModule.SHEET_WORKFLOW);
    }

    @PermitAll
    public String statusLabel(String key, Locale locale) {
        return statuses.find(WorkshopModule.SHEET_WORKFLOW, key)
                .map(s -> s.label(locale))
                .orElse(key);
    }

    /** Active technicians, to filter the queue or assign a sheet. */
    @PermitAll
    public List<UserAccount> technicians() {
        return guard.technicians();
    }

    /** The QR code of the sheet's portal link, as PNG. */
    @PermitAll
    public byte[] trackingQr(UUID id) {
        return SheetDocuments.qrPng(portalUrl(id));
    }

    @PermitAll
    public String portalUrl(UUID id) {
        return documents.portalUrl(guard.get(id).getTrackingCode());
    }

    /**
     * The portal link of a sheet already read (no second read of the sheet per row of a list): no transaction, which
     * would take a connection and set the workspace's schema for nothing.
     */
    @PermitAll
    @Transactional(propagation = Propagation.SUPPORTS)
    public String portalUrl(SheetDetails sheet) {
        return documents.portalUrl(sheet);
    }
}
