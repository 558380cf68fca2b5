package com.intervo.tenantadmin.billing;

import com.intervo.kernel.company.CompanyDetailsSaved;
import com.intervo.kernel.identity.SeatsChanged;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.tenantadmin.billing.PaymentProvider.Line;
import com.intervo.tenantadmin.billing.PaymentProvider.SubscriptionSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps Stripe in step with the workspace: the customer's company data when the admin saves it, and the per-user
 * quantities when the number of users changes. Nothing happens in the free billing mode; a failure is logged and
 * leaves the workspace's own change in place.
 */
@Component
class StripeSync {

    private static final Logger log = LoggerFactory.getLogger(StripeSync.class);

    private final Subscriptions subscriptions;
    private final PriceList prices;
    private final BillingAccounts accounts;
    private final UserDirectory users;
    private final Optional<PaymentProvider> provider;
    private final TransactionTemplate newTx;

    StripeSync(
            Subscriptions subscriptions,
            PriceList prices,
            BillingAccounts accounts,
            UserDirectory users,
            ObjectProvider<PaymentProvider> provider,
            PlatformTransactionManager transactions) {
        this.subscriptions = subscriptions;
        this.prices = prices;
        this.accounts = accounts;
        this.users = users;
        this.provider = Optional.ofNullable(provider.getIfAvailable());
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The admin changed the company data: Stripe's customer (name, address, tax id on its invoices) follows. A
     * failure is logged and leaves the company data saved; the next save tries again.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void companyDetailsSaved(CompanyDetailsSaved event) {
        if (provider.isEmpty()) {
            return;
        }
        try {
            Tenant row = subscriptions.tenantRow(event.tenant());
            Optional<String> customer =
                    newTx.execute(s -> accounts.findByTenantId(row.getId()).map(BillingAccount::getStripeCustomerId));
            if (customer.isPresent()) {
                provider.get().updateCustomer(customer.get(), subscriptions.payer(event.tenant(), row, null));
                log.info("Workspace {}: company data sent to Stripe", event.tenant());
            }
        } catch (RuntimeException e) {
            log.warn("Workspace {}: company data not sent to Stripe: {}", event.tenant(), e.toString());
        }
    }

    /** Per-user prices follow the number of users: Stripe's quantities are updated when it changes. */
    @TransactionalEventListener(fallbackExecution = true)
    void onSeatsChanged(SeatsChanged event) {
        if (provider.isEmpty()) {
            return;
        }
        try {
            TenantContext.runAs(event.tenant(), () -> syncSeats(event.tenant()));
        } catch (RuntimeException e) {
            log.warn("Could not update the per-user quantities of workspace {} at Stripe", event.tenant(), e);
        }
    }

    private void syncSeats(TenantId tenant) {
        Tenant row = subscriptions.tenantRow(tenant);
        Optional<BillingAccount> account = newTx.execute(s -> accounts.findByTenantId(row.getId()));
        if (account.isEmpty()
                || account.get().getStripeSubscriptionId() == null
                || account.get().getPlan() == null
                || !Set.of(BillingAccount.Status.ACTIVE, BillingAccount.Status.PAST_DUE)
                        .contains(account.get().getStatus())) {
            return;
        }
        long seats = newTx.execute(s -> users.seats());
        Set<ModuleKey> modules = newTx.execute(s -> subscriptions.orderedModules(tenant));
        Optional<SubscriptionSnapshot> current =
                provider.get().subscription(account.get().getStripeSubscriptionId());
        if (current.isEmpty() || modules.isEmpty()) {
            return;
        }
        List<Line> wanted = prices.lines(account.get().getPlan(), modules, seats);
        Set<Line> have = current.get().items().stream()
                .map(i -> new Line(i.priceId(), i.quantity()))
                .collect(Collectors.toSet());
        if (!have.equals(Set.copyOf(wanted))) {
            provider.get().changeSubscription(current.get(), wanted);
            log.info("Workspace {} now has {} users: Stripe quantities updated", tenant, seats);
        }
    }
}
