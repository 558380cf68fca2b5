package com.intervo.tenantadmin.billing;

import com.intervo.kernel.audit.AuditedEntity;
import com.intervo.kernel.tenancy.TenantSchemas;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A workspace's billing state: its plan, its Stripe customer and subscription, and where payment stands. */
@Entity
@Table(name = "billing_account", schema = TenantSchemas.PLATFORM)
public class BillingAccount extends AuditedEntity {

    /** Where a workspace stands with billing. */
    public enum Status {
        /** the sign-up trial, nothing bought yet */
        TRIAL,
        /** checked out, Stripe has not confirmed the first payment yet */
        PENDING,
        ACTIVE,
        /** a payment failed: full access until the grace period ends */
        PAST_DUE,
        /** the grace period ended unpaid: sign in, read and export only */
        READ_ONLY,
        CANCELED,
        /** the built-in free billing mode (no Stripe keys) */
        FREE
    }

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Plan plan;

    @Column(name = "stripe_customer_id")
    private String stripeCustomerId;

    @Column(name = "stripe_subscription_id")
    private String stripeSubscriptionId;

    @Column(name = "subscription_status")
    private String subscriptionStatus;

    @Column(name = "past_due_since")
    private Instant pastDueSince;

    @Column(name = "grace_until")
    private Instant graceUntil;

    @Column(name = "current_period_end")
    private Instant currentPeriodEnd;

    @Column(name = "next_payment_amount")
    private BigDecimal nextPaymentAmount;

    @Column(name = "next_payment_currency")
    private String nextPaymentCurrency;

    @Column(name = "change_requested_at")
    private Instant changeRequestedAt;

    @Column(name = "synced_at")
    private Instant syncedAt;

    protected BillingAccount() {}

    BillingAccount(UUID tenantId, Status status) {
        this.tenantId = tenantId;
        this.status = status;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public Status getStatus() {
        return status;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getStripeCustomerId() {
        return stripeCustomerId;
    }

    public String getStripeSubscriptionId() {
        return stripeSubscriptionId;
    }

    public String getSubscriptionStatus() {
        return subscriptionStatus;
    }

    public Instant getPastDueSince() {
        return pastDueSince;
    }

    public Instant getGraceUntil() {
        return graceUntil;
    }

    public Instant getCurrentPeriodEnd() {
        return currentPeriodEnd;
    }

    public BigDecimal getNextPaymentAmount() {
        return nextPaymentAmount;
    }

    public String getNextPaymentCurrency() {
        return nextPaymentCurrency;
    }

    public Instant getChangeRequestedAt() {
        return changeRequestedAt;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    void status(Status status) {
        this.status = status;
    }

    void plan(Plan plan) {
        this.plan = plan;
    }

    void customer(String stripeCustomerId) {
        this.stripeCustomerId = stripeCustomerId;
    }

    void subscription(String stripeSubscriptionId) {
        this.stripeSubscriptionId = stripeSubscriptionId;
    }

    void changeRequested(Instant at) {
        this.changeRequestedAt = at;
    }

    /** Stripe's view of the subscription, as last confirmed. */
    void synced(String subscriptionStatus, Instant periodEnd, BigDecimal amount, String currency, Instant at) {
        this.subscriptionStatus = subscriptionStatus;
        this.currentPeriodEnd = periodEnd;
        this.nextPaymentAmount = amount;
        this.nextPaymentCurrency = currency;
        this.syncedAt = at;
        this.changeRequestedAt = null;
    }

    void pastDue(Instant since, Instant graceUntil) {
        this.pastDueSince = since;
        this.graceUntil = graceUntil;
    }

    void paid() {
        this.pastDueSince = null;
        this.graceUntil = null;
    }
}
