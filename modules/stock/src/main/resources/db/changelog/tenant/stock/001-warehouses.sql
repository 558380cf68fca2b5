--liquibase formatted sql

--changeset intervo:stock-001-warehouse
-- A place parts are kept: the shop's store, a second site, a technician's van.
CREATE TABLE warehouse (
    id         uuid         NOT NULL PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    code       varchar(20)  NOT NULL,
    name       varchar(200) NOT NULL,
    address    varchar(500),
    active     boolean      NOT NULL DEFAULT true,
    CONSTRAINT warehouse_code_ck CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    CONSTRAINT warehouse_name_ck CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX warehouse_code_uq ON warehouse (code);
