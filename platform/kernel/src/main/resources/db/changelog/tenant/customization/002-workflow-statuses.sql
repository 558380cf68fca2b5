--liquibase formatted sql

--changeset intervo:customization-002-workflow-status
CREATE TABLE workflow_status (
    id          uuid         NOT NULL PRIMARY KEY,
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200) NOT NULL,
    workflow    varchar(40)  NOT NULL,
    status_key  varchar(40)  NOT NULL,
    labels      jsonb        NOT NULL,
    colour      varchar(7)   NOT NULL,
    category    varchar(20)  NOT NULL,
    is_final    boolean      NOT NULL DEFAULT false,
    is_initial  boolean      NOT NULL DEFAULT false,
    sort_order  integer      NOT NULL DEFAULT 0,
    active      boolean      NOT NULL DEFAULT true,
    CONSTRAINT workflow_status_workflow_ck CHECK (workflow ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    CONSTRAINT workflow_status_key_ck CHECK (status_key ~ '^[a-z][a-z0-9_]{0,39}$'),
    CONSTRAINT workflow_status_colour_ck CHECK (colour ~ '^#[0-9a-f]{6}$'),
    CONSTRAINT workflow_status_category_ck CHECK (category IN ('OPEN', 'IN_PROGRESS', 'WAITING', 'DONE', 'CANCELLED')),
    CONSTRAINT workflow_status_final_ck CHECK (NOT is_final OR category IN ('DONE', 'CANCELLED')),
    CONSTRAINT workflow_status_initial_ck CHECK (NOT is_initial OR (active AND NOT is_final AND category = 'OPEN')),
    CONSTRAINT workflow_status_sort_order_ck CHECK (sort_order >= 0),
    CONSTRAINT workflow_status_labels_ck CHECK (jsonb_typeof(labels) = 'object'
        AND length(btrim(coalesce(labels ->> 'en', ''))) > 0)
);
CREATE UNIQUE INDEX workflow_status_key_uq ON workflow_status (workflow, status_key);
-- at most one initial status per workflow (the service keeps it exactly one)
CREATE UNIQUE INDEX workflow_status_initial_uq ON workflow_status (workflow) WHERE is_initial;
