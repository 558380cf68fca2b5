package com.intervo.tenantadmin.billing;

import static com.intervo.kernel.licensing.ModuleKey.DISPATCH;
import static com.intervo.kernel.licensing.ModuleKey.INVOICING;
import static com.intervo.kernel.licensing.ModuleKey.PURCHASING;
import static com.intervo.kernel.licensing.ModuleKey.STOCK;
import static com.intervo.kernel.licensing.ModuleKey.WORKSHOP_PLUS;
import static com.intervo.kernel.licensing.ModuleKey.WORKSHOP_SIMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.tenantadmin.billing.PaymentProvider.Line;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The price maths: what a choice of modules brings along, what of it is charged, and what it costs a month. */
class PriceListTest {

    static final BillingSettings SETTINGS = new BillingSettings(
            "EUR",
            Duration.ofDays(7),
            10,
            new BillingSettings.Stripe("", "", "https://api.stripe.com", 300),
            Map.of(
                    Plan.STARTER,
                    new BillingSettings.PlanPrice("price_starter", new BigDecimal("19.00"), 3),
                    Plan.TEAM,
                    new BillingSettings.PlanPrice("price_team", new BigDecimal("49.00"), 10),
                    Plan.BUSINESS,
                    new BillingSettings.PlanPrice("price_business", new BigDecimal("99.00"), null)),
            Map.of(
                    DISPATCH,
                    new BillingSettings.ModulePrice("price_dispatch", new BigDecimal("19.00"), true),
                    WORKSHOP_SIMPLE,
                    new BillingSettings.ModulePrice("price_workshop", new BigDecimal("10.00"), false),
                    WORKSHOP_PLUS,
                    new BillingSettings.ModulePrice("price_workshop_plus", new BigDecimal("15.00"), false),
                    STOCK,
                    new BillingSettings.ModulePrice("price_stock", new BigDecimal("29.00"), false)));

    static PriceList prices() {
        // the catalog's menu order; Purchasing requires Stock, Workshop Plus requires Workshop Simple
        Map<ModuleKey, Set<ModuleKey>> requires = new LinkedHashMap<>();
        requires.put(DISPATCH, Set.of());
        requires.put(WORKSHOP_SIMPLE, Set.of());
        requires.put(WORKSHOP_PLUS, Set.of(WORKSHOP_SIMPLE));
        requires.put(STOCK, Set.of());
        requires.put(PURCHASING, Set.of(STOCK));
        return new PriceList(SETTINGS, requires);
    }

    final PriceList prices = prices();

    @Test
    void aChoiceBringsWhatItRequires() {
        assertThat(prices.withRequirements(Set.of(WORKSHOP_PLUS)))
                .containsExactlyInAnyOrder(WORKSHOP_PLUS, WORKSHOP_SIMPLE);
        assertThat(prices.withRequirements(Set.of(PURCHASING, DISPATCH)))
                .containsExactlyInAnyOrder(PURCHASING, STOCK, DISPATCH);
        assertThat(prices.withRequirements(Set.of(INVOICING)))
                .as("a module not present")
                .containsExactly(INVOICING);
        assertThat(prices.withRequirements(Set.of())).isEmpty();
    }

    @Test
    void whatAnotherChosenModuleIncludesIsNotChargedTwice() {
        assertThat(prices.billable(Set.of(WORKSHOP_PLUS, WORKSHOP_SIMPLE))).containsExactly(WORKSHOP_PLUS);
        assertThat(prices.billable(Set.of(WORKSHOP_PLUS))).containsExactly(WORKSHOP_PLUS);
        assertThat(prices.billable(Set.of(WORKSHOP_SIMPLE, DISPATCH)))
                .containsExactlyInAnyOrder(WORKSHOP_SIMPLE, DISPATCH);
        assertThat(prices.billable(Set.of(PURCHASING))).containsExactly(PURCHASING);
        // also what a required module requires in turn
        PriceList chain = new PriceList(SETTINGS, Map.of(INVOICING, Set.of(PURCHASING), PURCHASING, Set.of(STOCK)));
        assertThat(chain.billable(Set.of(INVOICING, STOCK))).containsExactly(INVOICING);
        assertThat(chain.withRequirements(Set.of(INVOICING))).containsExactlyInAnyOrder(INVOICING, PURCHASING, STOCK);
    }

