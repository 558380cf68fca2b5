package com.intervo.tenantadmin.billing;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stripe through its Java client; the API base is configurable so tests talk to a local stub. */
class StripePaymentProvider implements PaymentProvider {

    private final StripeClient stripe;

    StripePaymentProvider(BillingSettings.Stripe settings) {
        this.stripe = StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBase())
                .setMaxNetworkRetries(2).setConnectTimeout(10_000).setReadTimeout(30_000).build();
    }

    @Override
    public String createCustomer(String tenantKey, String companyName, String email) {
        CustomerCreateParams params = CustomerCreateParams.builder().setName(companyName).setEmail(email)
                .putMetadata("tenant", tenantKey).build();
        return call(() -> stripe.v1().customers().create(params, idempotent("customer-" + tenantKey)).getId());
    }

    @Override
    public String checkout(String customerId, String tenantKey, List<Line> lines, String successUrl,
                           String cancelUrl) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customerId)
                .setClientReferenceId(tenantKey)
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .putMetadata("tenant", tenantKey)
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                        .putMetadata("tenant", tenantKey).build());
        lines.forEach(l -> params.addLineItem(SessionCreateParams.LineItem.builder()
                .setPrice(l.priceId()).setQuantity(l.quantity()).build()));
        return call(() -> stripe.v1().checkout().sessions().create(params.build()).getUrl());
    }

    @Override
    public String portal(String customerId, String returnUrl) {
        var params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customerId).setReturnUrl(returnUrl).build();
        return call(() -> stripe.v1().billingPortal().sessions().create(params).getUrl());
    }

    @Override
    public Optional<SubscriptionSnapshot> subscription(String subscriptionId) {
        try {
            return Optional.of(snapshot(stripe.v1().subscriptions().retrieve(subscriptionId)));
        } catch (InvalidRequestException e) {
            if (e.getStatusCode() != null && e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw new PaymentProviderException(e);
        } catch (StripeException e) {
            throw new PaymentProviderException(e);
        }
    }

    @Override
    public void changeSubscription(SubscriptionSnapshot current, List<Line> lines) {
        SubscriptionUpdateParams.Builder params = SubscriptionUpdateParams.builder()
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS);
        Map<String, SubscriptionSnapshot.Item> byPrice = new HashMap<>();
        current.items().forEach(i -> byPrice.put(i.priceId(), i));
        for (Line line : lines) {
            SubscriptionSnapshot.Item existing = byPrice.remove(line.priceId());
            SubscriptionUpdateParams.Item.Builder item = SubscriptionUpdateParams.Item.builder()
                    .setQuantity(line.quantity());
            if (existing != null) {
                item.setId(existing.id());
            } else {
                item.setPrice(line.priceId());
            }
            params.addItem(item.build());
        }
        byPrice.values().forEach(gone -> params.addItem(SubscriptionUpdateParams.Item.builder()
                .setId(gone.id()).setDeleted(true).build()));
        call(() -> stripe.v1().subscriptions().update(current.id(), params.build(),
                idempotent("change-" + UUID.randomUUID())));
    }

    @Override
    public List<BillingInvoice> invoices(String customerId) {
        InvoiceListParams params = InvoiceListParams.builder().setCustomer(customerId).setLimit(24L).build();
        return call(() -> stripe.v1().invoices().list(params).getData().stream().map(StripePaymentProvider::summary)
                .toList());
    }

    private static BillingInvoice summary(Invoice i) {
        return new BillingInvoice(i.getId(), i.getNumber(),
                i.getCreated() == null ? null : Instant.ofEpochSecond(i.getCreated()),
                minor(i.getTotal()), upper(i.getCurrency()), i.getStatus(), i.getHostedInvoiceUrl(),
                i.getInvoicePdf());
    }

    static SubscriptionSnapshot snapshot(Subscription s) {
        List<SubscriptionSnapshot.Item> items = s.getItems() == null ? List.of() : s.getItems().getData().stream()
                .map(StripePaymentProvider::item).toList();
        Instant periodEnd = s.getItems() == null ? null : s.getItems().getData().stream()
                .map(SubscriptionItem::getCurrentPeriodEnd).filter(e -> e != null).min(Long::compare)
                .map(Instant::ofEpochSecond).orElse(null);
        return new SubscriptionSnapshot(s.getId(), s.getCustomer(), s.getStatus(), items, periodEnd,
                s.getMetadata() == null ? Map.of() : Map.copyOf(s.getMetadata()));
    }

    private static SubscriptionSnapshot.Item item(SubscriptionItem i) {
        Price price = i.getPrice();
        return new SubscriptionSnapshot.Item(i.getId(), price == null ? null : price.getId(),
                i.getQuantity() == null ? 1 : i.getQuantity(),
                price == null ? BigDecimal.ZERO : minor(price.getUnitAmount()),
                price == null ? null : upper(price.getCurrency()));
    }

    /** Stripe amounts are in the currency's minor unit (cents). */
    private static BigDecimal minor(Long amount) {
        return amount == null ? BigDecimal.ZERO : BigDecimal.valueOf(amount).movePointLeft(2);
    }

    private static String upper(String currency) {
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw new PaymentProviderException(e);
        }
    }
}
