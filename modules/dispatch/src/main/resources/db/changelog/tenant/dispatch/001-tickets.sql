--liquibase formatted sql

--changeset intervo:dispatch-001-ticket
-- a field-service ticket ("tichet de intervenție", "заявка", "servisní aktivita")
CREATE TABLE ticket (
    id                   uuid          NOT NULL PRIMARY KEY,
    version              bigint        NOT NULL,
    created_at           timestamptz   NOT NULL,
    created_by           varchar(200)  NOT NULL,
    updated_at           timestamptz   NOT NULL,
    updated_by           varchar(200)  NOT NULL,
    number               varchar(60)   NOT NULL,
    kind                 varchar(20)   NOT NULL,
    source               varchar(20)   NOT NULL,
    customer_id          uuid          NOT NULL REFERENCES customer (id),
    site_id              uuid          REFERENCES site (id) ON DELETE SET NULL,
    equipment_id         uuid          REFERENCES equipment (id),
    zone_id              uuid          REFERENCES zone (id),
    problem              varchar(4000) NOT NULL,
    priority             varchar(10)   NOT NULL,
    desired_date         date,
    scheduled_at         timestamptz,
    planned_minutes      integer,
    contact_name         varchar(200),
    contact_phone        varchar(50),
    stage                varchar(20)   NOT NULL,
    stage_before_postpone varchar(20),
    technician_id        uuid          REFERENCES app_user (id),
    previous_technician_id uuid        REFERENCES app_user (id),
    decline_reason       varchar(1000),
    postpone_reason      varchar(1000),
    cancel_reason        varchar(1000),
    eta                  timestamptz,
    assigned_at          timestamptz,
    accepted_at          timestamptz,
    en_route_at          timestamptz,
    arrived_at           timestamptz,
    arrived_latitude     numeric(9,6),
    arrived_longitude    numeric(9,6),
    finished_at          timestamptz,
    work_done            varchar(4000),
    labour_minutes       integer,
    checklist_id         uuid          REFERENCES checklist (id),
    checklist_name       varchar(200),
    signer_name          varchar(200),
    signature_file_id    uuid          REFERENCES stored_file (id),
    signed_at            timestamptz,
    report_file_id       uuid          REFERENCES stored_file (id),
    report_number        varchar(60),
    approved_at          timestamptz,
    approved_by          varchar(200),
    approval_note        varchar(2000),
    -- set by a trigger on every write: the cursor of the technicians' offline sync
    change_txid          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT ticket_number_uq UNIQUE (number),
    CONSTRAINT ticket_kind_ck CHECK (kind IN ('REPAIR', 'INSPECTION', 'MAINTENANCE', 'INSTALLATION')),
    CONSTRAINT ticket_source_ck CHECK (source IN ('PHONE', 'EMAIL', 'WEB', 'INSPECTION', 'CONTRACT', 'TECHNICIAN')),
    CONSTRAINT ticket_priority_ck CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    CONSTRAINT ticket_stage_ck CHECK (stage IN ('NEW', 'ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'POSTPONED',
                                                'DONE', 'CANCELLED')),
    CONSTRAINT ticket_problem_ck CHECK (length(trim(problem)) > 0),
    CONSTRAINT ticket_assigned_ck CHECK ((stage = 'NEW') = (technician_id IS NULL) OR stage IN ('CANCELLED', 'DONE')),
    CONSTRAINT ticket_postponed_ck CHECK ((stage = 'POSTPONED') = (stage_before_postpone IS NOT NULL)),
    CONSTRAINT ticket_arrived_gps_ck CHECK ((arrived_at IS NULL) OR (arrived_latitude IS NOT NULL
                                            AND arrived_longitude IS NOT NULL)),
    CONSTRAINT ticket_planned_ck CHECK (planned_minutes IS NULL OR planned_minutes BETWEEN 1 AND 10080),
    CONSTRAINT ticket_labour_ck CHECK (labour_minutes IS NULL OR labour_minutes BETWEEN 0 AND 100000)
);
CREATE INDEX ticket_technician_ix ON ticket (technician_id, stage);
CREATE INDEX ticket_previous_technician_ix ON ticket (previous_technician_id);
CREATE INDEX ticket_stage_ix ON ticket (stage, priority);
CREATE INDEX ticket_equipment_ix ON ticket (equipment_id);
CREATE INDEX ticket_customer_ix ON ticket (customer_id);
CREATE INDEX ticket_change_ix ON ticket (change_txid);

