--liquibase formatted sql

--changeset intervo:platform-004-tenant-read-only
-- set while billing has put the workspace in read-only mode (payment overdue past the grace period)
ALTER TABLE platform.tenant ADD COLUMN read_only_since timestamptz;

--changeset intervo:platform-004-entitlement-source-free
ALTER TABLE platform.entitlement DROP CONSTRAINT entitlement_source_ck;
ALTER TABLE platform.entitlement ADD CONSTRAINT entitlement_source_ck
    CHECK (source IN ('TRIAL', 'SUBSCRIPTION', 'MANUAL', 'DEMO', 'FREE'));

--changeset intervo:platform-004-billing-account
CREATE TABLE platform.billing_account (
    id                     uuid          NOT NULL PRIMARY KEY,
    version                bigint        NOT NULL,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(200)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(200)  NOT NULL,
    tenant_id              uuid          NOT NULL REFERENCES platform.tenant (id) ON DELETE CASCADE,
    status                 varchar(20)   NOT NULL,
    plan                   varchar(20),
    stripe_customer_id     varchar(255),
    stripe_subscription_id varchar(255),
    subscription_status    varchar(40),
    past_due_since         timestamptz,
    grace_until            timestamptz,
    current_period_end     timestamptz,
    next_payment_amount    numeric(19, 4),
    next_payment_currency  char(3),
    change_requested_at    timestamptz,
    synced_at              timestamptz,
    CONSTRAINT billing_account_tenant_uq UNIQUE (tenant_id),
    CONSTRAINT billing_account_customer_uq UNIQUE (stripe_customer_id),
    CONSTRAINT billing_account_subscription_uq UNIQUE (stripe_subscription_id),
    CONSTRAINT billing_account_status_ck CHECK (status IN
        ('TRIAL', 'PENDING', 'ACTIVE', 'PAST_DUE', 'READ_ONLY', 'CANCELED', 'FREE')),
    CONSTRAINT billing_account_plan_ck CHECK (plan IS NULL OR plan IN ('STARTER', 'TEAM', 'BUSINESS')),
    CONSTRAINT billing_account_grace_ck CHECK (status <> 'PAST_DUE' OR grace_until IS NOT NULL),
    CONSTRAINT billing_account_amount_ck CHECK (next_payment_amount IS NULL OR next_payment_amount >= 0)
);

--changeset intervo:platform-004-stripe-event
-- every Stripe webhook event applied, so a retried or duplicated delivery is applied once
CREATE TABLE platform.stripe_event (
    event_id       varchar(255) NOT NULL PRIMARY KEY,
    event_type     varchar(100) NOT NULL,
    stripe_created timestamptz  NOT NULL,
    received_at    timestamptz  NOT NULL,
    tenant_id      uuid REFERENCES platform.tenant (id) ON DELETE CASCADE
);
CREATE INDEX stripe_event_tenant_ix ON platform.stripe_event (tenant_id, received_at);
