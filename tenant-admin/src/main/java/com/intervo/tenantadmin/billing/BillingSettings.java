package com.intervo.tenantadmin.billing;

import com.intervo.kernel.licensing.ModuleKey;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plans, module prices and the Stripe connection. Without a Stripe secret key the workspace runs in the
 * built-in free billing mode: modules are switched on and off at once, nothing is charged.
 *
 * @param currency     the currency of every price (ISO 4217)
 * @param gracePeriod  how long a workspace keeps full access after a failed payment before it turns read-only
 * @param trialSeats   users a workspace may have during its trial
 * @param plans        per plan: its Stripe price, the monthly amount shown and the user limit (null = unlimited)
 * @param modules      per module: its Stripe price, the monthly amount shown, and whether it is charged per user
 */
@ConfigurationProperties("intervo.billing")
public record BillingSettings(
        @DefaultValue("EUR") String currency,
        @DefaultValue("7d") Duration gracePeriod,
        @DefaultValue("10") int trialSeats,
        @DefaultValue Stripe stripe,
        Map<Plan, PlanPrice> plans,
        Map<ModuleKey, ModulePrice> modules) {

    public BillingSettings {
        plans = plans == null ? Map.of() : Map.copyOf(plans);
        modules = modules == null ? Map.of() : Map.copyOf(modules);
    }

    /**
     * @param secretKey     Stripe secret API key; empty = free billing mode
     * @param webhookSecret the signing secret of the {@code /webhooks/stripe} endpoint
     * @param apiBase       Stripe's API address (a local stub in tests)
     */
    public record Stripe(
            @DefaultValue("") String secretKey,
            @DefaultValue("") String webhookSecret,
            @DefaultValue("https://api.stripe.com") String apiBase,
            @DefaultValue("300") long signatureTolerance) {}

    public record PlanPrice(String priceId, BigDecimal monthly, Integer maxUsers) {}

    public record ModulePrice(String priceId, BigDecimal monthly, boolean perSeat) {}

    public boolean stripeEnabled() {
        return stripe != null
                && stripe.secretKey() != null
                && !stripe.secretKey().isBlank();
    }
}
