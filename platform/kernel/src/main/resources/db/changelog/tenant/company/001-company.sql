--liquibase formatted sql

--changeset intervo:company-001-profile
-- the company's own data, printed on every document; one row per tenant
CREATE TABLE company_profile (
    id              uuid         NOT NULL PRIMARY KEY,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(200) NOT NULL,
    singleton       boolean      NOT NULL DEFAULT true,
    legal_name      varchar(300),
    tax_id          varchar(50),
    registration_no varchar(50),
    street          varchar(300),
    city            varchar(100),
    county          varchar(100),
    postal_code     varchar(20),
    country         char(2),
    phone           varchar(50),
    email           varchar(320),
    website         varchar(300),
    bank_name       varchar(200),
    iban            varchar(34),
    CONSTRAINT company_profile_singleton_uq UNIQUE (singleton),
    CONSTRAINT company_profile_singleton_ck CHECK (singleton),
    CONSTRAINT company_profile_iban_ck CHECK (iban IS NULL OR iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
    CONSTRAINT company_profile_country_ck CHECK (country IS NULL OR country ~ '^[A-Z]{2}$'),
    CONSTRAINT company_profile_email_ck CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$')
);

--changeset intervo:company-001-numbering
-- numbering series of documents (service sheets, tickets, quotes, invoices): SHEET-2026-00001
CREATE TABLE numbering_series (
    id          uuid         NOT NULL PRIMARY KEY,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    series_key  varchar(40)  NOT NULL,
    prefix      varchar(30)  NOT NULL,
    padding     integer      NOT NULL,
    yearly      boolean      NOT NULL,
    year        integer,
    next_number bigint       NOT NULL,
    CONSTRAINT numbering_series_key_uq UNIQUE (series_key),
    CONSTRAINT numbering_series_key_ck CHECK (series_key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    CONSTRAINT numbering_series_padding_ck CHECK (padding BETWEEN 1 AND 12),
    CONSTRAINT numbering_series_next_ck CHECK (next_number >= 1),
    CONSTRAINT numbering_series_prefix_ck CHECK (prefix !~ '[<>&"]')
);
INSERT INTO numbering_series (id, version, created_at, created_by, updated_at, updated_by, series_key, prefix,
                              padding, yearly, year, next_number)
VALUES (gen_random_uuid(), 0, now(), 'system', now(), 'system', 'SERVICE_SHEET', 'FS-{YYYY}-', 5, true, NULL, 1),
       (gen_random_uuid(), 0, now(), 'system', now(), 'system', 'TICKET', 'T-{YYYY}-', 5, true, NULL, 1),
       (gen_random_uuid(), 0, now(), 'system', now(), 'system', 'QUOTE', 'OF-{YYYY}-', 4, true, NULL, 1),
       (gen_random_uuid(), 0, now(), 'system', now(), 'system', 'INVOICE', 'INV-', 6, false, NULL, 1);
