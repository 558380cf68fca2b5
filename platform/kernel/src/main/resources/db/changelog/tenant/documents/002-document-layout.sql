--liquibase formatted sql

--changeset intervo:documents-002-document-layout
-- What admins change most on a document, set in a form instead of the XHTML: the title, a note under it, the
-- accent colour and which blocks show. One row per kind and language; without one the template prints as written.
CREATE TABLE document_layout (
    id             uuid          NOT NULL PRIMARY KEY,
    version        bigint        NOT NULL,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(200)  NOT NULL,
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(200)  NOT NULL,
    kind           varchar(30)   NOT NULL,
    language       varchar(2)    NOT NULL,
    title          varchar(200),
    note           varchar(2000),
    accent         varchar(7),
    show_logo      boolean       NOT NULL DEFAULT true,
    show_qr        boolean       NOT NULL DEFAULT true,
    show_signature boolean       NOT NULL DEFAULT true,
    show_prices    boolean       NOT NULL DEFAULT true,
    CONSTRAINT document_layout_kind_ck
        CHECK (kind IN ('INTAKE_PROTOCOL', 'HANDOVER_PROTOCOL', 'WORK_REPORT', 'QUOTE', 'INVOICE')),
    CONSTRAINT document_layout_language_ck CHECK (language IN ('en', 'ro', 'ru', 'cs')),
    CONSTRAINT document_layout_accent_ck CHECK (accent IS NULL OR accent ~ '^#[0-9a-fA-F]{6}$'),
    CONSTRAINT document_layout_title_ck CHECK (title IS NULL OR length(trim(title)) > 0)
);
CREATE UNIQUE INDEX document_layout_kind_language_uq ON document_layout (kind, language);
