package com.intervo.tenantadmin.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outside payment service (Stripe): the few calls billing makes. */
interface PaymentProvider {

    /** The paying company as the payment service's invoices show it; returns the customer's id. */
    String createCustomer(String tenantKey, Payer payer);

    /**
     * Sets the customer's name, e-mail, address and tax id to these. A tax id the service refuses (wrong format) is
     * left out and logged: the company's data must not block billing.
     */
    void updateCustomer(String customerId, Payer payer);

    /** A hosted checkout page for a new subscription; returns its address. */
    String checkout(String customerId, String tenantKey, List<Line> lines, String successUrl, String cancelUrl);

    /** A hosted page where the customer updates card details and pays open invoices; returns its address. */
    String portal(String customerId, String returnUrl);

    Optional<SubscriptionSnapshot> subscription(String subscriptionId);

    /** Sets the subscription's items to exactly these lines (adding, re-counting and removing items). */
    void changeSubscription(SubscriptionSnapshot current, List<Line> lines);

    List<BillingInvoice> invoices(String customerId);

    /**
     * Who pays: from the company settings (legal name, address, tax id; the workspace's name and the admin's e-mail
     * when those are empty). {@code country} is ISO 3166 alpha-2.
     */
    record Payer(
            String name,
            String email,
            String street,
            String city,
            String county,
            String postalCode,
            String country,
            String taxId) {}

    /** One subscription item to have: a price and its quantity. */
    record Line(String priceId, long quantity) {}

    record SubscriptionSnapshot(
            String id,
            String customerId,
            String status,
            List<Item> items,
            Instant periodEnd,
            Map<String, String> metadata) {

        record Item(String id, String priceId, long quantity, BigDecimal unitAmount, String currency) {}

        BigDecimal nextAmount() {
            return items.stream()
                    .map(i -> i.unitAmount().multiply(BigDecimal.valueOf(i.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        String currency() {
            return items.stream()
                    .map(Item::currency)
                    .filter(c -> c != null)
                    .findFirst()
                    .orElse(null);
        }
    }
}
