--liquibase formatted sql

--changeset intervo:workshopplus-001-settings
-- One row: how the workspace runs Plus (evaluation by default, its fee, quote validity, VAT rounding, portal photos).
CREATE TABLE plus_settings (
    id                    smallint      NOT NULL PRIMARY KEY DEFAULT 1,
    version               bigint        NOT NULL DEFAULT 0,
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    updated_by            varchar(200)  NOT NULL DEFAULT 'system',
    evaluation_by_default boolean       NOT NULL DEFAULT true,
    evaluation_fee        numeric(19,4) NOT NULL DEFAULT 0,
    quote_validity_days   integer       NOT NULL DEFAULT 14,
    vat_mode              varchar(12)   NOT NULL DEFAULT 'PER_LINE',
    portal_photos         boolean       NOT NULL DEFAULT false,
    CONSTRAINT plus_settings_one_ck CHECK (id = 1),
    CONSTRAINT plus_settings_fee_ck CHECK (evaluation_fee >= 0),
    CONSTRAINT plus_settings_validity_ck CHECK (quote_validity_days BETWEEN 1 AND 365),
    CONSTRAINT plus_settings_vat_mode_ck CHECK (vat_mode IN ('PER_LINE', 'PER_DOCUMENT'))
);
INSERT INTO plus_settings (id) VALUES (1) ON CONFLICT DO NOTHING;

