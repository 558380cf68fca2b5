package com.intervo.tenantadmin.billing;

import com.intervo.kernel.licensing.ModuleCatalog;
import com.intervo.kernel.licensing.ModuleDescriptor;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.tenantadmin.billing.PaymentProvider.Line;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What billing charges, worked out from the configured prices alone: plans and modules on offer, the modules a
 * choice brings along and those of them that are charged, the monthly total for a number of users, Stripe's
 * subscription lines and the user limit. Pure: no database, no Stripe, no Spring.
 */
public final class PriceList {

    public record PlanOffer(Plan plan, BigDecimal monthly, Integer maxUsers) {}

    public record ModuleOffer(ModuleKey module, BigDecimal monthly, boolean perSeat, Set<ModuleKey> requires) {}

    private final BillingSettings settings;
    private final Map<ModuleKey, Set<ModuleKey>> requires;

    /**
     * @param requires every module present with the modules it requires, in the order the modules are offered
     */
    public PriceList(BillingSettings settings, Map<ModuleKey, Set<ModuleKey>> requires) {
        this.settings = settings;
        this.requires = new LinkedHashMap<>(requires);
    }

    /** The prices of the modules present in this deployable, offered in their menu order. */
    public static PriceList of(BillingSettings settings, ModuleCatalog catalog) {
        Map<ModuleKey, Set<ModuleKey>> requires = new LinkedHashMap<>();
        for (ModuleDescriptor d : catalog.all()) {
            requires.put(d.key(), d.requires());
        }
        return new PriceList(settings, requires);
    }

    /** The currency every price is in. */
    public String currency() {
        return settings.currency();
    }

    public List<PlanOffer> plans() {
        return settings.plans().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new PlanOffer(
                        e.getKey(), e.getValue().monthly(), e.getValue().maxUsers()))
                .toList();
    }

    public List<ModuleOffer> modules() {
        return requires.entrySet().stream()
                .filter(e -> settings.modules().containsKey(e.getKey()))
                .map(e -> {
                    BillingSettings.ModulePrice price = settings.modules().get(e.getKey());
                    return new ModuleOffer(e.getKey(), price.monthly(), price.perSeat(), e.getValue());
                })
                .toList();
    }

    boolean offers(Plan plan) {
        return plan != null && settings.plans().containsKey(plan);
    }

    boolean offers(ModuleKey module) {
        return settings.modules().containsKey(module);
    }

    /** The chosen modules with everything they require (Workshop Plus brings Workshop Simple). */
    public Set<ModuleKey> withRequirements(Set<ModuleKey> chosen) {
        Set<ModuleKey> result = EnumSet.noneOf(ModuleKey.class);
        Deque<ModuleKey> todo = new ArrayDeque<>(chosen);
        while (!todo.isEmpty()) {
            ModuleKey key = todo.pop();
            if (result.add(key)) {
                todo.addAll(requires.getOrDefault(key, Set.of()));
            }
        }
        return result;
    }

    /** The modules that are charged: those not already included by another chosen module. */
    public Set<ModuleKey> billable(Set<ModuleKey> chosen) {
        Set<ModuleKey> all = withRequirements(chosen);
        Set<ModuleKey> result = EnumSet.noneOf(ModuleKey.class);
        for (ModuleKey key : all) {
            boolean includedByOther = all.stream()
                    .filter(other -> other != key)
                    .anyMatch(other -> requires.getOrDefault(other, Set.of()).stream()
                            .anyMatch(r -> withRequirements(Set.of(r)).contains(key)));
            if (!includedByOther) {
                result.add(key);
            }
        }
        return result;
    }

    /** The monthly price of a plan and modules for a number of users. */
    public BigDecimal monthlyTotal(Plan plan, Set<ModuleKey> chosen, long seats) {
        BigDecimal total = offers(plan) ? settings.plans().get(plan).monthly() : BigDecimal.ZERO;
        for (ModuleKey key : billable(chosen)) {
            BillingSettings.ModulePrice price = settings.modules().get(key);
            if (price != null) {
                total = total.add(price.monthly().multiply(BigDecimal.valueOf(price.perSeat() ? seats : 1)));
            }
        }
        return total;
    }

    /** Stripe's subscription items: the plan once, each charged module once or per user (at least one). */
    List<Line> lines(Plan plan, Set<ModuleKey> modules, long seats) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(settings.plans().get(plan).priceId(), 1));
        for (ModuleKey key : billable(modules)) {
            BillingSettings.ModulePrice price = settings.modules().get(key);
            lines.add(new Line(price.priceId(), price.perSeat() ? Math.max(1, seats) : 1));
        }
        return lines;
    }

    /** The users a plan allows; null means no limit. */
    Integer maxUsers(Plan plan) {
        return settings.plans().get(plan).maxUsers();
    }

    /**
     * The users a workspace may have: its plan's limit, the trial's while it tries or waits for its first payment,
     * else no limit (null).
     */
    Integer maxSeats(Plan plan, BillingAccount.Status status) {
        if (offers(plan)) {
            return maxUsers(plan);
        }
        return status == BillingAccount.Status.TRIAL || status == BillingAccount.Status.PENDING
                ? settings.trialSeats()
                : null;
    }
}
