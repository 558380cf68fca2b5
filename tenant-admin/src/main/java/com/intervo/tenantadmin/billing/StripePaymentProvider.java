package com.intervo.tenantadmin.billing;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Invoice;
import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.TaxId;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerTaxIdCreateParams;
import com.stripe.param.CustomerTaxIdListParams;
import com.stripe.param.CustomerUpdateParams;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StripePaymentProvider.class);

    private final StripeClient stripe;

    StripePaymentProvider(BillingSettings.Stripe settings) {
        this.stripe = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setMaxNetworkRetries(2)
                .setConnectTimeout(10_000)
                .setReadTimeout(30_000)
                .build();
    }

    @Override
    public String createCustomer(String tenantKey, Payer payer) {
        CustomerCreateParams.Builder params = CustomerCreateParams.builder()
                .setName(payer.name())
                .setEmail(payer.email())
                .putMetadata("tenant", tenantKey);
        if (payer.country() != null) {
            params.setAddress(CustomerCreateParams.Address.builder()
                    .setLine1(payer.street())
                    .setCity(payer.city())
                    .setState(payer.county())
                    .setPostalCode(payer.postalCode())
                    .setCountry(payer.country())
                    .build());
        }
        String id = call(() -> stripe.v1()
                .customers()
                .create(params.build(), idempotent("customer-" + tenantKey))
                .getId());
        syncTaxId(id, payer);
        return id;
    }

    @Override
    public void updateCustomer(String customerId, Payer payer) {
        CustomerUpdateParams.Builder params = CustomerUpdateParams.builder().setName(payer.name());
        if (payer.email() != null) {
            params.setEmail(payer.email());
        }
        if (payer.country() != null) {
            params.setAddress(CustomerUpdateParams.Address.builder()
                    .setLine1(payer.street())
                    .setCity(payer.city())
                    .setState(payer.county())
                    .setPostalCode(payer.postalCode())
                    .setCountry(payer.country())
                    .build());
        }
        call(() -> stripe.v1().customers().update(customerId, params.build()));
        syncTaxId(customerId, payer);
    }

    /** Leaves the customer exactly the company's tax id (Stripe's type for its country), or none. */
    private void syncTaxId(String customerId, Payer payer) {
        Optional<TaxIds.Wanted> wanted = TaxIds.of(payer.country(), payer.taxId());
        List<TaxId> existing = call(() -> stripe.v1()
                .customers()
                .taxIds()
                .list(
                        customerId,
                        CustomerTaxIdListParams.builder().setLimit(100L).build())
                .getData());
        boolean present = false;
        for (TaxId id : existing) {
            if (!present
                    && wanted.isPresent()
                    && wanted.get().type().equals(id.getType())
                    && wanted.get().value().equals(id.getValue())) {
                present = true;
            } else {
                call(() -> stripe.v1().customers().taxIds().delete(customerId, id.getId()));
            }
        }
        if (wanted.isPresent() && !present) {
            try {
                stripe.v1()
                        .customers()
                        .taxIds()
                        .create(
                                customerId,
                                CustomerTaxIdCreateParams.builder()
                                        .setType(CustomerTaxIdCreateParams.Type.valueOf(
                                                wanted.get().type().toUpperCase(Locale.ROOT)))
                                        .setValue(wanted.get().value())
                                        .build());
            } catch (InvalidRequestException e) {
                log.warn(
                        "Stripe refused the tax id of customer {} ({}): {}",
                        customerId,
                        wanted.get().type(),
                        e.getMessage());
            } catch (StripeException e) {
                throw new PaymentProviderException(e);
            }
        }
    }

    @Override
    public String checkout(String customerId, String tenantKey, List<Line> lines, String successUrl, String cancelUrl) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customerId)
                .setClientReferenceId(tenantKey)
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .putMetadata("tenant", tenantKey)
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                        .putMetadata("tenant", tenantKey)
                        .build());
        lines.forEach(l -> params.addLineItem(SessionCreateParams.LineItem.builder()
                .setPrice(l.priceId())
                .setQuantity(l.quantity())
                .build()));
        return call(
                () -> stripe.v1().checkout().sessions().create(params.build()).getUrl());
    }

    @Override
    public String portal(String customerId, String returnUrl) {
        var params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customerId)
                .setReturnUrl(returnUrl)
                .build();
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
            SubscriptionUpdateParams.Item.Builder item =
                    SubscriptionUpdateParams.Item.builder().setQuantity(line.quantity());
            if (existing != null) {
                item.setId(existing.id());
            } else {
                item.setPrice(line.priceId());
            }
            params.addItem(item.build());
        }
        byPrice.values()
                .forEach(gone -> params.addItem(SubscriptionUpdateParams.Item.builder()
                        .setId(gone.id())
                        .setDeleted(true)
                        .build()));
        call(() -> stripe.v1()
                .subscriptions()
                .update(current.id(), params.build(), idempotent("change-" + UUID.randomUUID())));
    }

    @Override
    public List<BillingInvoice> invoices(String customerId) {
        InvoiceListParams params = InvoiceListParams.builder()
                .setCustomer(customerId)
                .setLimit(24L)
                .build();
        return call(() -> stripe.v1().invoices().list(params).getData().stream()
                .map(StripePaymentProvider::summary)
                .toList());
    }

    private static BillingInvoice summary(Invoice i) {
        return new BillingInvoice(
                i.getId(),
                i.getNumber(),
                i.getCreated() == null ? null : Instant.ofEpochSecond(i.getCreated()),
                minor(i.getTotal()),
                upper(i.getCurrency()),
                i.getStatus(),
                i.getHostedInvoiceUrl(),
                i.getInvoicePdf());
    }

    static SubscriptionSnapshot snapshot(Subscription s) {
        List<SubscriptionSnapshot.Item> items = s.getItems() == null
                ? List.of()
                : s.getItems().getData().stream()
                        .map(StripePaymentProvider::item)
                        .toList();
        Instant periodEnd = s.getItems() == null
                ? null
                : s.getItems().getData().stream()
                        .map(SubscriptionItem::getCurrentPeriodEnd)
                        .filter(e -> e != null)
                        .min(Long::compare)
                        .map(Instant::ofEpochSecond)
                        .orElse(null);
        return new SubscriptionSnapshot(
                s.getId(),
                s.getCustomer(),
                s.getStatus(),
                items,
                periodEnd,
                s.getMetadata() == null ? Map.of() : Map.copyOf(s.getMetadata()));
    }

    private static SubscriptionSnapshot.Item item(SubscriptionItem i) {
        Price price = i.getPrice();
        return new SubscriptionSnapshot.Item(
                i.getId(),
                price == null ? null : price.getId(),
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
