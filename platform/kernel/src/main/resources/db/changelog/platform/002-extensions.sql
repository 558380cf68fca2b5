--liquibase formatted sql

--changeset intervo:platform-002-trigram
-- Extensions live in their own schema: tenant connections search only their own schema, so queries and
-- indexes name them explicitly (extensions.gin_trgm_ops).
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
