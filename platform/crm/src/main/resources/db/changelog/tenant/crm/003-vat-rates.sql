--liquibase formatted sql

--changeset intervo:crm-003-vat-rates
-- VAT rates by category with the date each applies from: Romania's standard rate went from 19 % to 21 % on
-- 1 August 2025, and a document keeps the rate of its own date. A catalog entry with a category is priced with the
-- category's rate on the document's date; without one its own fixed rate applies (as before).
CREATE TABLE vat_rate (
    id         uuid          NOT NULL PRIMARY KEY,
    version    bigint        NOT NULL,
    created_at timestamptz   NOT NULL,
    created_by varchar(200)  NOT NULL,
    updated_at timestamptz   NOT NULL,
    updated_by varchar(200)  NOT NULL,
    category   varchar(30)   NOT NULL,
    valid_from date          NOT NULL,
    rate       numeric(5,2)  NOT NULL,
    CONSTRAINT vat_rate_category_ck CHECK (category ~ '^[A-Z][A-Z0-9_]{0,29}$'),
    CONSTRAINT vat_rate_rate_ck CHECK (rate >= 0 AND rate <= 100)
);
CREATE UNIQUE INDEX vat_rate_category_from_uq ON vat_rate (category, valid_from);

ALTER TABLE part ADD COLUMN vat_category varchar(30);
ALTER TABLE part ADD CONSTRAINT part_vat_category_ck CHECK (vat_category IS NULL
    OR vat_category ~ '^[A-Z][A-Z0-9_]{0,29}$');
ALTER TABLE service_item ADD COLUMN vat_category varchar(30);
ALTER TABLE service_item ADD CONSTRAINT service_item_vat_category_ck CHECK (vat_category IS NULL
    OR vat_category ~ '^[A-Z][A-Z0-9_]{0,29}$');
