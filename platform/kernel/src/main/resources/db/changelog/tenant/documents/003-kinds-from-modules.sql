--liquibase formatted sql

--changeset intervo:documents-003-kinds-from-modules
-- The kinds of document are registered by the modules (DocumentKinds checks every key against them), so the
-- tables no longer list them: a new module's kind needs no kernel changeset. Existing rows keep their keys.
ALTER TABLE document_template DROP CONSTRAINT document_template_kind_ck;
ALTER TABLE document_template ADD CONSTRAINT document_template_kind_ck CHECK (kind ~ '^[A-Z][A-Z0-9_]{1,29}$');
ALTER TABLE document_layout DROP CONSTRAINT document_layout_kind_ck;
ALTER TABLE document_layout ADD CONSTRAINT document_layout_kind_ck CHECK (kind ~ '^[A-Z][A-Z0-9_]{1,29}$');
ALTER TABLE document_terms DROP CONSTRAINT document_terms_kind_ck;
ALTER TABLE document_terms ADD CONSTRAINT document_terms_kind_ck CHECK (kind ~ '^[A-Z][A-Z0-9_]{1,29}$');
