package com.intervo.tenantadmin.billing;

import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A workspace whose payment stays overdue past the grace period becomes read-only (nothing is deleted). */
@Component
public class GracePeriodJob {

    private static final Logger log = LoggerFactory.getLogger(GracePeriodJob.class);

    private final BillingAccounts accounts;
    private final TenantDirectory tenants;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    GracePeriodJob(
            BillingAccounts accounts,
            TenantDirectory tenants,
            TenantAccess access,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.access = access;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A workspace whose grace period ended unpaid becomes read-only. Idempotent, safe on every replica. */
    @Scheduled(
            fixedDelayString = "${intervo.billing.grace-check:5m}",
            initialDelayString = "${intervo.billing.grace-check:5m}")
    public int enforceGracePeriods() {
        Instant now = clock.instant();
        List<UUID> expired =
                tx.execute(s -> accounts.findByStatusAndGraceUntilBefore(BillingAccount.Status.PAST_DUE, now).stream()
                        .map(a -> {
                            a.status(BillingAccount.Status.READ_ONLY);
                            return a.getTenantId();
                        })
                        .toList());
        for (UUID tenantId : expired) {
            tenants.find(tenantId).map(Tenant::tenantId).ifPresent(t -> {
                access.setReadOnly(t, true);
                log.warn("Workspace {} is read-only: its payment is overdue past the grace period", t);
                events.publishEvent(new BillingAlerts.StateChanged(
                        t, BillingAccount.Status.PAST_DUE, BillingAccount.Status.READ_ONLY, null));
            });
        }
        return expired.size();
    }
}
