-- twenty rows in one INSERT, like one batch of location pings
INSERT INTO bench_row (id, owner, at, payload)
SELECT gen_random_uuid(), :client_id, now(), 'benchmark row' FROM generate_series(1, 20);
