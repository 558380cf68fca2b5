--liquibase formatted sql

--changeset intervo:kernel-004-zones
-- areas technicians cover (sector, city, county); dispatch suggests technicians by the ticket's zone
CREATE TABLE zone (
    id         uuid         NOT NULL PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    name       varchar(100) NOT NULL,
    kind       varchar(10)  NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    CONSTRAINT zone_kind_ck CHECK (kind IN ('SECTOR', 'CITY', 'COUNTY')),
    CONSTRAINT zone_name_ck CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX zone_name_uq ON zone (kind, lower(name));

CREATE TABLE user_zone (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    zone_id uuid NOT NULL REFERENCES zone (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, zone_id)
);
CREATE INDEX user_zone_zone_ix ON user_zone (zone_id);
