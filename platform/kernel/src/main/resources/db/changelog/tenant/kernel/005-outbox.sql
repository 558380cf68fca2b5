--liquibase formatted sql

--changeset intervo:kernel-005-outbox
-- E-mails queued in the transaction of the change that causes them, sent by a background worker with retries.
-- A message is claimed with FOR UPDATE SKIP LOCKED and marked SENT in the same transaction: one replica sends it.
CREATE TABLE outbox_message (
    id              uuid          NOT NULL PRIMARY KEY,
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(200)  NOT NULL,
    recipient       varchar(320)  NOT NULL,
    subject         varchar(500)  NOT NULL,
    body_text       text          NOT NULL,
    body_html       text,
    owner_type      varchar(40),
    owner_id        uuid,
    purpose         varchar(40)   NOT NULL,
    status          varchar(10)   NOT NULL,
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    sent_at         timestamptz,
    delivered_via   varchar(10),
    last_error      varchar(2000),
    CONSTRAINT outbox_message_status_ck CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    CONSTRAINT outbox_message_via_ck CHECK (delivered_via IS NULL OR delivered_via IN ('SMTP', 'LOG')),
    CONSTRAINT outbox_message_sent_ck CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT outbox_message_attempts_ck CHECK (attempts >= 0),
    CONSTRAINT outbox_message_recipient_ck CHECK (recipient ~ '^[^@\s]+@[^@\s]+$'),
    CONSTRAINT outbox_message_owner_ck CHECK ((owner_type IS NULL) = (owner_id IS NULL)
        AND (owner_type IS NULL OR owner_type ~ '^[A-Z][A-Z0-9_]{0,39}$')),
    CONSTRAINT outbox_message_purpose_ck CHECK (purpose ~ '^[A-Z][A-Z0-9_]{0,39}$')
);
CREATE INDEX outbox_message_due_ix ON outbox_message (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX outbox_message_owner_ix ON outbox_message (owner_type, owner_id);

CREATE TABLE outbox_attachment (
    id          uuid          NOT NULL PRIMARY KEY,
    message_id  uuid          NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    position    integer       NOT NULL,
    file_name   varchar(200)  NOT NULL,
    media_type  varchar(100)  NOT NULL,
    content     bytea         NOT NULL,
    CONSTRAINT outbox_attachment_size_ck CHECK (octet_length(content) BETWEEN 1 AND 10485760),
    CONSTRAINT outbox_attachment_name_ck CHECK (length(trim(file_name)) > 0)
);
CREATE INDEX outbox_attachment_message_ix ON outbox_attachment (message_id);

--changeset intervo:kernel-005-app-notification
-- In-app alerts for one user (a question on a sheet, a repair ready, an overdue repair), with a link to open.
CREATE TABLE app_notification (
    id          uuid          NOT NULL PRIMARY KEY,
    version     bigint        NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(200)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(200)  NOT NULL,
    user_id     uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind        varchar(40)   NOT NULL,
    message_key varchar(200)  NOT NULL,
    params      jsonb         NOT NULL DEFAULT '[]'::jsonb,
    route       varchar(300),
    owner_type  varchar(40),
    owner_id    uuid,
    read_at     timestamptz,
    CONSTRAINT app_notification_kind_ck CHECK (kind ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    CONSTRAINT app_notification_params_ck CHECK (jsonb_typeof(params) = 'array')
);
CREATE INDEX app_notification_user_ix ON app_notification (user_id, created_at DESC);
CREATE INDEX app_notification_unread_ix ON app_notification (user_id) WHERE read_at IS NULL;
