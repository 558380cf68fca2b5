--liquibase formatted sql

--changeset intervo:crm-004-keep-parent-function splitStatements:false
-- a child row (a customer's site or contact, a checklist's point...) never moves to another parent: an update that
-- would re-parent it is refused by the database, whatever the application sends
CREATE FUNCTION keep_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_jsonb(NEW) ->> TG_ARGV[0] IS DISTINCT FROM to_jsonb(OLD) ->> TG_ARGV[0] THEN
        RAISE EXCEPTION 'A row of % keeps its %', TG_TABLE_NAME, TG_ARGV[0]
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

--changeset intervo:crm-004-keep-parent-triggers
CREATE TRIGGER site_keeps_customer BEFORE UPDATE OF customer_id ON site
    FOR EACH ROW EXECUTE FUNCTION keep_parent('customer_id');
CREATE TRIGGER customer_contact_keeps_customer BEFORE UPDATE OF customer_id ON customer_contact
    FOR EACH ROW EXECUTE FUNCTION keep_parent('customer_id');
CREATE TRIGGER checklist_point_keeps_checklist BEFORE UPDATE OF checklist_id ON checklist_point
    FOR EACH ROW EXECUTE FUNCTION keep_parent('checklist_id');
