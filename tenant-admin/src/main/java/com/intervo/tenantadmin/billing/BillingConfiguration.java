package com.intervo.tenantadmin.billing;

import com.intervo.kernel.identity.SeatPolicy;
import com.intervo.kernel.licensing.ModuleCatalog;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingSettings.class)
class BillingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BillingConfiguration.class);

    /** Stripe when a secret key is configured; otherwise no payment provider: the free billing mode. */
    @Bean
    PaymentProvider paymentProvider(BillingSettings settings) {
        if (!settings.stripeEnabled()) {
            log.info(
                    "No Stripe secret key (STRIPE_SECRET_KEY): billing runs in the free mode, modules are switched on without payment");
            return null;
        }
        log.info("Stripe billing at {}", settings.stripe().apiBase());
        return new StripePaymentProvider(settings.stripe());
    }

    /** The prices of the modules present, in their menu order. */
    @Bean
    PriceList priceList(BillingSettings settings, ModuleCatalog catalog) {
        return PriceList.of(settings, catalog);
    }

    /** The plan's user limit (the trial's during a trial); workspaces billing never saw have none. */
    @Bean
    SeatPolicy planSeatPolicy(@Lazy Subscriptions subscriptions) {
        return tenant -> {
            Integer max = subscriptions.maxSeats(subscriptions.account(tenant));
            return max == null ? OptionalInt.empty() : OptionalInt.of(max);
        };
    }
}
