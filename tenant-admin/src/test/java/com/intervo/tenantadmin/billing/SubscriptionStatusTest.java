package com.intervo.tenantadmin.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.tenantadmin.billing.BillingAccount.Status;
import org.junit.jupiter.api.Test;

/** The account's status from what Stripe says about the subscription. */
class SubscriptionStatusTest {

    @Test
    void paidOrTrialingIsActive() {
        assertThat(Subscriptions.statusAfter("active", Status.PAST_DUE)).isEqualTo(Status.ACTIVE);
        assertThat(Subscriptions.statusAfter("trialing", Status.PENDING)).isEqualTo(Status.ACTIVE);
        assertThat(Subscriptions.statusAfter("active", Status.READ_ONLY))
                .as("paying ends read-only")
                .isEqualTo(Status.ACTIVE);
    }

    @Test
    void unpaidIsPastDueAndAReadOnlyWorkspaceStaysReadOnly() {
        assertThat(Subscriptions.statusAfter("past_due", Status.ACTIVE)).isEqualTo(Status.PAST_DUE);
        assertThat(Subscriptions.statusAfter("unpaid", Status.PAST_DUE)).isEqualTo(Status.PAST_DUE);
        assertThat(Subscriptions.statusAfter("past_due", Status.READ_ONLY)).isEqualTo(Status.READ_ONLY);
        assertThat(Subscriptions.statusAfter("unpaid", Status.READ_ONLY)).isEqualTo(Status.READ_ONLY);
    }

    @Test
    void incompleteWaitsAndAnythingElseIsCanceled() {
        assertThat(Subscriptions.statusAfter("incomplete", Status.TRIAL)).isEqualTo(Status.PENDING);
        assertThat(Subscriptions.statusAfter("canceled", Status.ACTIVE)).isEqualTo(Status.CANCELED);
        assertThat(Subscriptions.statusAfter("incomplete_expired", Status.PENDING))
                .isEqualTo(Status.CANCELED);
    }
}