--changeset intervo:workshopplus-001-sheet
-- A service sheet run the Plus way: its stage in the evaluation → quote → repair process. The sheet row is written
-- after this one in the intake's transaction, hence the deferred reference.
CREATE TABLE plus_sheet (
    sheet_id            uuid          NOT NULL PRIMARY KEY
                                      REFERENCES service_sheet (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    version             bigint        NOT NULL,
    created_at          timestamptz   NOT NULL,
    created_by          varchar(200)  NOT NULL,
    updated_at          timestamptz   NOT NULL,
    updated_by          varchar(200)  NOT NULL,
    equipment_type_id   uuid          REFERENCES equipment_type (id),
    stage               varchar(20)   NOT NULL,
    evaluation_required boolean       NOT NULL,
    initial_findings    varchar(4000),
    warranty            varchar(12)   NOT NULL DEFAULT 'NONE',
    warranty_claim      varchar(100),
    warranty_until      date,
    reverse_charge      boolean       NOT NULL DEFAULT false,
    evaluated_at        timestamptz,
    evaluated_by        varchar(200),
    outcome_note        varchar(2000),
    finished_at         timestamptz,
    CONSTRAINT plus_sheet_stage_ck CHECK (stage IN ('EVALUATION', 'QUOTE', 'REPAIR', 'COMPLETED', 'DECLINED', 'IRREPARABLE')),
    CONSTRAINT plus_sheet_warranty_ck CHECK (warranty IN ('NONE', 'EQUIPMENT', 'MANUFACTURER')),
    CONSTRAINT plus_sheet_claim_ck CHECK (warranty <> 'MANUFACTURER' OR length(trim(warranty_claim)) > 0)
);
CREATE INDEX plus_sheet_stage_ix ON plus_sheet (stage);

-- the common problems ticked at intake (catalog "problems"), named as they were then
CREATE TABLE plus_intake_problem (
    sheet_id   uuid         NOT NULL REFERENCES plus_sheet (sheet_id) ON DELETE CASCADE,
    problem_id uuid         NOT NULL REFERENCES problem (id),
    position   integer      NOT NULL,
    name       varchar(300) NOT NULL,
    PRIMARY KEY (sheet_id, problem_id)
);

-- the services the customer ordered at intake; they go on the quote
CREATE TABLE plus_ordered_service (
    sheet_id        uuid          NOT NULL REFERENCES plus_sheet (sheet_id) ON DELETE CASCADE,
    service_item_id uuid          NOT NULL REFERENCES service_item (id),
    position        integer       NOT NULL,
    quantity        numeric(12,3) NOT NULL,
    PRIMARY KEY (sheet_id, service_item_id),
    CONSTRAINT plus_ordered_service_qty_ck CHECK (quantity > 0)
);

--changeset intervo:workshopplus-001-evaluation
-- The evaluation: the checklist of the equipment type copied onto the sheet point by point, each answered OK or with
-- a problem (a defect, its probable cause, a note) and what the problem needs (parts to replace or recondition,
-- labour). Saved point by point, so another technician can resume it.
CREATE TABLE plus_evaluation_point (
    id         uuid          NOT NULL PRIMARY KEY,
    version    bigint        NOT NULL,
    sheet_id   uuid          NOT NULL REFERENCES plus_sheet (sheet_id) ON DELETE CASCADE,
    point_id   uuid,
    position   integer       NOT NULL,
    text       varchar(500)  NOT NULL,
    mandatory  boolean       NOT NULL,
    result     varchar(10),
    defect     varchar(500),
    cause      varchar(500),
    note       varchar(2000),
    checked_by varchar(200),
    checked_at timestamptz,
    CONSTRAINT plus_evaluation_point_result_ck CHECK (result IS NULL OR result IN ('OK', 'PROBLEM')),
    CONSTRAINT plus_evaluation_point_defect_ck CHECK ((result = 'PROBLEM') = (defect IS NOT NULL AND length(trim(defect)) > 0)),
    CONSTRAINT plus_evaluation_point_checked_ck CHECK ((result IS NULL) = (checked_at IS NULL)),
    CONSTRAINT plus_evaluation_point_position_uq UNIQUE (sheet_id, position)
);

CREATE TABLE plus_evaluation_need (
    id         uuid          NOT NULL PRIMARY KEY,
    point_id   uuid          NOT NULL REFERENCES plus_evaluation_point (id) ON DELETE CASCADE,
    sheet_id   uuid          NOT NULL REFERENCES plus_sheet (sheet_id) ON DELETE CASCADE,
    position   integer       NOT NULL,
    kind       varchar(20)   NOT NULL,
    part_id    uuid          REFERENCES part (id),
    service_id uuid          REFERENCES service_item (id),
    quantity   numeric(12,3) NOT NULL,
    CONSTRAINT plus_evaluation_need_kind_ck CHECK (kind IN ('PART_REPLACE', 'PART_RECONDITION', 'LABOUR')),
    CONSTRAINT plus_evaluation_need_item_ck CHECK (
        (kind = 'LABOUR' AND service_id IS NOT NULL AND part_id IS NULL)
        OR (kind <> 'LABOUR' AND part_id IS NOT NULL AND service_id IS NULL)),
    CONSTRAINT plus_evaluation_need_qty_ck CHECK (quantity > 0)
);
CREATE INDEX plus_evaluation_need_sheet_ix ON plus_evaluation_need (sheet_id);

--changeset intervo:workshopplus-001-quote
-- Quotes of a sheet: the initial one made from the evaluation, revisions of it, supplementary ones for extra work
-- found during the repair. A draft is edited; sending fixes it (its PDF is stored as issued); a change after that is a
-- new version. The customer's decision (portal, phone, desk) is recorded once.
CREATE TABLE plus_quote (
    id               uuid          NOT NULL PRIMARY KEY,
    version          bigint        NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(200)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(200)  NOT NULL,
    sheet_id         uuid          NOT NULL REFERENCES plus_sheet (sheet_id) ON DELETE CASCADE,
    quote_no         integer       NOT NULL,
    supplementary    boolean       NOT NULL,
    status           varchar(12)   NOT NULL,
    valid_until      date          NOT NULL,
    currency         char(3)       NOT NULL,
    vat_mode         varchar(12)   NOT NULL,
    reverse_charge   boolean       NOT NULL,
    net              numeric(19,4) NOT NULL,
    vat              numeric(19,4) NOT NULL,
    gross            numeric(19,4) NOT NULL,
    cost             numeric(19,4) NOT NULL,
    sent_at          timestamptz,
    sent_by          varchar(200),
    sent_to          varchar(320),
    file_id          uuid,
    decided_at       timestamptz,
    decided_by       varchar(200),
    decision_channel varchar(10),
    decision_comment varchar(2000),
    CONSTRAINT plus_quote_no_uq UNIQUE (sheet_id, quote_no),
    CONSTRAINT plus_quote_status_ck CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'SUPERSEDED')),
    CONSTRAINT plus_quote_vat_mode_ck CHECK (vat_mode IN ('PER_LINE', 'PER_DOCUMENT')),
    CONSTRAINT plus_quote_money_ck CHECK (net >= 0 AND vat >= 0 AND gross >= 0 AND cost >= 0),
    CONSTRAINT plus_quote_sent_ck CHECK ((status = 'DRAFT') = (sent_at IS NULL)),
    CONSTRAINT plus_quote_decided_ck CHECK ((status IN ('ACCEPTED', 'DECLINED')) = (decided_at IS NOT NULL)),
    CONSTRAINT plus_quote_channel_ck CHECK (decision_channel IS NULL OR decision_channel IN ('PORTAL', 'PHONE', 'DESK'))
);
-- at most one quote of a sheet waits for the customer or is being edited at a time
CREATE UNIQUE INDEX plus_quote_pending_uq ON plus_quote (sheet_id) WHERE status IN ('DRAFT', 'SENT');

