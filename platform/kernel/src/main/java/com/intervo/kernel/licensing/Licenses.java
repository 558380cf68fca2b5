package com.intervo.kernel.licensing;

import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The run-time license check used by views, the REST API, event listeners and jobs. A tenant may use a
 * module when it holds an entitlement valid now, or a valid entitlement of a module that requires it.
 * Results are cached per tenant for a few seconds; a change made on this node evicts at once. A tenant holds at most
 * one entitlement per module and source (trial, subscription, grant by hand...), each with its own validity: they
 * coexist, and the module is on while any of them is valid.
 */
@Service("licenses")
public class Licenses {

    private static final Logger log = LoggerFactory.getLogger(Licenses.class);
    private static final Duration CACHE_TTL = Duration.ofSeconds(15);

    private record Cached(Set<ModuleKey> modules, Instant expires) {}

    /**
     * One row of the licenses screen: the entitlement that keeps the module on longest (its period and source),
     * and every source valid now in {@code sources}.
     */
    public record ModuleLicense(
            ModuleKey module,
            State state,
            Instant validFrom,
            Instant validUntil,
            Entitlement.Source source,
            ModuleKey includedBy,
            Set<Entitlement.Source> sources) {
        public enum State {
            ACTIVE,
            INCLUDED,
            NOT_YET_VALID,
            EXPIRED,
            NOT_LICENSED
        }

        public ModuleLicense {
            sources = sources == null || sources.isEmpty() ? Set.of() : Set.copyOf(sources);
        }
    }

    /** The one to show: valid now and running longest (open-ended first); else the latest to start. */
    private static final java.util.Comparator<Entitlement> SHOWN_FIRST = java.util.Comparator.comparing(
                    (Entitlement e) -> e.getValidUntil() == null ? Instant.MAX : e.getValidUntil())
            .thenComparing(Entitlement::getValidFrom)
            .reversed();

    private final Entitlements entitlements;
    private final Tenants tenants;
    private final TenantDirectory directory;
    private final ModuleCatalog catalog;
    private final Clock clock;
    private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

