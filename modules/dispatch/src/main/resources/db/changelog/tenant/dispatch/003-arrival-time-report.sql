--liquibase formatted sql

--changeset intervo:dispatch-003-arrival-without-fix
-- basements have no GPS: an arrival without a fix is allowed with the technician's reason, flagged on the ticket
ALTER TABLE ticket ADD COLUMN arrival_no_fix_reason varchar(1000);
ALTER TABLE ticket DROP CONSTRAINT ticket_arrived_gps_ck;
ALTER TABLE ticket ADD CONSTRAINT ticket_arrived_gps_ck CHECK (arrived_at IS NULL
    OR (arrived_latitude IS NOT NULL AND arrived_longitude IS NOT NULL)
    OR (arrival_no_fix_reason IS NOT NULL AND length(trim(arrival_no_fix_reason)) > 0));
ALTER TABLE ticket ADD CONSTRAINT ticket_arrived_coordinates_ck CHECK ((arrived_latitude IS NULL)
    = (arrived_longitude IS NULL));

--changeset intervo:dispatch-003-work-time
-- the time worked: a start/stop timer on the phone (minutes of stopped runs + the running one) or typed minutes
ALTER TABLE ticket ADD COLUMN work_started_at timestamptz;
ALTER TABLE ticket ADD COLUMN timed_minutes integer NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD CONSTRAINT ticket_timed_minutes_ck CHECK (timed_minutes BETWEEN 0 AND 100000);

--changeset intervo:dispatch-003-report-release
-- when the work report went to the customer (at finish or after approval, as the workspace chose)
ALTER TABLE ticket ADD COLUMN report_released_at timestamptz;

-- the workspace's dispatch settings (one row; without it the defaults apply)
CREATE TABLE dispatch_settings (
    id             uuid         NOT NULL PRIMARY KEY,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(200) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(200) NOT NULL,
    singleton      boolean      NOT NULL DEFAULT true,
    report_sending varchar(20)  NOT NULL,
    CONSTRAINT dispatch_settings_singleton_ck CHECK (singleton),
    CONSTRAINT dispatch_settings_report_sending_ck CHECK (report_sending IN ('AT_FINISH', 'AFTER_APPROVAL'))
);
CREATE UNIQUE INDEX dispatch_settings_singleton_uq ON dispatch_settings (singleton);
