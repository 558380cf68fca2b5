package com.intervo.workshop;

import com.intervo.kernel.identity.Role;
import com.intervo.kernel.notifications.Notifier;
import com.intervo.workshop.domain.ServiceSheet;
import com.intervo.workshop.domain.ServiceSheets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repairs past their promised date: the receptionists and the managers get one alert per sheet (again only if
 * the promised date is moved and passes once more). Run by the job for every licensed tenant.
 */
@Service
public class OverdueAlerts {

    private final ServiceSheets sheets;
    private final Notifier notifier;
    private final WorkshopTenant tenant;
    private final Clock clock;
    private final SheetRecords records;

    OverdueAlerts(
            ServiceSheets sheets,
            Notifier notifier,
            WorkshopTenant tenant,
            Optional<Clock> clock,
            SheetRecords records) {
        this.records = records;
        this.sheets = sheets;
        this.notifier = notifier;
        this.tenant = tenant;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Alerts for the bound tenant's sheets overdue on the given day; returns how many sheets were reported. */
    @Transactional
    public int alert(LocalDate today) {
        int count = 0;
        for (ServiceSheet sheet : sheets.overdueNotAlerted(today)) {
            notifier.notifyRoles(
                    Set.of(Role.DISPATCHER, Role.MANAGER),
                    SheetGuard.alert(
                            "SHEET_OVERDUE",
                            "workshop.alert.overdue",
                            records.details(sheet),
                            sheet.getPromisedDate().toString()));
            sheet.overdueAlerted(clock.instant());
            count++;
        }
        return count;
    }

    /** For the bound tenant, today in its time zone. */
    @Transactional
    public int alertNow() {
        return alert(tenant.today());
    }
}
