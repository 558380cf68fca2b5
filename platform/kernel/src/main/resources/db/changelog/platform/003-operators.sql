--liquibase formatted sql

--changeset intervo:platform-003-operator-user
CREATE TABLE platform.operator_user (
    id            uuid         NOT NULL PRIMARY KEY,
    version       bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    username      varchar(100) NOT NULL,
    display_name  varchar(200) NOT NULL,
    password_hash varchar(200) NOT NULL,
    active        boolean      NOT NULL,
    failed_logins integer      NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    last_login_at timestamptz,
    CONSTRAINT operator_user_username_uq UNIQUE (username),
    CONSTRAINT operator_user_username_ck CHECK (username ~ '^[a-z0-9][a-z0-9._-]{0,99}$')
);

--changeset intervo:platform-003-operator-audit
CREATE TABLE platform.operator_audit (
    id                uuid         NOT NULL PRIMARY KEY,
    at                timestamptz  NOT NULL,
    operator_username varchar(100) NOT NULL,
    action            varchar(30)  NOT NULL,
    tenant_key        varchar(31),
    detail            varchar(500),
    CONSTRAINT operator_audit_action_ck CHECK (action IN
        ('SIGN_IN', 'CREATE_OPERATOR', 'EXTEND_TRIAL', 'GRANT_MODULE', 'SUSPEND_TENANT', 'RESTORE_TENANT'))
);
CREATE INDEX operator_audit_at_ix ON platform.operator_audit (at DESC);