CREATE TABLE plus_quote_line (
    id           uuid          NOT NULL PRIMARY KEY,
    quote_id     uuid          NOT NULL REFERENCES plus_quote (id) ON DELETE CASCADE,
    position     integer       NOT NULL,
    kind         varchar(20)   NOT NULL,
    part_id      uuid          REFERENCES part (id),
    service_id   uuid          REFERENCES service_item (id),
    point_id     uuid          REFERENCES plus_evaluation_point (id) ON DELETE SET NULL,
    code         varchar(50),
    description  varchar(500)  NOT NULL,
    unit         varchar(20)   NOT NULL,
    quantity     numeric(12,3) NOT NULL,
    unit_cost    numeric(19,4) NOT NULL,
    unit_price   numeric(19,4) NOT NULL,
    vat_rate     numeric(5,2)  NOT NULL,
    warranty     boolean       NOT NULL DEFAULT false,
    repair_state varchar(12)   NOT NULL DEFAULT 'OPEN',
    repair_note  varchar(2000),
    repaired_by  varchar(200),
    repaired_at  timestamptz,
    CONSTRAINT plus_quote_line_position_uq UNIQUE (quote_id, position),
    CONSTRAINT plus_quote_line_kind_ck CHECK (kind IN ('SERVICE', 'PART_REPLACE', 'PART_RECONDITION', 'LABOUR')),
    CONSTRAINT plus_quote_line_qty_ck CHECK (quantity > 0),
    CONSTRAINT plus_quote_line_money_ck CHECK (unit_cost >= 0 AND unit_price >= 0),
    CONSTRAINT plus_quote_line_vat_ck CHECK (vat_rate >= 0 AND vat_rate <= 100),
    CONSTRAINT plus_quote_line_text_ck CHECK (length(trim(description)) > 0),
    CONSTRAINT plus_quote_line_state_ck CHECK (repair_state IN ('OPEN', 'DONE', 'NOT_NEEDED', 'CHANGED')),
    CONSTRAINT plus_quote_line_changed_ck CHECK (repair_state <> 'CHANGED' OR length(trim(repair_note)) > 0)
);
CREATE INDEX plus_quote_line_part_ix ON plus_quote_line (part_id);

--changeset intervo:workshopplus-001-sale
-- What a finished repair sold: the accepted lines with their quantities and prices (warranty lines at 0, their cost
-- kept), or the evaluation fee of a declined quote. Invoicing issues its invoice from it.
CREATE TABLE plus_sale (
    id           uuid          NOT NULL PRIMARY KEY,
    sheet_id     uuid          NOT NULL REFERENCES plus_sheet (sheet_id) ON DELETE CASCADE,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    currency     char(3)       NOT NULL,
    net          numeric(19,4) NOT NULL,
    vat          numeric(19,4) NOT NULL,
    gross        numeric(19,4) NOT NULL,
    cost         numeric(19,4) NOT NULL,
    CONSTRAINT plus_sale_sheet_uq UNIQUE (sheet_id)
);

