--liquibase formatted sql

--changeset intervo:workshop-003-default-statuses
-- Every workspace starts with these service sheet statuses (the admin may relabel, recolour, reorder, add or deactivate
-- them). They were seeded by the kernel's customization-003-default-statuses until the module seeded its own: a
-- workspace that has statuses of this workflow keeps them untouched (also one whose admin renamed or added some).
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
     '#2e7d32', 'DONE', true, false, 6)
) AS v (workflow, status_key, labels, colour, category, is_final, is_initial, sort_order)
WHERE NOT EXISTS (SELECT 1 FROM workflow_status s WHERE s.workflow = 'SERVICE_SHEET')
ON CONFLICT (workflow, status_key) DO NOTHING;
