--liquibase formatted sql

--changeset intervo:documents-001-template
-- A tenant's own template for one kind of document in one language; without a row the shipped default applies.
CREATE TABLE document_template (
    id         uuid         NOT NULL PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    kind       varchar(30)  NOT NULL,
    language   varchar(2)   NOT NULL,
    body       text         NOT NULL,
    CONSTRAINT document_template_kind_ck
        CHECK (kind IN ('INTAKE_PROTOCOL', 'HANDOVER_PROTOCOL', 'WORK_REPORT', 'QUOTE', 'INVOICE')),
    CONSTRAINT document_template_language_ck CHECK (language IN ('en', 'ro', 'ru', 'cs')),
    CONSTRAINT document_template_body_ck CHECK (char_length(body) BETWEEN 1 AND 100000)
);
CREATE UNIQUE INDEX document_template_kind_language_uq ON document_template (kind, language);

--changeset intervo:documents-001-settings
-- One row per tenant: the logo shown on every document and the terms and conditions per language.
CREATE TABLE document_settings (
    id              uuid         NOT NULL PRIMARY KEY,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(200) NOT NULL,
    singleton       boolean      NOT NULL DEFAULT true,
    logo            bytea,
    logo_media_type varchar(20),
    terms_en        text,
    terms_ro        text,
    terms_ru        text,
    terms_cs        text,
    CONSTRAINT document_settings_singleton_ck CHECK (singleton),
    CONSTRAINT document_settings_logo_ck CHECK ((logo IS NULL) = (logo_media_type IS NULL)),
    CONSTRAINT document_settings_logo_size_ck CHECK (logo IS NULL OR octet_length(logo) BETWEEN 1 AND 524288),
    CONSTRAINT document_settings_logo_type_ck
        CHECK (logo_media_type IS NULL OR logo_media_type IN ('image/png', 'image/jpeg')),
    CONSTRAINT document_settings_terms_ck CHECK (coalesce(char_length(terms_en), 0) <= 10000
        AND coalesce(char_length(terms_ro), 0) <= 10000 AND coalesce(char_length(terms_ru), 0) <= 10000
        AND coalesce(char_length(terms_cs), 0) <= 10000)
);
CREATE UNIQUE INDEX document_settings_singleton_uq ON document_settings (singleton);
