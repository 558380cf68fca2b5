--liquibase formatted sql

--changeset intervo:files-001-stored-file
-- A photo or document stored on disk under <files dir>/<tenant schema>/<first two hex chars of id>/<id>;
-- the row holds what was checked about its content. The original name is metadata only, never part of a path.
CREATE TABLE stored_file (
    id            uuid         NOT NULL PRIMARY KEY,
    version       bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    owner_type    varchar(40)  NOT NULL,
    owner_id      uuid         NOT NULL,
    original_name varchar(200) NOT NULL,
    media_type    varchar(40)  NOT NULL,
    size_bytes    bigint       NOT NULL,
    width         integer,
    height        integer,
    sha256        varchar(64)  NOT NULL,
    CONSTRAINT stored_file_owner_type_ck CHECK (owner_type ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    CONSTRAINT stored_file_media_type_ck
        CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    CONSTRAINT stored_file_size_ck CHECK (size_bytes > 0),
    CONSTRAINT stored_file_dimensions_ck CHECK ((width IS NULL) = (height IS NULL)
        AND (width IS NULL OR (width BETWEEN 1 AND 4000 AND height BETWEEN 1 AND 4000))),
    CONSTRAINT stored_file_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX stored_file_owner_ix ON stored_file (owner_type, owner_id);
