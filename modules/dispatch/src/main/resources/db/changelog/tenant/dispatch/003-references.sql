--liquibase formatted sql

--changeset intervo:dispatch-003-references
-- ids that pointed at rows of other changelogs without a foreign key. Orphans first: a ticket's checklist copy and
-- its action log keep their text when the catalog point or the user is gone (the link becomes NULL); a stored
-- idempotent answer of a user that no longer exists is of no use.
UPDATE ticket_checklist_item i SET point_id = NULL
WHERE i.point_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM checklist_point p WHERE p.id = i.point_id);
-- a checklist's points are replaced when it is edited: the ticket keeps its own copy, only the link goes
ALTER TABLE ticket_checklist_item ADD CONSTRAINT ticket_checklist_item_point_fk
    FOREIGN KEY (point_id) REFERENCES checklist_point (id) ON DELETE SET NULL;
CREATE INDEX ticket_checklist_item_point_ix ON ticket_checklist_item (point_id);

UPDATE ticket_action a SET user_id = NULL
WHERE a.user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = a.user_id);
ALTER TABLE ticket_action ADD CONSTRAINT ticket_action_user_fk
    FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL;

DELETE FROM idempotent_request r WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = r.user_id);
ALTER TABLE idempotent_request ADD CONSTRAINT idempotent_request_user_fk
    FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE;

--changeset intervo:dispatch-003-lines-keep-their-ticket
-- a ticket's lines never move to another ticket (keep_parent comes with the CRM changelog)
CREATE TRIGGER ticket_part_keeps_ticket BEFORE UPDATE OF ticket_id ON ticket_part
    FOR EACH ROW EXECUTE FUNCTION keep_parent('ticket_id');
CREATE TRIGGER ticket_finding_keeps_ticket BEFORE UPDATE OF ticket_id ON ticket_finding
    FOR EACH ROW EXECUTE FUNCTION keep_parent('ticket_id');
CREATE TRIGGER ticket_checklist_item_keeps_ticket BEFORE UPDATE OF ticket_id ON ticket_checklist_item
    FOR EACH ROW EXECUTE FUNCTION keep_parent('ticket_id');
