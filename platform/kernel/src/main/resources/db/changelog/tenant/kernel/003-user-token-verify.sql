--liquibase formatted sql

--changeset intervo:kernel-003-user-token-verify
ALTER TABLE user_token DROP CONSTRAINT user_token_purpose_ck;
ALTER TABLE user_token ADD CONSTRAINT user_token_purpose_ck CHECK (purpose IN ('INVITE', 'RESET', 'VERIFY'));
