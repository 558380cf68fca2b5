--liquibase formatted sql

--changeset intervo:kernel-002-user-token
CREATE TABLE user_token (
    id         uuid         NOT NULL PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    purpose    varchar(10)  NOT NULL,
    user_id    uuid         NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash varchar(64)  NOT NULL,
    expires_at timestamptz  NOT NULL,
    used_at    timestamptz,
    CONSTRAINT user_token_purpose_ck CHECK (purpose IN ('INVITE', 'RESET'))
);
CREATE UNIQUE INDEX user_token_hash_uq ON user_token (token_hash);
CREATE INDEX user_token_user_ix ON user_token (user_id);
