--liquibase formatted sql

--changeset intervo:workshop-001-service-sheet
-- A device brought in for repair: one sheet per visit, linked to the equipment registry, so a returning device
-- gets a new sheet on the same equipment. The status is a key of the SERVICE_SHEET workflow (statuses engine).
CREATE TABLE service_sheet (
    id                 uuid           NOT NULL PRIMARY KEY,
    version            bigint         NOT NULL,
    created_at         timestamptz    NOT NULL,
    created_by         varchar(200)   NOT NULL,
    updated_at         timestamptz    NOT NULL,
    updated_by         varchar(200)   NOT NULL,
    sheet_number       varchar(60)    NOT NULL,
    tracking_code      varchar(32)    NOT NULL,
    customer_id        uuid           NOT NULL REFERENCES customer (id),
    equipment_id       uuid           NOT NULL REFERENCES equipment (id),
    problem            varchar(4000)  NOT NULL,
    accessories        varchar(1000),
    visible_condition  varchar(1000),
    estimated_cost     numeric(19,4),
    currency           char(3)        NOT NULL,
    promised_date      date,
    received_at        timestamptz    NOT NULL,
    language           varchar(2)     NOT NULL,
    status_key         varchar(40)    NOT NULL,
    status_since       timestamptz    NOT NULL,
    technician_id      uuid           REFERENCES app_user (id),
    technician_name    varchar(200),
    question_open      boolean        NOT NULL DEFAULT false,
    final_notes        varchar(4000),
    handed_over_at     timestamptz,
    handed_over_by     varchar(200),
    closed_at          timestamptz,
    overdue_alerted_at timestamptz,
    custom_fields      jsonb          NOT NULL DEFAULT '{}'::jsonb,
    search_text        text GENERATED ALWAYS AS (lower(sheet_number || ' ' || tracking_code || ' ' || problem)) STORED,
    CONSTRAINT service_sheet_number_uq UNIQUE (sheet_number),
    CONSTRAINT service_sheet_tracking_uq UNIQUE (tracking_code),
    CONSTRAINT service_sheet_problem_ck CHECK (length(trim(problem)) > 0),
    CONSTRAINT service_sheet_estimate_ck CHECK (estimated_cost IS NULL OR estimated_cost >= 0),
    CONSTRAINT service_sheet_currency_ck CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT service_sheet_language_ck CHECK (language IN ('en', 'ro', 'ru', 'cs')),
    CONSTRAINT service_sheet_tracking_ck CHECK (tracking_code ~ '^[0-9A-Z]{8,32}$'),
    CONSTRAINT service_sheet_handover_ck CHECK ((handed_over_at IS NULL) = (handed_over_by IS NULL)),
    CONSTRAINT service_sheet_custom_fields_ck CHECK (jsonb_typeof(custom_fields) = 'object')
);
CREATE INDEX service_sheet_queue_ix ON service_sheet (received_at, id) WHERE closed_at IS NULL;
CREATE INDEX service_sheet_equipment_ix ON service_sheet (equipment_id, received_at DESC);
CREATE INDEX service_sheet_customer_ix ON service_sheet (customer_id);
CREATE INDEX service_sheet_technician_ix ON service_sheet (technician_id);
CREATE INDEX service_sheet_status_ix ON service_sheet (status_key);
CREATE INDEX service_sheet_search_ix ON service_sheet USING gin (search_text extensions.gin_trgm_ops);

--changeset intervo:workshop-001-sheet-work-entry
-- The sheet's log: notes, work done (minutes, cost), questions to the customer and their answers, final notes.
-- Who and when are written by the server and never change; only the author may correct the text later.
CREATE TABLE sheet_work_entry (
    id          uuid           NOT NULL PRIMARY KEY,
    version     bigint         NOT NULL,
    created_at  timestamptz    NOT NULL,
    created_by  varchar(200)   NOT NULL,
    updated_at  timestamptz    NOT NULL,
    updated_by  varchar(200)   NOT NULL,
    sheet_id    uuid           NOT NULL REFERENCES service_sheet (id) ON DELETE CASCADE,
    kind        varchar(10)    NOT NULL,
    text        varchar(4000)  NOT NULL,
    minutes     integer,
    cost        numeric(19,4),
    currency    char(3)        NOT NULL,
    author_id   uuid           REFERENCES app_user (id),
    author_name varchar(200)   NOT NULL,
    edited_at   timestamptz,
    CONSTRAINT sheet_work_entry_kind_ck CHECK (kind IN ('NOTE', 'WORK', 'QUESTION', 'ANSWER', 'FINAL')),
    CONSTRAINT sheet_work_entry_text_ck CHECK (length(trim(text)) > 0),
    CONSTRAINT sheet_work_entry_minutes_ck CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 100000),
    CONSTRAINT sheet_work_entry_cost_ck CHECK (cost IS NULL OR cost >= 0),
    CONSTRAINT sheet_work_entry_currency_ck CHECK (currency ~ '^[A-Z]{3}$')
);
CREATE INDEX sheet_work_entry_sheet_ix ON sheet_work_entry (sheet_id, created_at);
CREATE INDEX sheet_work_entry_author_ix ON sheet_work_entry (author_id, created_at);

--changeset intervo:workshop-001-sheet-status-change
CREATE TABLE sheet_status_change (
    id         uuid           NOT NULL PRIMARY KEY,
    sheet_id   uuid           NOT NULL REFERENCES service_sheet (id) ON DELETE CASCADE,
    from_key   varchar(40),
    to_key     varchar(40)    NOT NULL,
    note       varchar(1000),
    changed_at timestamptz    NOT NULL,
    changed_by varchar(200)   NOT NULL
);
CREATE INDEX sheet_status_change_sheet_ix ON sheet_status_change (sheet_id, changed_at);
CREATE INDEX sheet_status_change_to_ix ON sheet_status_change (to_key, changed_at);

--changeset intervo:workshop-001-mail-text
-- The tenant's own wording of the e-mails to customers, per kind and language; missing rows use the defaults.
CREATE TABLE workshop_mail_text (
    id         uuid           NOT NULL PRIMARY KEY,
    version    bigint         NOT NULL,
    created_at timestamptz    NOT NULL,
    created_by varchar(200)   NOT NULL,
    updated_at timestamptz    NOT NULL,
    updated_by varchar(200)   NOT NULL,
    kind       varchar(20)    NOT NULL,
    language   varchar(2)     NOT NULL,
    subject    varchar(300)   NOT NULL,
    body       varchar(8000)  NOT NULL,
    CONSTRAINT workshop_mail_text_uq UNIQUE (kind, language),
    CONSTRAINT workshop_mail_text_kind_ck CHECK (kind IN ('INTAKE', 'READY', 'UNREPAIRABLE')),
    CONSTRAINT workshop_mail_text_language_ck CHECK (language IN ('en', 'ro', 'ru', 'cs')),
    CONSTRAINT workshop_mail_text_subject_ck CHECK (length(trim(subject)) > 0),
    CONSTRAINT workshop_mail_text_body_ck CHECK (length(trim(body)) > 0)
);
