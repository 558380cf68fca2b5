package com.intervo.kernel.tenancy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The workspace's calendar and money, from one place: its time zone, today there and its currency. Times are
 * stored as instants and shown in this zone; "today" (due dates, late tickets, VAT dates) is the workspace's day.
 */
@Service
public class WorkspaceClock {

    /** For a tenant the registry does not know (never a real workspace). */
    static final ZoneId FALLBACK_ZONE = ZoneId.of("UTC");

    static final String FALLBACK_CURRENCY = "EUR";

    private final Tenants tenants;
    private final Clock clock;

    WorkspaceClock(Tenants tenants, Optional<Clock> clock) {
        this.tenants = tenants;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The bound tenant's time zone. */
    public ZoneId zone() {
        return zone(TenantContext.require());
    }

    public ZoneId zone(TenantId tenant) {
        // any status: a workspace's own seed data is written while it is still being provisioned
        return tenants.findByKey(tenant.key())
                .map(Tenant::getTimeZone)
                .filter(Objects::nonNull)
                .map(ZoneId::of)
                .orElse(FALLBACK_ZONE);
    }

    /** Today in the bound tenant's time zone. */
    public LocalDate today() {
        return today(TenantContext.require());
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(zone(tenant)));
    }

    /** The bound tenant's currency (ISO 4217), the default of new prices. */
    public String currency() {
        return currency(TenantContext.require());
    }

    public String currency(TenantId tenant) {
        return tenants.findByKey(tenant.key())
                .map(Tenant::getCurrency)
                .filter(Objects::nonNull)
                .orElse(FALLBACK_CURRENCY);
    }
}
