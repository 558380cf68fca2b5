--liquibase formatted sql

--changeset intervo:dispatch-004-default-statuses
-- Every workspace starts with these ticket statuses (the admin may relabel, recolour, reorder, add or deactivate
-- them). They were seeded by the kernel's customization-003-default-statuses until the module seeded its own: a
-- workspace that has statuses of this workflow keeps them untouched (also one whose admin renamed or added some).
INSERT INTO workflow_status (id, version, created_at, created_by, updated_at, updated_by,
                             workflow, status_key, labels, colour, category, is_final, is_initial, sort_order, active)
SELECT gen_random_uuid(), 0, now(), 'system', now(), 'system',
       v.workflow, v.status_key, v.labels::jsonb, v.colour, v.category, v.is_final, v.is_initial, v.sort_order, true
FROM (VALUES
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
) AS v (workflow, status_key, labels, colour, category, is_final, is_initial, sort_order)
WHERE NOT EXISTS (SELECT 1 FROM workflow_status s WHERE s.workflow = 'TICKET')
ON CONFLICT (workflow, status_key) DO NOTHING;