    @Test
    void theMonthlyTotalIsThePlanPlusEachChargedModuleOncePerUserOrFlat() {
        // 49 + 19 × 4 users + 15 (Workshop Simple comes with Plus)
        assertThat(prices.monthlyTotal(Plan.TEAM, Set.of(DISPATCH, WORKSHOP_PLUS, WORKSHOP_SIMPLE), 4))
                .isEqualByComparingTo("140.00");
        assertThat(prices.monthlyTotal(Plan.TEAM, Set.of(DISPATCH), 0)).isEqualByComparingTo("49.00");
        assertThat(prices.monthlyTotal(Plan.BUSINESS, Set.of(STOCK, WORKSHOP_SIMPLE), 25))
                .isEqualByComparingTo("138.00");
        assertThat(prices.monthlyTotal(null, Set.of(STOCK), 3))
                .as("no plan chosen yet")
                .isEqualByComparingTo("29");
        assertThat(prices.monthlyTotal(Plan.STARTER, Set.of(), 2)).isEqualByComparingTo("19");
        // Purchasing has no price: it adds nothing, and the Stock it includes is not charged on its own
        assertThat(prices.monthlyTotal(Plan.STARTER, Set.of(PURCHASING), 2)).isEqualByComparingTo("19");
    }

    @Test
    void stripeGetsThePlanOnceAndPerUserModulesForAtLeastOneUser() {
        assertThat(prices.lines(Plan.TEAM, Set.of(DISPATCH, WORKSHOP_PLUS, WORKSHOP_SIMPLE), 4))
                .containsExactly(
                        new Line("price_team", 1), new Line("price_workshop_plus", 1), new Line("price_dispatch", 4));
        assertThat(prices.lines(Plan.STARTER, Set.of(DISPATCH), 0))
                .containsExactly(new Line("price_starter", 1), new Line("price_dispatch", 1));
    }

    @Test
    void theUserLimitIsThePlansElseTheTrialsWhileTryingElseNone() {
        assertThat(prices.maxSeats(Plan.STARTER, BillingAccount.Status.ACTIVE)).isEqualTo(3);
        assertThat(prices.maxSeats(Plan.TEAM, BillingAccount.Status.TRIAL)).isEqualTo(10);
        assertThat(prices.maxSeats(Plan.BUSINESS, BillingAccount.Status.ACTIVE))
                .as("unlimited")
                .isNull();
        assertThat(prices.maxSeats(null, BillingAccount.Status.TRIAL)).isEqualTo(10);
        assertThat(prices.maxSeats(null, BillingAccount.Status.PENDING)).isEqualTo(10);
        assertThat(prices.maxSeats(null, BillingAccount.Status.FREE)).isNull();
        assertThat(prices.maxSeats(null, BillingAccount.Status.CANCELED)).isNull();
    }

    @Test
    void theOffersAreThePlansInOrderAndTheModulesForSaleInMenuOrder() {
        assertThat(prices.plans())
                .extracting(PriceList.PlanOffer::plan)
                .containsExactly(Plan.STARTER, Plan.TEAM, Plan.BUSINESS);
        assertThat(prices.plans().getLast().maxUsers()).isNull();
        assertThat(prices.modules())
                .extracting(PriceList.ModuleOffer::module)
                .containsExactly(DISPATCH, WORKSHOP_SIMPLE, WORKSHOP_PLUS, STOCK);
        assertThat(prices.modules().get(2).requires()).containsExactly(WORKSHOP_SIMPLE);
        assertThat(prices.modules().getFirst().perSeat()).isTrue();
        assertThat(prices.offers(Plan.TEAM)).isTrue();
        assertThat(prices.offers((Plan) null)).isFalse();
        assertThat(prices.offers(PURCHASING)).isFalse();
        assertThat(prices.currency()).isEqualTo("EUR");
    }
}
