--liquibase formatted sql

--changeset intervo:platform-006-rate-limit-hit
-- Rate limits shared by every replica (public portal look-ups, sign-ups): one row per counted attempt, so the
-- window slides exactly as the in-memory limiter's did. The key (an address, a typed code) is stored only as a
-- SHA-256 of scope and key. Rows are deleted once past their window (expires_at).
CREATE TABLE platform.rate_limit_hit (
    scope      varchar(40)  NOT NULL,
    key_hash   char(64)     NOT NULL,
    hit_at     timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL,
    CONSTRAINT rate_limit_hit_scope_ck CHECK (scope ~ '^[a-z][a-z0-9_.-]{0,39}$'),
    CONSTRAINT rate_limit_hit_key_ck CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT rate_limit_hit_expiry_ck CHECK (expires_at > hit_at)
);
CREATE INDEX rate_limit_hit_key_ix ON platform.rate_limit_hit (scope, key_hash, hit_at);
CREATE INDEX rate_limit_hit_expiry_ix ON platform.rate_limit_hit (expires_at);
