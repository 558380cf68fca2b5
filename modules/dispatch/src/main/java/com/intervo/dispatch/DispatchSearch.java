package com.intervo.dispatch;

import com.intervo.dispatch.domain.Ticket;
import com.intervo.dispatch.domain.Tickets;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.search.CustomPlans;
import com.intervo.kernel.search.GlobalSearchProvider;
import com.intervo.kernel.search.SearchHit;
import com.intervo.kernel.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets by their number or their work report's number, for the shell's search box. The desk finds every
 * ticket; a technician only the tickets they may open (their own and unassigned ones), each in the technician's
 * own screen.
 */
@Component
class DispatchSearch implements GlobalSearchProvider {

    private final Tickets tickets;
    private final TicketViews views;
    private final Licenses licenses;
    private final EntityManager entityManager;

    DispatchSearch(Tickets tickets, TicketViews views, Licenses licenses, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.tickets = tickets;
        this.views = views;
        this.licenses = licenses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        Optional<IntervoUser> user = IntervoAuthentication.current();
        if (TenantContext.current().isEmpty() || user.isEmpty() || !licenses.isLicensedHere(ModuleKey.DISPATCH)) {
            return List.of();
        }
        boolean desk = user.get().has(Role.ADMIN)
                || user.get().has(Role.DISPATCHER)
                || user.get().has(Role.MANAGER);
        if (!desk && !user.get().has(Role.TECHNICIAN)) {
            return List.of();
        }
        String term = "%"
                + query.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        CustomPlans.forThisTransaction(entityManager);
        Specification<Ticket> spec = (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.or(
                    cb.like(cb.lower(root.get("number")), term, '\\'),
                    cb.like(cb.lower(root.get("reportNumber")), term, '\\')));
            if (!desk) {
                where.add(cb.or(
                        cb.equal(root.get("technicianId"), user.get().userId()),
                        cb.equal(root.get("stage"), TicketStage.NEW)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        List<Ticket> found = tickets.findAll(
                        spec, PageRequest.of(0, Math.max(1, limit), Sort.by(Sort.Direction.DESC, "createdAt")))
                .getContent();
        String base = desk ? "dispatch/tickets/" : "dispatch/my/";
        return views.summaries(found).stream()
                .map(t -> new SearchHit(
                        "dispatch.search.ticket",
                        t.number(),
                        t.customerName() + (t.problem() == null ? "" : " · " + t.problem()),
                        base + t.id()))
                .toList();
    }
}
