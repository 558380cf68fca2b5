--liquibase formatted sql

--changeset intervo:customization-004-labels-in-any-language
-- A field (and a status) is named in the workspace's language (a Romanian workspace may have no English label); the service
-- requires that language, the database at least one name.
ALTER TABLE custom_field DROP CONSTRAINT custom_field_labels_ck;
ALTER TABLE custom_field ADD CONSTRAINT custom_field_labels_ck CHECK (jsonb_typeof(labels) = 'object'
    AND length(btrim(coalesce(labels ->> 'en', '') || coalesce(labels ->> 'ro', '')
        || coalesce(labels ->> 'ru', '') || coalesce(labels ->> 'cs', ''))) > 0);

--changeset intervo:customization-004-status-labels-in-any-language
ALTER TABLE workflow_status DROP CONSTRAINT workflow_status_labels_ck;
ALTER TABLE workflow_status ADD CONSTRAINT workflow_status_labels_ck CHECK (jsonb_typeof(labels) = 'object'
    AND length(btrim(coalesce(labels ->> 'en', '') || coalesce(labels ->> 'ro', '')
        || coalesce(labels ->> 'ru', '') || coalesce(labels ->> 'cs', ''))) > 0);
