--liquibase formatted sql

--changeset intervo:customization-001-custom-field
CREATE TABLE custom_field (
    id                uuid         NOT NULL PRIMARY KEY,
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(200) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL,
    entity            varchar(30)  NOT NULL,
    equipment_type_id uuid,
    field_key         varchar(40)  NOT NULL,
    field_type        varchar(20)  NOT NULL,
    required          boolean      NOT NULL DEFAULT false,
    sort_order        integer      NOT NULL DEFAULT 0,
    active            boolean      NOT NULL DEFAULT true,
    labels            jsonb        NOT NULL,
    help_texts        jsonb        NOT NULL DEFAULT '{}'::jsonb,
    options           jsonb        NOT NULL DEFAULT '[]'::jsonb,
    CONSTRAINT custom_field_entity_ck CHECK (entity IN ('CUSTOMER', 'EQUIPMENT', 'SERVICE_SHEET', 'TICKET')),
    CONSTRAINT custom_field_type_ck CHECK (field_type IN ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'CHOICE')),
    CONSTRAINT custom_field_key_ck CHECK (field_key ~ '^[a-z][a-z0-9_]{0,39}$'),
    CONSTRAINT custom_field_equipment_type_ck CHECK (equipment_type_id IS NULL OR entity = 'EQUIPMENT'),
    CONSTRAINT custom_field_sort_order_ck CHECK (sort_order >= 0),
    CONSTRAINT custom_field_labels_ck CHECK (jsonb_typeof(labels) = 'object'
        AND length(btrim(coalesce(labels ->> 'en', ''))) > 0),
    CONSTRAINT custom_field_help_ck CHECK (jsonb_typeof(help_texts) = 'object'),
    CONSTRAINT custom_field_options_ck CHECK (jsonb_typeof(options) = 'array'
        AND ((field_type = 'CHOICE') = (jsonb_array_length(options) > 0)))
);
-- one key per entity and equipment type; NULL (every equipment) counts as one value
CREATE UNIQUE INDEX custom_field_key_uq ON custom_field
    (entity, coalesce(equipment_type_id, '00000000-0000-0000-0000-000000000000'::uuid), field_key);
CREATE INDEX custom_field_entity_ix ON custom_field (entity, equipment_type_id, sort_order);
