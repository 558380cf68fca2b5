package com.intervo.kernel.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The workspace's calendar and money, from one place: its time zone, today there and its currency. Times are
 * stored as instants and shown in this zone; "today" (due dates, late tickets, VAT dates) is the workspace's day.
 *
 * <p>Zone and currency are kept per workspace for {@link #CACHE_TTL} (read on many API calls, changed once in a
 * while by an admin): a change made on this node applies at once ({@link #forget} after its commit), one made on
 * another replica within the time to live. Neither decides who may see or do anything.
 */
@Service
public class WorkspaceClock {

    /** For a tenant the registry does not know (never a real workspace). */
    static final ZoneId FALLBACK_ZONE = ZoneId.of("UTC");

    static final String FALLBACK_CURRENCY = "EUR";

    static final Duration CACHE_TTL = Duration.ofSeconds(15);

    private record Defaults(ZoneId zone, String currency, Instant expires) {}

    private final Tenants tenants;
    private final Clock clock;
    private final Map<TenantId, Defaults> cache = new ConcurrentHashMap<>();

    WorkspaceClock(Tenants tenants, Optional<Clock> clock) {
        this.tenants = tenants;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The bound tenant's time zone. */
    public ZoneId zone() {
        return zone(TenantContext.require());
    }

    public ZoneId zone(TenantId tenant) {
        return defaults(tenant).zone();
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
        return defaults(tenant).currency();
    }

    /** Reads the workspace's zone and currency again on next use: called when they change. */
    public void forget(TenantId tenant) {
        cache.remove(tenant);
    }

    private Defaults defaults(TenantId tenant) {
        Instant now = clock.instant();
        Defaults cached = cache.get(tenant);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached;
        }
        // any status: a workspace's own seed data is written while it is still being provisioned
        Optional<Tenant> row = tenants.findByKey(tenant.key());
        Defaults read = new Defaults(
                row.map(Tenant::getTimeZone)
                        .filter(Objects::nonNull)
                        .map(ZoneId::of)
                        .orElse(FALLBACK_ZONE),
                row.map(Tenant::getCurrency).filter(Objects::nonNull).orElse(FALLBACK_CURRENCY),
                now.plus(CACHE_TTL));
        if (row.isPresent()) {
            cache.put(tenant, read); // an unknown key is not kept: it may be a workspace being created
        }
        return read;
    }
}
