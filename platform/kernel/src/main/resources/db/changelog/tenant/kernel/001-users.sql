--liquibase formatted sql

--changeset intervo:kernel-001-app-user
CREATE TABLE app_user (
    id             uuid         NOT NULL PRIMARY KEY,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(200) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(200) NOT NULL,
    username       varchar(100) NOT NULL,
    display_name   varchar(200) NOT NULL,
    email          varchar(320),
    password_hash  varchar(500) NOT NULL,
    locale         varchar(10),
    active         boolean      NOT NULL DEFAULT true,
    catalog_editor boolean      NOT NULL DEFAULT false,
    failed_logins  integer      NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    last_login_at  timestamptz,
    CONSTRAINT app_user_username_ck CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{0,99}$'),
    CONSTRAINT app_user_failed_ck CHECK (failed_logins >= 0),
    CONSTRAINT app_user_locale_ck CHECK (locale IS NULL OR locale IN ('en', 'ro', 'ru', 'cs'))
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (username);

--changeset intervo:kernel-001-app-user-role
CREATE TABLE app_user_role (
    user_id uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    varchar(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_ck CHECK (role IN ('ADMIN', 'DISPATCHER', 'TECHNICIAN', 'MANAGER'))
);
