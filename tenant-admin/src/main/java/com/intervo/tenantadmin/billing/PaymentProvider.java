package com.intervo.tenantadmin.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outside payment service (Stripe): the few calls billing makes. */
interface PaymentProvider {

    String createCustomer(String tenantKey, String companyName, String email);

    /** A hosted checkout page for a new subscription; returns its address. */
    String checkout(String customerId, String tenantKey, List<Line> lines, String successUrl, String cancelUrl);

    /** A hosted page where the customer updates card details and pays open invoices; returns its address. */
    String portal(String customerId, String returnUrl);

    Optional<SubscriptionSnapshot> subscription(String subscriptionId);

    /** Sets the subscription's items to exactly these lines (adding, re-counting and removing items). */
    void changeSubscription(SubscriptionSnapshot current, List<Line> lines);

    List<BillingInvoice> invoices(String customerId);

    /** One subscription item to have: a price and its quantity. */
    record Line(String priceId, long quantity) {
    }

    record SubscriptionSnapshot(String id, String customerId, String status, List<Item> items, Instant periodEnd,
                                Map<String, String> metadata) {

        record Item(String id, String priceId, long quantity, BigDecimal unitAmount, String currency) {
        }

        BigDecimal nextAmount() {
            return items.stream().map(i -> i.unitAmount().multiply(BigDecimal.valueOf(i.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        String currency() {
            return items.stream().map(Item::currency).filter(c -> c != null).findFirst().orElse(null);
        }
    }
}
