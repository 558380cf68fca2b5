--liquibase formatted sql

--changeset intervo:dispatch-005-board-indexes
-- the board reads its lists a page at a time in its urgency order (TicketBoard): the queue and a one-stage filter
-- by stage, the tickets in progress through the partial index of the stages a technician works in
CREATE INDEX ticket_board_ix ON ticket (stage, (CASE priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 3
    WHEN 'NORMAL' THEN 2 ELSE 1 END) DESC, desired_date, created_at, id);
CREATE INDEX ticket_board_active_ix ON ticket ((CASE priority WHEN 'URGENT' THEN 4 WHEN 'HIGH' THEN 3
    WHEN 'NORMAL' THEN 2 ELSE 1 END) DESC, desired_date, created_at, id)
    WHERE stage IN ('ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'POSTPONED');
-- the technicians' load: their open tickets counted per technician
CREATE INDEX ticket_board_load_ix ON ticket (technician_id, desired_date, scheduled_at, planned_minutes)
    WHERE stage IN ('NEW', 'ASSIGNED', 'ACCEPTED', 'EN_ROUTE', 'ON_SITE', 'POSTPONED');
