package com.intervo.workshop;

import com.intervo.crm.CustomerWork;
import com.intervo.crm.CustomerWorkContributor;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.ServiceSheet;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer page's repair history: how many sheets, how many still open, what the logged work came to, the
 * newest sheets, and "New sheet" for the desk (the intake opens with this customer chosen).
 */
@Component
class WorkshopCustomerWork implements CustomerWorkContributor {

    private final EntityManager em;
    private final Licenses licenses;
    private final WorkflowStatuses statuses;
    private final WorkshopTenant tenant;
    private final SheetRecords records;

    WorkshopCustomerWork(
            EntityManager em,
            Licenses licenses,
            WorkflowStatuses statuses,
            WorkshopTenant tenant,
            SheetRecords records) {
        this.records = records;
        this.em = em;
        this.licenses = licenses;
        this.statuses = statuses;
        this.tenant = tenant;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerWork> work(UUID customerId, int latest, Locale locale) {
        if (TenantContext.current().isEmpty() || !licenses.isLicensedHere(ModuleKey.WORKSHOP_SIMPLE)) {
            return Optional.empty();
        }
        long total = em.createQuery("select count(s) from ServiceSheet s where s.customerId = :c", Long.class)
                .setParameter("c", customerId)
                .getSingleResult();
        long open = em.createQuery(
                        "select count(s) from ServiceSheet s where s.customerId = :c" + " and s.closedAt is null",
                        Long.class)
                .setParameter("c", customerId)
                .getSingleResult();
        BigDecimal amount = em.createQuery(
                        "select coalesce(sum(e.cost), 0) from WorkEntry e where e.sheetId in"
                                + " (select s.id from ServiceSheet s where s.customerId = :c)",
                        BigDecimal.class)
                .setParameter("c", customerId)
                .getSingleResult();
        List<CustomerWork.Item> items = records
                .details(em.createQuery(
                                "select s from ServiceSheet s" + " where s.customerId = :c order by s.receivedAt desc",
                                ServiceSheet.class)
                        .setParameter("c", customerId)
                        .setMaxResults(Math.max(1, latest))
                        .getResultList())
                .stream()
                .map(s -> {
                    Optional<WorkflowStatus> status = statuses.find(WorkshopModule.SHEET_WORKFLOW, s.statusKey());
                    return new CustomerWork.Item(
                            s.receivedAt(),
                            s.number(),
                            s.equipment().displayName() + " · " + s.problem(),
                            status.map(st -> st.label(locale)).orElse(s.statusKey()),
                            status.map(WorkflowStatus::colour).orElse(null),
                            null,
                            "workshop/sheets/" + s.id());
                })
                .toList();
        boolean desk = IntervoAuthentication.current()
                .map(u -> u.has(Role.ADMIN) || u.has(Role.DISPATCHER) || u.has(Role.MANAGER))
                .orElse(false);
        return Optional.of(new CustomerWork(
                "customer-sheets",
                "workshop.customer.sheets",
                total,
                open,
                amount,
                tenant.tenant().getCurrency(),
                desk ? "workshop.customer.new-sheet" : null,
                "workshop/intake?customer=" + customerId,
                items,
                100));
    }
}
