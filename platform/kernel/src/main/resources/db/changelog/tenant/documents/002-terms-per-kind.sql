--liquibase formatted sql

--changeset intervo:documents-002-terms-per-kind
-- Terms and conditions per kind of document and language: the workshop's intake terms ("not collected within
-- 90 days", "back up your data") do not belong on a field technician's work report. Without a row the kind's
-- shipped default applies.
CREATE TABLE document_terms (
    id         uuid         NOT NULL PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    kind       varchar(30)  NOT NULL,
    language   varchar(2)   NOT NULL,
    text       text         NOT NULL,
    CONSTRAINT document_terms_kind_ck
        CHECK (kind IN ('INTAKE_PROTOCOL', 'HANDOVER_PROTOCOL', 'WORK_REPORT', 'QUOTE', 'INVOICE')),
    CONSTRAINT document_terms_language_ck CHECK (language IN ('en', 'ro', 'ru', 'cs')),
    CONSTRAINT document_terms_text_ck CHECK (char_length(trim(text)) BETWEEN 1 AND 10000)
);
CREATE UNIQUE INDEX document_terms_kind_language_uq ON document_terms (kind, language);

-- the terms a workspace wrote so far keep printing where they were meant (the workshop's protocols, its quotes
-- and invoices); the work report starts from its own default
INSERT INTO document_terms (id, version, created_at, created_by, updated_at, updated_by, kind, language, text)
SELECT gen_random_uuid(), 0, now(), 'migration', now(), 'migration', k.kind, t.language, t.text
FROM document_settings s
CROSS JOIN LATERAL (VALUES ('en', s.terms_en), ('ro', s.terms_ro), ('ru', s.terms_ru), ('cs', s.terms_cs))
    AS t(language, text)
CROSS JOIN (VALUES ('INTAKE_PROTOCOL'), ('HANDOVER_PROTOCOL'), ('QUOTE'), ('INVOICE')) AS k(kind)
WHERE t.text IS NOT NULL AND char_length(trim(t.text)) > 0;
