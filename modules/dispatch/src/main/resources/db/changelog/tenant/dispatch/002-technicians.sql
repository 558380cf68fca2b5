--liquibase formatted sql

--changeset intervo:dispatch-002-devices
-- technicians' phones: where push notifications go (FCM registration tokens)
CREATE TABLE technician_device (
    id           uuid          NOT NULL PRIMARY KEY,
    version      bigint        NOT NULL,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(200)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(200)  NOT NULL,
    user_id      uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token        varchar(4096) NOT NULL,
    platform     varchar(10)   NOT NULL,
    app_version  varchar(50),
    last_seen_at timestamptz   NOT NULL,
    CONSTRAINT technician_device_token_uq UNIQUE (token),
    CONSTRAINT technician_device_platform_ck CHECK (platform IN ('ANDROID', 'IOS', 'WEB'))
);
CREATE INDEX technician_device_user_ix ON technician_device (user_id);

-- what the app told the technician (also when no push service is configured): the in-app list
CREATE TABLE technician_notification (
    id         uuid          NOT NULL PRIMARY KEY,
    user_id    uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    ticket_id  uuid          REFERENCES ticket (id) ON DELETE CASCADE,
    kind       varchar(30)   NOT NULL,
    title      varchar(300)  NOT NULL,
    body       varchar(1000) NOT NULL,
    created_at timestamptz   NOT NULL,
    read_at    timestamptz
);
CREATE INDEX technician_notification_user_ix ON technician_notification (user_id, created_at DESC);

--changeset intervo:dispatch-002-locations
-- location pings from the technicians' phones; (user, device time) makes a retried batch harmless
CREATE TABLE technician_location (
    user_id     uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    recorded_at timestamptz   NOT NULL,
    received_at timestamptz   NOT NULL,
    latitude    numeric(9,6)  NOT NULL,
    longitude   numeric(9,6)  NOT NULL,
    accuracy_m  numeric(9,1),
    speed_mps   numeric(7,2),
    battery     smallint,
    PRIMARY KEY (user_id, recorded_at),
    CONSTRAINT technician_location_coordinates_ck CHECK (latitude BETWEEN -90 AND 90
                                                         AND longitude BETWEEN -180 AND 180)
);

-- the last known position of each technician (the board's map)
CREATE TABLE technician_position (
    user_id     uuid          NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    recorded_at timestamptz   NOT NULL,
    latitude    numeric(9,6)  NOT NULL,
    longitude   numeric(9,6)  NOT NULL,
    accuracy_m  numeric(9,1)
);

--changeset intervo:dispatch-002-idempotency
-- answers of mutating API calls by Idempotency-Key: a retried call gets the stored answer, never a second effect
CREATE TABLE idempotent_request (
    user_id       uuid          NOT NULL,
    idem_key      varchar(200)  NOT NULL,
    request_hash  char(64)      NOT NULL,
    status_code   integer       NOT NULL,
    response_body text          NOT NULL,
    created_at    timestamptz   NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
CREATE INDEX idempotent_request_created_ix ON idempotent_request (created_at);
