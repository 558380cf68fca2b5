--liquibase formatted sql

--changeset intervo:crm-002-customer
CREATE TABLE customer (
    id            uuid          NOT NULL PRIMARY KEY,
    version       bigint        NOT NULL,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(200)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(200)  NOT NULL,
    kind          varchar(10)   NOT NULL,
    name          varchar(300)  NOT NULL,
    tax_id        varchar(50),
    email         varchar(320),
    phone         varchar(50),
    language      varchar(2),
    notes         varchar(4000),
    custom_fields jsonb         NOT NULL DEFAULT '{}'::jsonb,
    active        boolean       NOT NULL DEFAULT true,
    search_text   text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(email, '') || ' ' || coalesce(tax_id, '')
                      || ' ' || coalesce(phone, '') || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')
                      || ' ' || jsonb_path_query_array(custom_fields, '$.*')::text)) STORED,
    CONSTRAINT customer_kind_ck CHECK (kind IN ('PERSON', 'COMPANY')),
    CONSTRAINT customer_name_ck CHECK (length(trim(name)) > 0),
    CONSTRAINT customer_language_ck CHECK (language IS NULL OR language IN ('en', 'ro', 'ru', 'cs')),
    CONSTRAINT customer_email_ck CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
    CONSTRAINT customer_custom_fields_ck CHECK (jsonb_typeof(custom_fields) = 'object')
);
CREATE INDEX customer_search_ix ON customer USING gin (search_text extensions.gin_trgm_ops);
CREATE INDEX customer_name_ix ON customer (lower(name));

CREATE TABLE customer_contact (
    id          uuid         NOT NULL PRIMARY KEY,
    customer_id uuid         NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    name        varchar(200) NOT NULL,
    role        varchar(100),
    email       varchar(320),
    phone       varchar(50),
    CONSTRAINT customer_contact_name_ck CHECK (length(trim(name)) > 0)
);
CREATE INDEX customer_contact_customer_ix ON customer_contact (customer_id);

CREATE TABLE site (
    id          uuid          NOT NULL PRIMARY KEY,
    customer_id uuid          NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    label       varchar(200)  NOT NULL,
    street      varchar(300),
    city        varchar(100),
    county      varchar(100),
    postal_code varchar(20),
    country     char(2),
    latitude    numeric(9,6),
    longitude   numeric(9,6),
    CONSTRAINT site_label_ck CHECK (length(trim(label)) > 0),
    CONSTRAINT site_coordinates_ck CHECK ((latitude IS NULL) = (longitude IS NULL)
        AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)))
);
CREATE INDEX site_customer_ix ON site (customer_id);

--changeset intervo:crm-002-equipment
CREATE TABLE equipment (
    id                uuid          NOT NULL PRIMARY KEY,
    version           bigint        NOT NULL,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(200)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    updated_by        varchar(200)  NOT NULL,
    customer_id       uuid          NOT NULL REFERENCES customer (id),
    site_id           uuid          REFERENCES site (id) ON DELETE SET NULL,
    equipment_type_id uuid          REFERENCES equipment_type (id),
    model_id          uuid          REFERENCES equipment_model (id),
    serial_number     varchar(100)  NOT NULL,
    name              varchar(300),
    install_date      date,
    warranty_until    date,
    notes             varchar(4000),
    latitude          numeric(9,6),
    longitude         numeric(9,6),
    custom_fields     jsonb         NOT NULL DEFAULT '{}'::jsonb,
    active            boolean       NOT NULL DEFAULT true,
    search_text       text GENERATED ALWAYS AS (lower(serial_number || ' ' || coalesce(name, '')
                          || ' ' || jsonb_path_query_array(custom_fields, '$.*')::text)) STORED,
    CONSTRAINT equipment_serial_ck CHECK (length(trim(serial_number)) > 0),
    CONSTRAINT equipment_coordinates_ck CHECK ((latitude IS NULL) = (longitude IS NULL)
        AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))),
    CONSTRAINT equipment_custom_fields_ck CHECK (jsonb_typeof(custom_fields) = 'object')
);
-- a serial number / unique id identifies one piece of equipment per tenant
CREATE UNIQUE INDEX equipment_serial_uq ON equipment (lower(serial_number));
CREATE INDEX equipment_search_ix ON equipment USING gin (search_text extensions.gin_trgm_ops);
CREATE INDEX equipment_customer_ix ON equipment (customer_id);
CREATE INDEX equipment_type_ix ON equipment (equipment_type_id);
