-- one single-row INSERT per transaction, like one ticket action's write
INSERT INTO bench_row (id, owner, at, payload) VALUES (gen_random_uuid(), :client_id, now(), 'benchmark row');
