package com.intervo.tenantadmin.billing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.intervo.kernel.tenancy.Tenant;
import com.intervo.kernel.tenancy.TenantAccess;
import com.intervo.kernel.tenancy.TenantDirectory;
import com.intervo.kernel.tenancy.TenantId;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stripe's webhook events. Each is verified by its signature, recorded by its id (a retried or duplicated
 * delivery is applied once), and applied by asking Stripe for the subscription's current state — so events
 * that arrive out of order all lead to the same, latest state.
 */
@Service
public class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    public enum Outcome {
        APPLIED,
        DUPLICATE,
        IGNORED,
        REJECTED,
        NOT_CONFIGURED
    }

    private final BillingSettings settings;
    private final BillingAccounts accounts;
    private final TenantDirectory tenants;
    private final Subscriptions subscriptions;
    private final TenantAccess access;
    private final Optional<PaymentProvider> provider;
    private final TransactionTemplate tx;
    private final Clock clock;

    StripeWebhooks(
            BillingSettings settings,
            BillingAccounts accounts,
            TenantDirectory tenants,
            Subscriptions subscriptions,
            TenantAccess access,
            ObjectProvider<PaymentProvider> provider,
            PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.access = access;
        this.provider = Optional.ofNullable(provider.getIfAvailable());
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Outcome receive(String payload, String signature) {
        String secret = settings.stripe().webhookSecret();
        if (provider.isEmpty() || secret == null || secret.isBlank()) {
            return Outcome.NOT_CONFIGURED;
        }
        Event event;
        JsonObject object;
        try {
            if (signature == null || signature.isBlank()) {
                return Outcome.REJECTED;
            }
            event = Webhook.constructEvent(
                    payload, signature, secret, settings.stripe().signatureTolerance());
            object = JsonParser.parseString(payload)
                    .getAsJsonObject()
                    .getAsJsonObject("data")
                    .getAsJsonObject("object");
        } catch (SignatureVerificationException | RuntimeException e) {
            log.warn("Stripe webhook refused: {}", e.getMessage());
            return Outcome.REJECTED;
        }
        String type = event.getType();
        Instant created = Instant.ofEpochSecond(event.getCreated() == null ? 0 : event.getCreated());
        Optional<BillingAccount> target = resolve(type, object);
        if (target.isEmpty()) {
            int fresh = TenantAccess.allowingWrites(
                    () -> tx.execute(s -> accounts.recordEvent(event.getId(), type, created, clock.instant(), null)));
            return fresh == 0 ? Outcome.DUPLICATE : Outcome.IGNORED;
        }
        UUID tenantId = target.get().getTenantId();
        TenantId tenant = tenants.find(tenantId).map(Tenant::tenantId).orElseThrow();
        Boolean readOnly = TenantAccess.allowingWrites(() -> tx.execute(s -> {
            BillingAccount account = accounts.lockByTenantId(tenantId).orElseThrow();
            if (accounts.recordEvent(event.getId(), type, created, clock.instant(), tenantId) == 0) {
                return null;
            }
            Optional<String> subscription = subscriptionOf(type, object, account);
            if (subscription.isEmpty()) {
                return access.isReadOnly(tenant);
            }
            if (account.getStripeCustomerId() == null) {
                text(object, "customer").ifPresent(account::customer);
            }
            account.subscription(subscription.get());
            return subscriptions.apply(tenant, account, provider.get().subscription(subscription.get()));
        }));
        if (readOnly == null) {
            log.info("Stripe event {} ({}) was applied before; ignored", event.getId(), type);
            return Outcome.DUPLICATE;
        }
        if (readOnly != access.isReadOnly(tenant)) {
            access.setReadOnly(tenant, readOnly);
        }
        return Outcome.APPLIED;
    }

    /** The workspace an event is about: by our reference, the subscription, the customer or the metadata. */
    private Optional<BillingAccount> resolve(String type, JsonObject object) {
        return tx.execute(s -> {
            Optional<BillingAccount> found = Optional.empty();
            if (type.startsWith("checkout.session.")) {
                found = text(object, "client_reference_id")
                        .flatMap(tenants::find)
                        .flatMap(t -> accounts.findByTenantId(t.getId()));
            }
            if (found.isEmpty() && type.startsWith("customer.subscription.")) {
                found = text(object, "id").flatMap(accounts::findByStripeSubscriptionId);
            }
            if (found.isEmpty()) {
                found = text(object, "customer").flatMap(accounts::findByStripeCustomerId);
            }
            if (found.isEmpty()
                    && object.has("metadata")
                    && object.get("metadata").isJsonObject()) {
                found = text(object.getAsJsonObject("metadata"), "tenant")
                        .flatMap(tenants::find)
                        .flatMap(t -> accounts.findByTenantId(t.getId()));
            }
            return found;
        });
    }

    /** Which subscription to re-read for an event; empty for events that change nothing we keep. */
    private static Optional<String> subscriptionOf(String type, JsonObject object, BillingAccount account) {
        if (type.equals("checkout.session.completed") || type.equals("checkout.session.async_payment_succeeded")) {
            return text(object, "subscription");
        }
        if (type.startsWith("customer.subscription.")) {
            Optional<String> id = text(object, "id");
            // an old subscription's late events do not override the current one
            if (account.getStripeSubscriptionId() != null
                    && id.isPresent()
                    && !id.get().equals(account.getStripeSubscriptionId())
                    && !"canceled".equals(account.getSubscriptionStatus())) {
                return Optional.empty();
            }
            return id;
        }
        if (type.startsWith("invoice.")) {
            return Optional.ofNullable(account.getStripeSubscriptionId());
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive()
                ? Optional.empty()
                : Optional.of(value.getAsString()).filter(v -> !v.isBlank());
    }
}