CREATE TABLE plus_sale_line (
    id          uuid          NOT NULL PRIMARY KEY,
    sale_id     uuid          NOT NULL REFERENCES plus_sale (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    kind        varchar(20)   NOT NULL,
    part_id     uuid          REFERENCES part (id),
    service_id  uuid          REFERENCES service_item (id),
    code        varchar(50),
    description varchar(500)  NOT NULL,
    unit        varchar(20)   NOT NULL,
    quantity    numeric(12,3) NOT NULL,
    unit_cost   numeric(19,4) NOT NULL,
    unit_price  numeric(19,4) NOT NULL,
    vat_rate    numeric(5,2)  NOT NULL,
    warranty    boolean       NOT NULL,
    net         numeric(19,4) NOT NULL,
    vat         numeric(19,4) NOT NULL,
    gross       numeric(19,4) NOT NULL,
    cost        numeric(19,4) NOT NULL,
    CONSTRAINT plus_sale_line_position_uq UNIQUE (sale_id, position),
    CONSTRAINT plus_sale_line_kind_ck CHECK (kind IN ('SERVICE', 'PART_REPLACE', 'PART_RECONDITION', 'LABOUR', 'FEE'))
);

--changeset intervo:workshopplus-001-missing-part
-- A sheet that ended "irreparable — no compatible parts" names the parts missing, so the shop can call the customers
-- back when a part appears.
CREATE TABLE plus_missing_part (
    sheet_id uuid         NOT NULL REFERENCES plus_sheet (sheet_id) ON DELETE CASCADE,
    part_id  uuid         REFERENCES part (id),
    position integer      NOT NULL,
    name     varchar(300) NOT NULL,
    PRIMARY KEY (sheet_id, position),
    CONSTRAINT plus_missing_part_name_ck CHECK (length(trim(name)) > 0)
);
CREATE INDEX plus_missing_part_part_ix ON plus_missing_part (part_id);

--changeset intervo:workshopplus-001-statuses
-- The statuses the Plus stages set (the admin may relabel and recolour them). Every workspace has them, as every
-- schema has every module's tables; they are set by the stages only, never from the status menu.
INSERT INTO workflow_status (id, version, created_at, created_by, updated_at, updated_by,
                             workflow, status_key, labels, colour, category, is_final, is_initial, sort_order, active)
SELECT gen_random_uuid(), 0, now(), 'system', now(), 'system',
       v.workflow, v.status_key, v.labels::jsonb, v.colour, v.category, false, false, v.sort_order, true
FROM (VALUES
    ('SERVICE_SHEET', 'evaluation', '{"en":"Evaluation","ro":"În evaluare","ru":"Диагностика","cs":"Diagnostika"}',
     '#3949ab', 'IN_PROGRESS', 20),
    ('SERVICE_SHEET', 'quote_sent', '{"en":"Quote sent – awaiting approval","ro":"Ofertă trimisă – așteaptă acordul","ru":"Смета отправлена – ждём согласия","cs":"Nabídka odeslána – čeká na schválení"}',
     '#f9a825', 'WAITING', 21),
    ('SERVICE_SHEET', 'in_repair', '{"en":"In repair","ro":"În reparație","ru":"В ремонте","cs":"V opravě (schváleno)"}',
     '#1565c0', 'IN_PROGRESS', 22),
    ('SERVICE_SHEET', 'return_unrepaired', '{"en":"Quote declined – return unrepaired","ro":"Ofertă refuzată – se returnează nereparat","ru":"Смета отклонена – возврат без ремонта","cs":"Nabídka odmítnuta – vrácení bez opravy"}',
     '#6d4c41', 'CANCELLED', 23),
    ('SERVICE_SHEET', 'no_parts', '{"en":"Irreparable – no compatible parts","ro":"Nereparabil – lipsă piese compatibile","ru":"Ремонт невозможен – нет совместимых запчастей","cs":"Neopravitelné – chybí kompatibilní díly"}',
     '#c62828', 'CANCELLED', 24)
) AS v (workflow, status_key, labels, colour, category, sort_order)
ON CONFLICT (workflow, status_key) DO NOTHING;
