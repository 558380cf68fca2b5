-- Generated data for the load benchmark, added to one demo-like workspace of a running Intervo.
-- psql variables: schema (t_demo), workspace (demo), technicians, tickets, customers, equipment.
-- Rows are cloned from the workspace's own demo rows (generated columns and triggers apply as in the product);
-- tokens are the SHA-256 of known strings, as ApiTokenService stores them.
\set ON_ERROR_STOP on
SET search_path = :"schema", extensions, public;

-- clone one template row n times; overrides is a jsonb expression over t (the template) and i (1..n)
CREATE OR REPLACE FUNCTION pg_temp.clone_rows(tbl regclass, template_where text, n int, overrides text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    cols text;
BEGIN
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
    FROM pg_attribute a
    WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '';
    EXECUTE format('INSERT INTO %s (%s) SELECT %s FROM (SELECT (jsonb_populate_record(null::%s, to_jsonb(t) || (%s))).*'
                   ' FROM (SELECT * FROM %s WHERE %s LIMIT 1) t, generate_series(1, %s) i) r',
                   tbl, cols, cols, tbl, overrides, tbl, template_where, n);
END;
$$;

-- technicians bench-tech-1..N, in the demo technician's zones
SELECT pg_temp.clone_rows('app_user', $$username = 'technician'$$, :technicians,
    $$jsonb_build_object('id', gen_random_uuid(), 'username', 'bench-tech-' || i, 'display_name', 'Bench Technician ' || i,
                         'email', null, 'version', 0)$$);
INSERT INTO app_user_role (user_id, role)
SELECT id, 'TECHNICIAN' FROM app_user WHERE username LIKE 'bench-tech-%';
INSERT INTO user_zone (user_id, zone_id)
SELECT u.id, z.zone_id FROM app_user u
CROSS JOIN (SELECT zone_id FROM user_zone WHERE user_id = (SELECT id FROM app_user WHERE username = 'technician')) z
WHERE u.username LIKE 'bench-tech-%';

-- customers: common surnames of the demo's languages, so that a search finds a realistic handful
SELECT pg_temp.clone_rows('customer', $$kind = 'PERSON'$$, :customers,
    $$jsonb_build_object('id', gen_random_uuid(), 'version', 0,
        'name', (ARRAY['Popescu','Ionescu','Popa','Novák','Svoboda','Dvořák','Иванов','Смирнов','Kuznetsov','Horváth',
                       'Marin','Stan','Dumitru','Constantin','Procházka','Černý','Lungu','Rusu','Munteanu','Ceban'])[1 + i % 20]
                || ' ' || (ARRAY['Ion','Maria','Andrei','Elena','Jan','Petr','Eva','Olga','Ivan','Anna'])[1 + (i / 20) % 10]
                || ' ' || i,
        'email', 'bench' || i || '@example.com', 'phone', '07' || lpad((i % 100000000)::text, 8, '0'),
        'tax_id', null, 'custom_fields', '{}'::jsonb)$$);

-- equipment up to the asked total, spread over the generated customers
CREATE TEMP TABLE bench_customer AS
SELECT row_number() OVER () AS n, id FROM customer WHERE email LIKE 'bench%@example.com';
CREATE TEMP TABLE bench_tech AS
SELECT row_number() OVER () AS n, id FROM app_user WHERE username LIKE 'bench-tech-%';
SELECT pg_temp.clone_rows('equipment', 'true', greatest(0, :equipment - (SELECT count(*) FROM equipment))::int,
    $$jsonb_build_object('id', gen_random_uuid(), 'version', 0, 'serial_number', 'BN' || lpad(i::text, 9, '0'),
        'name', (ARRAY['Boiler','Heat pump','Chiller','Air handler','Compressor','Printer','Laptop','Generator'])[1 + i % 8]
                || ' ' || i,
        'customer_id', ((SELECT array_agg(id ORDER BY n) FROM bench_customer))[1 + i % (SELECT count(*) FROM bench_customer)],
        'site_id', null, 'custom_fields', '{}'::jsonb)$$);

-- open tickets: 10 % in the unassigned queue, the rest assigned to the technicians, scheduled today
SELECT pg_temp.clone_rows('ticket', 'true', :tickets,
    $$jsonb_build_object('id', gen_random_uuid(), 'version', 0, 'number', 'B-' || lpad(i::text, 7, '0'),
        'stage', CASE WHEN i % 10 = 0 THEN 'NEW' ELSE 'ASSIGNED' END,
        'technician_id', CASE WHEN i % 10 = 0 THEN null
                              ELSE ((SELECT array_agg(id ORDER BY n) FROM bench_tech))[1 + i % (SELECT count(*) FROM bench_tech)] END,
        'previous_technician_id', null, 'stage_before_postpone', null, 'decline_reason', null,
        'postpone_reason', null, 'cancel_reason', null, 'eta', null,
        'assigned_at', CASE WHEN i % 10 = 0 THEN null ELSE now() END,
        'accepted_at', null, 'en_route_at', null, 'arrived_at', null, 'arrived_latitude', null,
        'arrived_longitude', null, 'arrival_no_fix_reason', null, 'finished_at', null, 'work_done', null,
        'labour_minutes', null, 'work_started_at', null, 'timed_minutes', 0, 'signer_name', null,
        'signature_file_id', null, 'signed_at', null, 'report_file_id', null, 'report_number', null,
        'report_released_at', null, 'approved_at', null, 'approved_by', null, 'approval_note', null,
        'checklist_id', null, 'checklist_name', null,
        'problem', 'Benchmark visit ' || i, 'priority', (ARRAY['LOW','NORMAL','HIGH','URGENT'])[1 + i % 4],
        'desired_date', current_date, 'scheduled_at', date_trunc('day', now()) + interval '8 hours'
                                                     + (i % 9) * interval '1 hour')$$);

-- API tokens: bench-tech-i → ivt_bench_tech_i, admin → ivt_bench_admin
INSERT INTO platform.api_token (id, version, created_at, created_by, updated_at, updated_by, tenant_id, user_id,
                                token_hash, expires_at)
SELECT gen_random_uuid(), 0, now(), 'benchmark', now(), 'benchmark',
       (SELECT id FROM platform.tenant WHERE tenant_key = :'workspace'), u.id,
       encode(sha256(convert_to(CASE WHEN u.username = 'admin' THEN 'ivt_bench_admin'
                                     ELSE 'ivt_bench_tech_' || substr(u.username, 12) END, 'UTF8')), 'hex'),
       now() + interval '1 day'
FROM app_user u WHERE u.username LIKE 'bench-tech-%' OR u.username = 'admin';

ANALYZE;
