--liquibase formatted sql

--changeset intervo:crm-001-checklist
CREATE TABLE checklist (
    id         uuid         NOT NULL PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    name       varchar(200) NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    CONSTRAINT checklist_name_ck CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX checklist_name_uq ON checklist (lower(name));

CREATE TABLE checklist_point (
    id           uuid         NOT NULL PRIMARY KEY,
    checklist_id uuid         NOT NULL REFERENCES checklist (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    text         varchar(500) NOT NULL,
    mandatory    boolean      NOT NULL DEFAULT false,
    CONSTRAINT checklist_point_text_ck CHECK (length(trim(text)) > 0),
    CONSTRAINT checklist_point_position_uq UNIQUE (checklist_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- predefined defects and possible causes of a point
CREATE TABLE checklist_point_option (
    id       uuid         NOT NULL PRIMARY KEY,
    point_id uuid         NOT NULL REFERENCES checklist_point (id) ON DELETE CASCADE,
    kind     varchar(10)  NOT NULL,
    position integer      NOT NULL,
    text     varchar(500) NOT NULL,
    CONSTRAINT checklist_point_option_kind_ck CHECK (kind IN ('DEFECT', 'CAUSE')),
    CONSTRAINT checklist_point_option_text_ck CHECK (length(trim(text)) > 0)
);

--changeset intervo:crm-001-equipment-type
CREATE TABLE equipment_type (
    id           uuid         NOT NULL PRIMARY KEY,
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(200) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(200) NOT NULL,
    name         varchar(200) NOT NULL,
    description  varchar(2000),
    checklist_id uuid REFERENCES checklist (id) ON DELETE SET NULL,
    active       boolean      NOT NULL DEFAULT true,
    CONSTRAINT equipment_type_name_ck CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX equipment_type_name_uq ON equipment_type (lower(name));

CREATE TABLE manufacturer (
    id         uuid         NOT NULL PRIMARY KEY,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200) NOT NULL,
    name       varchar(200) NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    CONSTRAINT manufacturer_name_ck CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX manufacturer_name_uq ON manufacturer (lower(name));

CREATE TABLE equipment_model (
    id                uuid         NOT NULL PRIMARY KEY,
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(200) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL,
    manufacturer_id   uuid         NOT NULL REFERENCES manufacturer (id),
    equipment_type_id uuid         NOT NULL REFERENCES equipment_type (id),
    name              varchar(200) NOT NULL,
    active            boolean      NOT NULL DEFAULT true,
    CONSTRAINT equipment_model_name_ck CHECK (length(trim(name)) > 0)
);
CREATE UNIQUE INDEX equipment_model_name_uq ON equipment_model (manufacturer_id, lower(name));
CREATE INDEX equipment_model_type_ix ON equipment_model (equipment_type_id);

--changeset intervo:crm-001-problem-service-part
CREATE TABLE problem (
    id                uuid         NOT NULL PRIMARY KEY,
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(200) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL,
    name              varchar(300) NOT NULL,
    equipment_type_id uuid REFERENCES equipment_type (id) ON DELETE SET NULL,
    active            boolean      NOT NULL DEFAULT true,
    CONSTRAINT problem_name_ck CHECK (length(trim(name)) > 0)
);

CREATE TABLE service_item (
    id         uuid          NOT NULL PRIMARY KEY,
    version    bigint        NOT NULL,
    created_at timestamptz   NOT NULL,
    created_by varchar(200)  NOT NULL,
    updated_at timestamptz   NOT NULL,
    updated_by varchar(200)  NOT NULL,
    code       varchar(50)   NOT NULL,
    name       varchar(300)  NOT NULL,
    unit       varchar(20)   NOT NULL,
    cost       numeric(19,4) NOT NULL,
    price      numeric(19,4) NOT NULL,
    currency   char(3)       NOT NULL,
    vat_rate   numeric(5,2)  NOT NULL,
    active     boolean       NOT NULL DEFAULT true,
    CONSTRAINT service_item_money_ck CHECK (cost >= 0 AND price >= 0),
    CONSTRAINT service_item_vat_ck CHECK (vat_rate >= 0 AND vat_rate <= 100),
    CONSTRAINT service_item_currency_ck CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT service_item_name_ck CHECK (length(trim(name)) > 0 AND length(trim(code)) > 0)
);
CREATE UNIQUE INDEX service_item_code_uq ON service_item (lower(code));

CREATE TABLE part (
    id         uuid          NOT NULL PRIMARY KEY,
    version    bigint        NOT NULL,
    created_at timestamptz   NOT NULL,
    created_by varchar(200)  NOT NULL,
    updated_at timestamptz   NOT NULL,
    updated_by varchar(200)  NOT NULL,
    code       varchar(50)   NOT NULL,
    name       varchar(300)  NOT NULL,
    unit       varchar(20)   NOT NULL,
    cost       numeric(19,4) NOT NULL,
    price      numeric(19,4) NOT NULL,
    currency   char(3)       NOT NULL,
    vat_rate   numeric(5,2)  NOT NULL,
    active     boolean       NOT NULL DEFAULT true,
    CONSTRAINT part_money_ck CHECK (cost >= 0 AND price >= 0),
    CONSTRAINT part_vat_ck CHECK (vat_rate >= 0 AND vat_rate <= 100),
    CONSTRAINT part_currency_ck CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT part_name_ck CHECK (length(trim(name)) > 0 AND length(trim(code)) > 0)
);
CREATE UNIQUE INDEX part_code_uq ON part (lower(code));
