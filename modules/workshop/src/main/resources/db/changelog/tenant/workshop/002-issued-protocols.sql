--liquibase formatted sql

--changeset intervo:workshop-002-issued-protocols
-- The protocols as issued: the intake protocol when the device is taken in (re-issued when the intake description
-- is corrected; earlier issues stay stored), the handover protocol at hand-over. Downloads, e-mails and the portal
-- serve these files, so a later change of a template, the company data or the customer does not rewrite a
-- protocol the customer already has. Sheets taken in before this change have none and are rendered on request.
ALTER TABLE service_sheet
    ADD COLUMN intake_protocol_file_id   uuid REFERENCES stored_file (id),
    ADD COLUMN handover_protocol_file_id uuid REFERENCES stored_file (id),
    ADD CONSTRAINT service_sheet_handover_protocol_ck
        CHECK (handover_protocol_file_id IS NULL OR handed_over_at IS NOT NULL);
