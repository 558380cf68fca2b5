--liquibase formatted sql

--changeset intervo:dispatch-006-location-interval
-- how often the technicians' phones record their position, per workspace (GET /api/v1/dispatch/my/settings)
ALTER TABLE dispatch_settings ADD COLUMN location_interval_seconds integer NOT NULL DEFAULT 60;
ALTER TABLE dispatch_settings ADD CONSTRAINT dispatch_settings_location_interval_ck
    CHECK (location_interval_seconds BETWEEN 15 AND 900);
