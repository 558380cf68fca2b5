--liquibase formatted sql

--changeset intervo:platform-001-tenant
CREATE TABLE platform.tenant (
    id                 uuid         NOT NULL PRIMARY KEY,
    version            bigint       NOT NULL,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(200) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(200) NOT NULL,
    tenant_key         varchar(31)  NOT NULL,
    display_name       varchar(200) NOT NULL,
    status             varchar(20)  NOT NULL,
    default_locale     varchar(10)  NOT NULL,
    time_zone          varchar(64)  NOT NULL,
    currency           char(3)      NOT NULL,
    schema_hash        varchar(64),
    schema_migrated_at timestamptz,
    CONSTRAINT tenant_key_uq UNIQUE (tenant_key),
    CONSTRAINT tenant_key_ck CHECK (tenant_key ~ '^[a-z][a-z0-9_]{1,30}$'),
    CONSTRAINT tenant_status_ck CHECK (status IN ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    CONSTRAINT tenant_name_ck CHECK (length(trim(display_name)) > 0)
);

--changeset intervo:platform-001-entitlement
CREATE TABLE platform.entitlement (
    id          uuid         NOT NULL PRIMARY KEY,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    tenant_id   uuid         NOT NULL REFERENCES platform.tenant (id) ON DELETE CASCADE,
    module_key  varchar(40)  NOT NULL,
    valid_from  timestamptz  NOT NULL,
    valid_until timestamptz,
    source      varchar(20)  NOT NULL,
    CONSTRAINT entitlement_module_uq UNIQUE (tenant_id, module_key),
    CONSTRAINT entitlement_module_ck CHECK (module_key IN
        ('WORKSHOP_SIMPLE', 'WORKSHOP_PLUS', 'DISPATCH', 'STOCK', 'PURCHASING', 'INVOICING')),
    CONSTRAINT entitlement_source_ck CHECK (source IN ('TRIAL', 'SUBSCRIPTION', 'MANUAL', 'DEMO')),
    CONSTRAINT entitlement_period_ck CHECK (valid_until IS NULL OR valid_until > valid_from)
);

--changeset intervo:platform-001-api-token
CREATE TABLE platform.api_token (
    id           uuid         NOT NULL PRIMARY KEY,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(200) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(200) NOT NULL,
    tenant_id    uuid         NOT NULL REFERENCES platform.tenant (id) ON DELETE CASCADE,
    user_id      uuid         NOT NULL,
    token_hash   char(64)     NOT NULL,
    expires_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CONSTRAINT api_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX api_token_user_ix ON platform.api_token (tenant_id, user_id);
