package com.intervo.workshop.jobs;

import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.workshop.OverdueAlerts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for overdue repairs in every tenant licensed for the workshop, with the tenant bound. */
@Component
class OverdueJob {

    private final Licenses licenses;
    private final OverdueAlerts alerts;

    OverdueJob(Licenses licenses, OverdueAlerts alerts) {
        this.licenses = licenses;
        this.alerts = alerts;
    }

    @Scheduled(
            initialDelayString = "${intervo.workshop.overdue-check:15m}",
            fixedDelayString = "${intervo.workshop.overdue-check:15m}")
    void run() {
        licenses.forEachLicensedTenant(ModuleKey.WORKSHOP_SIMPLE, tenant -> alerts.alertNow());
    }
}