--changeset intervo:dispatch-001-ticket-change-function splitStatements:false
-- every write of a ticket stamps the writing transaction's id: the technicians' sync reads "changed since" by it
CREATE FUNCTION ticket_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_txid := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END;
$$;

--changeset intervo:dispatch-001-ticket-change-trigger
CREATE TRIGGER ticket_stamp_change BEFORE INSERT OR UPDATE ON ticket
    FOR EACH ROW EXECUTE FUNCTION ticket_stamp_change();

--changeset intervo:dispatch-001-ticket-parts
-- the ticket's own copy of its checklist: later edits of the catalog do not change a ticket's points
CREATE TABLE ticket_checklist_item (
    id          uuid          NOT NULL PRIMARY KEY,
    ticket_id   uuid          NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    point_id    uuid,
    text        varchar(500)  NOT NULL,
    mandatory   boolean       NOT NULL,
    defects     jsonb         NOT NULL DEFAULT '[]'::jsonb,
    answer      varchar(10),
    defect      varchar(500),
    note        varchar(2000),
    answered_at timestamptz,
    answered_by varchar(200),
    CONSTRAINT ticket_checklist_answer_ck CHECK (answer IS NULL OR answer IN ('OK', 'PROBLEM')),
    CONSTRAINT ticket_checklist_problem_ck CHECK (answer IS DISTINCT FROM 'PROBLEM'
                                                  OR length(trim(coalesce(note, defect, ''))) > 0),
    CONSTRAINT ticket_checklist_position_uq UNIQUE (ticket_id, position)
);

-- defects, findings and the work done, as the technician writes them
CREATE TABLE ticket_finding (
    id         uuid          NOT NULL PRIMARY KEY,
    ticket_id  uuid          NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    kind       varchar(10)   NOT NULL,
    text       varchar(2000) NOT NULL,
    created_at timestamptz   NOT NULL,
    created_by varchar(200)  NOT NULL,
    CONSTRAINT ticket_finding_kind_ck CHECK (kind IN ('DEFECT', 'FINDING')),
    CONSTRAINT ticket_finding_text_ck CHECK (length(trim(text)) > 0)
);
CREATE INDEX ticket_finding_ticket_ix ON ticket_finding (ticket_id, created_at);

-- parts used (catalog items), priced as the catalog said when they were added
CREATE TABLE ticket_part (
    id         uuid          NOT NULL PRIMARY KEY,
    ticket_id  uuid          NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    part_id    uuid          NOT NULL REFERENCES part (id),
    code       varchar(100)  NOT NULL,
    name       varchar(300)  NOT NULL,
    unit       varchar(30)   NOT NULL,
    quantity   numeric(19,4) NOT NULL,
    unit_price numeric(19,4) NOT NULL,
    currency   char(3)       NOT NULL,
    vat_rate   numeric(5,2)  NOT NULL,
    source     varchar(10)   NOT NULL,
    created_at timestamptz   NOT NULL,
    created_by varchar(200)  NOT NULL,
    CONSTRAINT ticket_part_quantity_ck CHECK (quantity > 0 AND quantity <= 100000),
    CONSTRAINT ticket_part_source_ck CHECK (source IN ('VAN', 'STOCK', 'CUSTOMER'))
);
CREATE INDEX ticket_part_ticket_ix ON ticket_part (ticket_id, created_at);

-- every action on a ticket: who, when (server and device clock), where (GPS) and what
CREATE TABLE ticket_action (
    id          uuid          NOT NULL PRIMARY KEY,
    ticket_id   uuid          NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
    action      varchar(30)   NOT NULL,
    at          timestamptz   NOT NULL,
    device_at   timestamptz,
    user_id     uuid,
    actor       varchar(200)  NOT NULL,
    actor_name  varchar(200)  NOT NULL,
    latitude    numeric(9,6),
    longitude   numeric(9,6),
    accuracy_m  numeric(9,1),
    detail      varchar(2000),
    CONSTRAINT ticket_action_coordinates_ck CHECK ((latitude IS NULL) = (longitude IS NULL)
        AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)))
);
CREATE INDEX ticket_action_ticket_ix ON ticket_action (ticket_id, at);

--changeset intervo:dispatch-001-work-report-series
INSERT INTO numbering_series (id, version, created_at, created_by, updated_at, updated_by, series_key, prefix,
                              padding, yearly, year, next_number)
VALUES (gen_random_uuid(), 0, now(), 'system', now(), 'system', 'WORK_REPORT', 'RL-{YYYY}-', 5, true, NULL, 1)
ON CONFLICT (series_key) DO NOTHING;
