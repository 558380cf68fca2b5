--liquibase formatted sql

--changeset intervo:platform-005-public-code
-- Codes people type or scan without signing in (a repair's tracking code; later QR tags on equipment). The
-- public portal has no workspace in its URL: this index maps a globally unique code to its tenant. The code is
-- random (SecureRandom, 12 characters of a 31-letter alphabet), never derived from tenant data.
CREATE TABLE platform.public_code (
    code       varchar(32)  NOT NULL PRIMARY KEY,
    tenant_id  uuid         NOT NULL REFERENCES platform.tenant (id) ON DELETE CASCADE,
    purpose    varchar(40)  NOT NULL,
    owner_id   uuid         NOT NULL,
    created_at timestamptz  NOT NULL,
    CONSTRAINT public_code_code_ck CHECK (code ~ '^[0-9A-Z]{8,32}$'),
    CONSTRAINT public_code_purpose_ck CHECK (purpose ~ '^[A-Z][A-Z0-9_]{0,39}$')
);
CREATE INDEX public_code_tenant_ix ON platform.public_code (tenant_id);
