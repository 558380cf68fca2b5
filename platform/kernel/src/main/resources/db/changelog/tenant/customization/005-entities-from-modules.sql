--liquibase formatted sql

--changeset intervo:customization-005-entities-from-modules
-- The records that take custom fields are registered by the modules (CustomizableEntities checks every key against
-- them), so the table no longer lists them: a new module's entity needs no kernel changeset. Existing rows keep
-- their keys. The default statuses of the modules' workflows are seeded by the modules' own changesets.
ALTER TABLE custom_field DROP CONSTRAINT custom_field_entity_ck;
ALTER TABLE custom_field ADD CONSTRAINT custom_field_entity_ck CHECK (entity ~ '^[A-Z][A-Z0-9_]{1,29}$');
