package com.intervo.workshop;

import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.search.CustomPlans;
import com.intervo.kernel.search.GlobalSearchProvider;
import com.intervo.kernel.search.SearchHit;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.workshop.domain.ServiceSheet;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service sheets by number ("FS-2026-0042") or tracking code (with or without its dashes), open or closed, for
 * the shell's search box; a hit opens the sheet.
 */
@Component
class WorkshopSearch implements GlobalSearchProvider {

    private final EntityManager em;
    private final Licenses licenses;
    private final SheetRecords records;

    WorkshopSearch(EntityManager em, Licenses licenses, SheetRecords records) {
        this.records = records;
        this.em = em;
        this.licenses = licenses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        if (TenantContext.current().isEmpty() || !licenses.isLicensedHere(ModuleKey.WORKSHOP_SIMPLE)) {
            return List.of();
        }
        // a tracking code is found from its first four characters on, as the customer reads it out
        String code = query.replace("-", "").replace(" ", "");
        boolean byCode = code.length() >= 4;
        CustomPlans.forThisTransaction(em);
        var found = em.createQuery(
                        "select s from ServiceSheet s where lower(s.number) like :q escape '\\'"
                                + (byCode ? " or lower(s.trackingCode) like :code escape '\\'" : "")
                                + " order by s.receivedAt desc",
                        ServiceSheet.class)
                .setParameter("q", "%" + Rules.likeTerm(query) + "%");
        if (byCode) {
            found.setParameter("code", Rules.likeTerm(code) + "%");
        }
        return records.details(found.setMaxResults(Math.max(1, limit)).getResultList()).stream()
                .map(s -> new SearchHit(
                        "workshop.search.sheet",
                        s.number(),
                        s.customer().name() + " · " + s.equipment().displayName(),
                        "workshop/sheets/" + s.id()))
                .toList();
    }
}