    Licenses(
            Entitlements entitlements,
            Tenants tenants,
            TenantDirectory directory,
            ModuleCatalog catalog,
            Optional<Clock> clock) {
        this.entitlements = entitlements;
        this.tenants = tenants;
        this.directory = directory;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public boolean isLicensed(TenantId tenant, ModuleKey module) {
        return tenant != null && effectiveModules(tenant).contains(module);
    }

    /** For listener conditions in SpEL: {@code @licenses.isLicensed(#event.tenant(), 'DISPATCH')}. */
    public boolean isLicensed(TenantId tenant, String module) {
        return isLicensed(tenant, ModuleKey.valueOf(module));
    }

    /** The module is licensed to the tenant bound to this thread; false when none is bound. */
    public boolean isLicensedHere(ModuleKey module) {
        return TenantContext.current().map(t -> isLicensed(t, module)).orElse(false);
    }

    public Set<ModuleKey> effectiveModules(TenantId tenant) {
        Instant now = clock.instant();
        Cached cached = cache.get(tenant);
        if (cached == null || now.isAfter(cached.expires())) {
            cached = new Cached(load(tenant, now), now.plus(CACHE_TTL));
            cache.put(tenant, cached);
        }
        return cached.modules();
    }

    private Set<ModuleKey> load(TenantId tenant, Instant now) {
        Optional<Tenant> row = directory.findActive(tenant.key());
        if (row.isEmpty()) {
            return Set.of();
        }
        Set<ModuleKey> direct = entitlements.findByTenantId(row.get().getId()).stream()
                .filter(e -> e.isActiveAt(now))
                .map(Entitlement::getModule)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ModuleKey.class)));
        return Collections.unmodifiableSet(catalog.closure(direct));
    }

    @Transactional(readOnly = true)
    public List<ModuleLicense> licenses(TenantId tenant) {
        Instant now = clock.instant();
        Tenant row = tenants.findByKey(tenant.key()).orElseThrow();
        Map<ModuleKey, List<Entitlement>> held = entitlements.findByTenantId(row.getId()).stream()
                .collect(Collectors.groupingBy(Entitlement::getModule));
        Set<ModuleKey> activeDirect = held.values().stream()
                .flatMap(List::stream)
                .filter(e -> e.isActiveAt(now))
                .map(Entitlement::getModule)
                .collect(Collectors.toSet());
        return catalog.all().stream()
                .map(ModuleDescriptor::key)
                .map(key -> {
                    List<Entitlement> rows = held.getOrDefault(key, List.of());
                    List<Entitlement> active = rows.stream()
                            .filter(e -> e.isActiveAt(now))
                            .sorted(SHOWN_FIRST)
                            .toList();
                    if (!active.isEmpty()) {
                        Entitlement e = active.getFirst();
                        Set<Entitlement.Source> sources = active.stream()
                                .map(Entitlement::getSource)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Entitlement.Source.class)));
                        return new ModuleLicense(
                                key,
                                ModuleLicense.State.ACTIVE,
                                e.getValidFrom(),
                                e.getValidUntil(),
                                e.getSource(),
                                null,
                                sources);
                    }
                    Optional<ModuleKey> includer = activeDirect.stream()
                            .filter(other -> catalog.closure(Set.of(other)).contains(key))
                            .findFirst();
                    if (includer.isPresent()) {
                        return new ModuleLicense(
                                key, ModuleLicense.State.INCLUDED, null, null, null, includer.get(), null);
                    }
                    Optional<Entitlement> upcoming = rows.stream()
                            .filter(e -> now.isBefore(e.getValidFrom()))
                            .min(java.util.Comparator.comparing(Entitlement::getValidFrom));
                    if (upcoming.isPresent()) {
                        Entitlement e = upcoming.get();
                        return new ModuleLicense(
                                key,
                                ModuleLicense.State.NOT_YET_VALID,
                                e.getValidFrom(),
                                e.getValidUntil(),
                                e.getSource(),
                                null,
                                null);
                    }
                    Optional<Entitlement> last = rows.stream()
                            .max(java.util.Comparator.comparing(
                                    Entitlement::getValidUntil,
                                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
                    if (last.isPresent()) {
                        Entitlement e = last.get();
                        return new ModuleLicense(
                                key,
                                ModuleLicense.State.EXPIRED,
                                e.getValidFrom(),
                                e.getValidUntil(),
                                e.getSource(),
                                null,
                                null);
                    }
                    return new ModuleLicense(key, ModuleLicense.State.NOT_LICENSED, null, null, null, null, null);
                })
                .toList();
    }

    /**
     * Records (or replaces) the tenant's entitlement to a module from this source; entitlements from other sources
     * stay as they are. Billing, sign-up and the operator console call this.
     */
    @Transactional
    public void grant(
            TenantId tenant, ModuleKey module, Instant validFrom, Instant validUntil, Entitlement.Source source) {
        Tenant row = tenants.findByKey(tenant.key())
                .orElseThrow(() -> new IllegalArgumentException("Unknown workspace " + tenant.key()));
        entitlements
                .findByTenantIdAndModuleAndSource(row.getId(), module, source)
                .ifPresentOrElse(
                        e -> e.set(validFrom, validUntil, source),
                        () -> entitlements.save(new Entitlement(row.getId(), module, validFrom, validUntil, source)));
        evict(tenant);
        log.info("Tenant {} licensed for {} from {} until {} ({})", tenant, module, validFrom, validUntil, source);
    }

    /** Operators only: every trial entitlement of the tenant that has an end runs {@code days} longer. */
    @Transactional
    @jakarta.annotation.security.RolesAllowed("OPERATOR")
    public int extendTrial(TenantId tenant, int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("A trial is extended by 1 to 366 days");
        }
        Tenant row = tenants.findByKey(tenant.key())
                .orElseThrow(() -> new IllegalArgumentException("Unknown workspace " + tenant.key()));
        List<Entitlement> trials = entitlements.findByTenantId(row.getId()).stream()
                .filter(e -> e.getSource() == Entitlement.Source.TRIAL && e.getValidUntil() != null)
                .toList();
        trials.forEach(e -> e.extend(Duration.ofDays(days)));
        evict(tenant);
        log.info("Tenant {}: {} trial entitlements extended by {} days", tenant, trials.size(), days);
        return trials.size();
    }

    /**
     * Ends the tenant's entitlement to a module at {@code at} if it came from {@code source} and is still
     * running; the row stays as a record. Billing calls this when a module leaves the subscription.
     */
    @Transactional
    public boolean end(TenantId tenant, ModuleKey module, Entitlement.Source source, Instant at) {
        Tenant row = tenants.findByKey(tenant.key())
                .orElseThrow(() -> new IllegalArgumentException("Unknown workspace " + tenant.key()));
        boolean ended = entitlements
                .findByTenantIdAndModuleAndSource(row.getId(), module, source)
                .filter(e -> e.getValidUntil() == null || e.getValidUntil().isAfter(at))
                .map(e -> {
                    Instant until =
                            at.isAfter(e.getValidFrom()) ? at : e.getValidFrom().plusSeconds(1);
                    e.set(e.getValidFrom(), until, source);
                    return true;
                })
                .orElse(false);
        evict(tenant);
        if (ended) {
            log.info("Tenant {}: {} entitlement to {} ended at {}", tenant, source, module, at);
        }
        return ended;
    }

    /** The tenant's entitlement to a module from one source, whatever its state. */
    @Transactional(readOnly = true)
    public Optional<Entitlement> entitlement(TenantId tenant, ModuleKey module, Entitlement.Source source) {
        return tenants.findByKey(tenant.key())
                .flatMap(row -> entitlements.findByTenantIdAndModuleAndSource(row.getId(), module, source));
    }

    /** Every entitlement of the tenant to a module (one per source), whatever its state. */
    @Transactional(readOnly = true)
    public List<Entitlement> entitlements(TenantId tenant, ModuleKey module) {
        return tenants.findByKey(tenant.key())
                .map(row -> entitlements.findByTenantIdAndModule(row.getId(), module))
                .orElse(List.of());
    }

    /** Removes every entitlement of the tenant to the module, from every source. */
    @Transactional
    public void revoke(TenantId tenant, ModuleKey module) {
        tenants.findByKey(tenant.key())
                .map(row -> entitlements.findByTenantIdAndModule(row.getId(), module))
                .ifPresent(entitlements::deleteAll);
        evict(tenant);
    }

    public void evict(TenantId tenant) {
        cache.remove(tenant);
    }

    /**
     * For jobs: runs the work once per active tenant licensed for the module, with that tenant bound.
     * A failure in one tenant is logged and does not stop the others.
     */
    public int forEachLicensedTenant(ModuleKey module, Consumer<TenantId> work) {
        int ran = 0;
        for (TenantId tenant : directory.activeTenants()) {
            if (!isLicensed(tenant, module)) {
                continue;
            }
            try {
                TenantContext.runAs(tenant, () -> work.accept(tenant));
                ran++;
            } catch (RuntimeException e) {
                log.error("Job for module {} failed in tenant {}", module, tenant, e);
            }
        }
        return ran;
    }
}
