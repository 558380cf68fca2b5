package com.intervo.tenantadmin.billing;

import com.intervo.kernel.company.CompanyDetails;
import com.intervo.kernel.company.CompanyProfiles;
import com.intervo.kernel.errors.DomainException;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.IntervoUser;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.tenantadmin.billing.PaymentProvider.Line;
import com.intervo.tenantadmin.billing.PaymentProvider.SubscriptionSnapshot;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a workspace has bought, and changing it: the admin's overview, ordering a plan and modules (Stripe
 * Checkout for a new subscription, a change of its items for an existing one), the payment portal, the trial, and
 * Stripe's view of the subscription applied to the account and the licenses. With Stripe, licenses change only
 * when Stripe confirms (see {@link StripeWebhooks}); in the free billing mode the admin's choice applies at once.
 * Billing never deletes anything: a module that leaves the subscription ends its entitlement, an unpaid workspace
 * becomes read-only.
 */
@Service
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    public enum Mode {
        STRIPE,
        FREE
    }

    /** What the admin's licenses page shows. {@code status} is empty for workspaces billing never saw. */
    public record Overview(
            Mode mode,
            Optional<BillingAccount.Status> status,
            Plan plan,
            long seats,
            Integer maxSeats,
            Set<ModuleKey> ordered,
            boolean changePending,
            Instant nextPaymentAt,
            BigDecimal nextPaymentAmount,
            String currency,
            Instant graceUntil,
            boolean canManagePayment,
            boolean hasSubscription) {}

    /** The result of an order: go to a hosted payment page, wait for Stripe's confirmation, or done. */
    public sealed interface OrderResult {
        record Redirect(String url) implements OrderResult {}

        record AwaitingConfirmation() implements OrderResult {}

        record Applied() implements OrderResult {}
    }

    private final BillingSettings settings;
    private final PriceList prices;
    private final BillingAccounts accounts;
    private final TenantDirectory tenants;
    private final Licenses licenses;
    private final UserDirectory users;
    private final TenantAccess access;
    private final Optional<PaymentProvider> provider;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final Clock clock;
    private final CompanyProfiles company;
    private final ApplicationEventPublisher events;

    Subscriptions(
            BillingSettings settings,
            PriceList prices,
            BillingAccounts accounts,
            TenantDirectory tenants,
            Licenses licenses,
            UserDirectory users,
            TenantAccess access,
            ObjectProvider<PaymentProvider> provider,
            PlatformTransactionManager transactions,
            CompanyProfiles company,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.company = company;
        this.events = events;
        this.settings = settings;
        this.prices = prices;
        this.accounts = accounts;
        this.tenants = tenants;
        this.licenses = licenses;
        this.users = users;
        this.access = access;
        this.provider = Optional.ofNullable(provider.getIfAvailable());
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Who pays, from the company settings; the workspace's name when no legal name is set. */
    PaymentProvider.Payer payer(TenantId tenant, Tenant row, String email) {
        CompanyDetails c = TenantContext.callAs(tenant, () -> newTx.execute(s -> company.details()));
        return new PaymentProvider.Payer(
                c.legalName() != null ? c.legalName() : row.getDisplayName(),
                email,
                c.street(),
                c.city(),
                c.county(),
                c.postalCode(),
                c.country(),
                c.taxId());
    }

    public Mode mode() {
        return provider.isPresent() ? Mode.STRIPE : Mode.FREE;
    }

    @RolesAllowed("ADMIN")
    public Overview overview() {
        TenantId tenant = TenantContext.require();
        long seats = users.seats();
        Tenant row = tenantRow(tenant);
        Optional<BillingAccount> account = tx.execute(s -> accounts.findByTenantId(row.getId()));
        Set<ModuleKey> ordered = orderedModules(tenant);
        Plan plan = account.map(BillingAccount::getPlan).orElse(null);
        return new Overview(
                mode(),
                account.map(BillingAccount::getStatus),
                plan,
                seats,
                maxSeats(account),
                ordered,
                account.map(a -> a.getChangeRequestedAt() != null).orElse(false),
                account.map(BillingAccount::getCurrentPeriodEnd).orElse(null),
                account.map(BillingAccount::getNextPaymentAmount).orElse(null),
                account.map(BillingAccount::getNextPaymentCurrency).orElse(settings.currency()),
                account.map(BillingAccount::getGraceUntil).orElse(null),
                account.map(a -> a.getStripeCustomerId() != null).orElse(false) && provider.isPresent(),
                account.map(a -> a.getStripeSubscriptionId() != null && a.getStatus() != BillingAccount.Status.CANCELED)
                        .orElse(false));
    }

    /** The workspace's invoices from the payment service, newest first; empty in the free mode. */
    @RolesAllowed("ADMIN")
    public List<BillingInvoice> invoices() {
        Tenant row = tenantRow(TenantContext.require());
        return tx
                .execute(s -> accounts.findByTenantId(row.getId()))
                .map(BillingAccount::getStripeCustomerId)
                .flatMap(customer -> provider.map(p -> p.invoices(customer)))
                .orElse(List.of())
                .stream()
                .sorted(Comparator.comparing(BillingInvoice::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /**
     * Orders a plan and modules. Without a subscription this opens Stripe Checkout; with one it changes the
     * subscription's items, and the licenses follow when Stripe confirms. In the free mode it applies at once.
     * Allowed in a read-only workspace: paying is how it gets out.
     */
    @RolesAllowed("ADMIN")
    public OrderResult order(Plan plan, Set<ModuleKey> chosen, String returnUrl) {
        TenantId tenant = TenantContext.require();
        if (!prices.offers(plan)) {
            throw DomainException.invalid("billing.error.plan-required", "plan");
        }
        Set<ModuleKey> modules = prices.withRequirements(chosen == null ? Set.of() : chosen);
        if (modules.isEmpty()) {
            throw DomainException.invalid("billing.error.module-required", "modules");
        }
        for (ModuleKey key : prices.billable(modules)) {
            if (!prices.offers(key)) {
                throw DomainException.invalid("billing.error.not-for-sale", "modules", key.name());
            }
        }
        long seats = users.seats();
        Integer max = prices.maxUsers(plan);
        if (max != null && seats > max) {
            throw DomainException.conflict("billing.error.plan-too-small", "plan", seats, max);
        }
        Tenant row = tenantRow(tenant);
        if (provider.isEmpty()) {
            applyFree(tenant, row, plan, modules);
            return new OrderResult.Applied();
        }
        PaymentProvider stripe = provider.get();
        List<Line> lines = prices.lines(plan, modules, seats);
        IntervoUser admin = IntervoAuthentication.current().orElseThrow();
        BillingAccount account = TenantAccess.allowingWrites(() -> tx.execute(s -> accounts.findByTenantId(row.getId())
                .orElseGet(() -> accounts.save(new BillingAccount(row.getId(), BillingAccount.Status.TRIAL)))));
        boolean live =
                account.getStripeSubscriptionId() != null && account.getStatus() != BillingAccount.Status.CANCELED;
        if (live) {
            SubscriptionSnapshot current = stripe.subscription(account.getStripeSubscriptionId())
                    .orElseThrow(() -> DomainException.conflict("billing.error.subscription-missing", null));
            // marked before asking: Stripe's confirmation may arrive before the call returns
            markChange(account, clock.instant());
            try {
                stripe.changeSubscription(current, lines);
            } catch (RuntimeException e) {
                markChange(account, null);
                throw e;
            }
            log.info("Workspace {} asked Stripe to change its subscription to {} {}", tenant, plan, modules);
            return new OrderResult.AwaitingConfirmation();
        }
        String customer = account.getStripeCustomerId();
        if (customer == null) {
            String email = users.find(admin.userId()).map(u -> u.getEmail()).orElse(null);
            String created = stripe.createCustomer(tenant.key(), payer(tenant, row, email));
            TenantAccess.allowingWrites(() -> tx.executeWithoutResult(
                    s -> accounts.findById(account.getId()).orElseThrow().customer(created)));
            customer = created;
        }
        String url = stripe.checkout(
                customer, tenant.key(), lines, returnUrl + "?checkout=success", returnUrl + "?checkout=canceled");
        log.info("Workspace {} went to Stripe Checkout for {} {}", tenant, plan, modules);
        return new OrderResult.Redirect(url);
    }

    private void markChange(BillingAccount account, Instant at) {
        TenantAccess.allowingWrites(() -> tx.executeWithoutResult(
                s -> accounts.findById(account.getId()).orElseThrow().changeRequested(at)));
    }

    /** Stripe's customer portal: card details, open invoices. */
    @RolesAllowed("ADMIN")
    public String portal(String returnUrl) {
        Tenant row = tenantRow(TenantContext.require());
        String customer = tx.execute(s -> accounts.findByTenantId(row.getId()))
                .map(BillingAccount::getStripeCustomerId)
                .orElseThrow(() -> DomainException.conflict("billing.error.no-customer", null));
        return provider.orElseThrow(() -> DomainException.conflict("billing.error.no-customer", null))
                .portal(customer, returnUrl);
    }

    /** A new workspace's trial: billing starts counting its users against the trial limit. */
    public void startTrial(TenantId tenant) {
        Tenant row = tenantRow(tenant);
        tx.executeWithoutResult(s -> {
            if (accounts.findByTenantId(row.getId()).isEmpty()) {
                accounts.save(new BillingAccount(row.getId(), BillingAccount.Status.TRIAL));
            }
        });
    }

    /** The billing account of a workspace, for the operator console. */
    public Optional<BillingAccount> account(TenantId tenant) {
        return tenants.find(tenant).flatMap(row -> tx.execute(s -> accounts.findByTenantId(row.getId())));
    }

    /** Users the workspace's plan allows; empty means no limit. */
    Integer maxSeats(Optional<BillingAccount> account) {
        if (account.isEmpty()) {
            return null;
        }
        return prices.maxSeats(account.get().getPlan(), account.get().getStatus());
    }

    /** Modules the workspace currently has from billing (subscription or free mode), with what they bring. */
    Set<ModuleKey> orderedModules(TenantId tenant) {
        return licenses.licenses(tenant).stream()
                .filter(l -> l.state() == com.intervo.kernel.licensing.Licenses.ModuleLicense.State.ACTIVE
                        && (l.sources().contains(Entitlement.Source.SUBSCRIPTION)
                                || l.sources().contains(Entitlement.Source.FREE)))
                .map(com.intervo.kernel.licensing.Licenses.ModuleLicense::module)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ModuleKey.class)));
    }

    private void applyFree(TenantId tenant, Tenant row, Plan plan, Set<ModuleKey> modules) {
        Instant now = clock.instant();
        Set<ModuleKey> billable = prices.billable(modules);
        tx.executeWithoutResult(s -> {
            BillingAccount account = accounts.findByTenantId(row.getId())
                    .orElseGet(() -> accounts.save(new BillingAccount(row.getId(), BillingAccount.Status.FREE)));
            account.status(BillingAccount.Status.FREE);
            account.plan(plan);
            for (ModuleKey key : ModuleKey.values()) {
                // a grant by hand is its own entitlement: the free-mode one lives beside it
                Optional<Entitlement> held = licenses.entitlement(tenant, key, Entitlement.Source.FREE);
                if (billable.contains(key)) {
                    Instant from = held.filter(e -> e.isActiveAt(now))
                            .map(Entitlement::getValidFrom)
                            .orElse(now);
                    licenses.grant(tenant, key, from, null, Entitlement.Source.FREE);
                } else {
                    // switched off means off: also a trial or demo license of it ends (a manual grant stays)
                    for (Entitlement.Source source :
                            List.of(Entitlement.Source.FREE, Entitlement.Source.TRIAL, Entitlement.Source.DEMO)) {
                        licenses.end(tenant, key, source, now);
                    }
                }
            }
        });
        log.info("Workspace {} switched to {} with {} (free billing mode)", tenant, plan, billable);
    }

    /**
     * Applies Stripe's current view of a subscription to the account and the entitlement store. Called by the
     * webhook handler inside its transaction, with the account row locked.
     *
     * @return whether the workspace must be read-only afterwards
     */
    boolean apply(TenantId tenant, BillingAccount account, Optional<SubscriptionSnapshot> found) {
        Instant now = clock.instant();
        String stripeStatus = found.map(SubscriptionSnapshot::status).orElse("canceled");
        BillingAccount.Status before = account.getStatus();
        BillingAccount.Status next = statusAfter(stripeStatus, before);
        if (next == BillingAccount.Status.PAST_DUE && account.getPastDueSince() == null) {
            account.pastDue(now, now.plus(settings.gracePeriod()));
        } else if (next == BillingAccount.Status.ACTIVE) {
            account.paid();
        }
        account.status(next);
        events.publishEvent(new BillingAlerts.StateChanged(tenant, before, next, account.getGraceUntil()));
        Set<ModuleKey> subscribed = EnumSet.noneOf(ModuleKey.class);
        if (found.isPresent()) {
            SubscriptionSnapshot snapshot = found.get();
            for (SubscriptionSnapshot.Item item : snapshot.items()) {
                settings.plans().forEach((plan, price) -> {
                    if (price.priceId().equals(item.priceId())) {
                        account.plan(plan);
                    }
                });
                settings.modules().forEach((module, price) -> {
                    if (price.priceId().equals(item.priceId())) {
                        subscribed.add(module);
                    }
                });
            }
            account.synced(
                    stripeStatus,
                    snapshot.periodEnd(),
                    next == BillingAccount.Status.CANCELED ? null : snapshot.nextAmount(),
                    snapshot.currency(),
                    now);
        } else {
            account.synced(stripeStatus, null, null, null, now);
        }
        boolean licensed = next == BillingAccount.Status.ACTIVE
                || next == BillingAccount.Status.PAST_DUE
                || next == BillingAccount.Status.READ_ONLY;
        for (ModuleKey key : ModuleKey.values()) {
            // a grant by hand is its own entitlement: the subscription's lives beside it, each with its validity
            Optional<Entitlement> held = licenses.entitlement(tenant, key, Entitlement.Source.SUBSCRIPTION);
            if (licensed && subscribed.contains(key)) {
                Instant from = held.filter(e -> e.isActiveAt(now))
                        .map(Entitlement::getValidFrom)
                        .orElse(now);
                licenses.grant(tenant, key, from, null, Entitlement.Source.SUBSCRIPTION);
            } else {
                licenses.end(tenant, key, Entitlement.Source.SUBSCRIPTION, now);
            }
        }
        log.info(
                "Workspace {}: Stripe subscription {} is {} → {} with {}",
                tenant,
                found.map(SubscriptionSnapshot::id).orElse(account.getStripeSubscriptionId()),
                stripeStatus,
                next,
                subscribed);
        return next == BillingAccount.Status.READ_ONLY
                || (next == BillingAccount.Status.CANCELED && access.isReadOnly(tenant));
    }

    /** The account's status after Stripe reported {@code stripeStatus}: a read-only workspace stays so until paid. */
    static BillingAccount.Status statusAfter(String stripeStatus, BillingAccount.Status before) {
        return switch (stripeStatus) {
            case "active", "trialing" -> BillingAccount.Status.ACTIVE;
            case "past_due", "unpaid" ->
                before == BillingAccount.Status.READ_ONLY
                        ? BillingAccount.Status.READ_ONLY
                        : BillingAccount.Status.PAST_DUE;
            case "incomplete" -> BillingAccount.Status.PENDING;
            default -> BillingAccount.Status.CANCELED;
        };
    }

    Tenant tenantRow(TenantId tenant) {
        return tenants.find(tenant).orElseThrow(() -> DomainException.notFound("billing.error.no-workspace"));
    }
}
