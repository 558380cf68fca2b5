--liquibase formatted sql

--changeset intervo:customization-003-default-statuses
-- Every tenant starts with these statuses (the admin may relabel, recolour, reorder, add or deactivate them).
INSERT INTO workflow_status (id, version, created_at, created_by, updated_at, updated_by,
                             workflow, status_key, labels, colour, category, is_final, is_initial, sort_order, active)
SELECT gen_random_uuid(), 0, now(), 'system', now(), 'system',
       v.workflow, v.status_key, v.labels::jsonb, v.colour, v.category, v.is_final, v.is_initial, v.sort_order, true
FROM (VALUES
    ('SERVICE_SHEET', 'received', '{"en":"Received","ro":"Recepționat","ru":"Принято","cs":"Přijato"}',
     '#607d8b', 'OPEN', false, true, 0),
    ('SERVICE_SHEET', 'in_work', '{"en":"In work","ro":"În lucru","ru":"В работе","cs":"V opravě"}',
     '#1e88e5', 'IN_PROGRESS', false, false, 1),
    ('SERVICE_SHEET', 'question', '{"en":"Question / waiting for customer","ro":"Întrebare / așteaptă clientul","ru":"Вопрос / ждём клиента","cs":"Dotaz / čeká na zákazníka"}',
     '#fb8c00', 'WAITING', false, false, 2),
    ('SERVICE_SHEET', 'waiting_parts', '{"en":"Waiting for parts","ro":"Așteaptă piese","ru":"Ожидание запчастей","cs":"Čeká na díly"}',
     '#8e24aa', 'WAITING', false, false, 3),
    ('SERVICE_SHEET', 'ready', '{"en":"Ready","ro":"Gata de predare","ru":"Готово к выдаче","cs":"Připraveno k vydání"}',
     '#43a047', 'DONE', false, false, 4),
    ('SERVICE_SHEET', 'unrepairable', '{"en":"Unrepairable","ro":"Nereparabil","ru":"Ремонт невозможен","cs":"Neopravitelné"}',
     '#e53935', 'CANCELLED', false, false, 5),
    ('SERVICE_SHEET', 'handed_over', '{"en":"Handed over","ro":"Predat clientului","ru":"Выдано клиенту","cs":"Předáno zákazníkovi"}',
     '#2e7d32', 'DONE', true, false, 6),
    ('TICKET', 'new', '{"en":"New","ro":"Nou","ru":"Новая","cs":"Nový"}',
     '#607d8b', 'OPEN', false, true, 0),
    ('TICKET', 'assigned', '{"en":"Assigned","ro":"Alocat","ru":"Назначена","cs":"Přiděleno"}',
     '#5c6bc0', 'OPEN', false, false, 1),
    ('TICKET', 'accepted', '{"en":"Accepted","ro":"Acceptat","ru":"Принята","cs":"Přijato"}',
     '#1e88e5', 'IN_PROGRESS', false, false, 2),
    ('TICKET', 'en_route', '{"en":"En route","ro":"Pe drum","ru":"В пути","cs":"Na cestě"}',
     '#039be5', 'IN_PROGRESS', false, false, 3),
    ('TICKET', 'on_site', '{"en":"On site","ro":"La client","ru":"На объекте","cs":"Na místě"}',
     '#00acc1', 'IN_PROGRESS', false, false, 4),
    ('TICKET', 'postponed', '{"en":"Postponed","ro":"Amânat","ru":"Отложено","cs":"Odloženo"}',
     '#fb8c00', 'WAITING', false, false, 5),
    ('TICKET', 'done', '{"en":"Done","ro":"Finalizat","ru":"Выполнено","cs":"Dokončeno"}',
     '#43a047', 'DONE', true, false, 6),
    ('TICKET', 'cancelled', '{"en":"Cancelled","ro":"Anulat","ru":"Отменено","cs":"Zrušeno"}',
     '#9e9e9e', 'CANCELLED', true, false, 7)
) AS v (workflow, status_key, labels, colour, category, is_final, is_initial, sort_order);
