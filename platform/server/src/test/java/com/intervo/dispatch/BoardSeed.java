package com.intervo.dispatch;

import com.intervo.kernel.tenancy.TenantId;
import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** A large dispatch workspace made by plain SQL: for the board's scale test and its measurement. */
public final class BoardSeed {

    private BoardSeed() {}

    /**
     * Adds technicians (with a last position each, half of them in the fixture's zone) and open tickets (one in ten
     * unassigned, the rest assigned round the technicians) at 5,000 sites spread over Romania, by plain SQL in the
     * workspace's schema, as {@code platform/benchmarks/load/generate.sql} does.
     */
    public static void seed(JdbcTemplate jdbc, TenantId tenant, int tickets, int technicians) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            boolean auto = con.getAutoCommit();
            con.setAutoCommit(false);
            try (Statement sql = con.createStatement()) {
                sql.execute("SET LOCAL search_path = " + tenant.schema() + ", extensions, public");
                sql.execute("""
                        CREATE OR REPLACE FUNCTION pg_temp.clone_user(n int) RETURNS void LANGUAGE plpgsql AS $$
                        DECLARE cols text;
                        BEGIN
                            SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
                            FROM pg_attribute a WHERE a.attrelid = 'app_user'::regclass AND a.attnum > 0
                              AND NOT a.attisdropped AND a.attgenerated = '';
                            EXECUTE format('INSERT INTO app_user (%s) SELECT %s FROM (SELECT (jsonb_populate_record('
                                || 'null::app_user, to_jsonb(t) || jsonb_build_object(''id'', gen_random_uuid(), '
                                || '''username'', ''scale-tech-'' || i, ''display_name'', ''Scale Technician '' || '
                                || 'lpad(i::text, 3, ''0''), ''email'', null, ''version'', 0))).* FROM (SELECT * FROM '
                                || 'app_user WHERE username = ''technician'') t, generate_series(1, %s) i) r',
                                cols, cols, n);
                        END $$""");
                sql.execute("SELECT pg_temp.clone_user(" + technicians + ")");
                sql.execute("INSERT INTO app_user_role (user_id, role) SELECT id, 'TECHNICIAN' FROM app_user"
                        + " WHERE username LIKE 'scale-tech-%'");
                sql.execute(
                        "INSERT INTO user_zone (user_id, zone_id) SELECT u.id, (SELECT id FROM zone LIMIT 1)"
                                + " FROM app_user u WHERE u.username LIKE 'scale-tech-%' AND substr(u.username, 12)::int % 2 = 0");
                sql.execute("""
                        INSERT INTO technician_position (user_id, recorded_at, latitude, longitude, accuracy_m)
                        SELECT id, now() - (substr(username, 12)::int || ' minutes')::interval,
                               44 + (substr(username, 12)::int * 37 % 400) / 100.0,
                               21 + (substr(username, 12)::int * 53 % 800) / 100.0, 10
                        FROM app_user WHERE username LIKE 'scale-tech-%'""");
                sql.execute("""
                        INSERT INTO customer (id, version, created_at, created_by, updated_at, updated_by, kind, name)
                        SELECT gen_random_uuid(), 0, now(), 'seed', now(), 'seed', 'PERSON', 'Scale Customer ' || i
                        FROM generate_series(1, 1000) i""");
                sql.execute("""
                        CREATE TEMP TABLE scale_site ON COMMIT DROP AS
                        SELECT row_number() OVER () AS n, gen_random_uuid() AS id, c.id AS customer_id
                        FROM customer c CROSS JOIN generate_series(1, 5) k WHERE c.name LIKE 'Scale Customer %'""");
                sql.execute("""
                        INSERT INTO site (id, customer_id, position, label, city, latitude, longitude)
                        SELECT id, customer_id, n % 5, 'Site ' || n, 'Oraș',
                               44 + (n * 7919 % 4000) / 1000.0, 21 + (n * 104729 % 8000) / 1000.0
                        FROM scale_site""");
                sql.execute("""
                        CREATE TEMP TABLE scale_tech ON COMMIT DROP AS
                        SELECT row_number() OVER (ORDER BY username) - 1 AS n, id FROM app_user
                        WHERE username LIKE 'scale-tech-%'""");
                sql.execute("""
                        INSERT INTO ticket (id, version, created_at, created_by, updated_at, updated_by, number, kind,
                                            source, customer_id, site_id, zone_id, problem, priority, desired_date,
                                            stage, technician_id, assigned_at)
                        SELECT gen_random_uuid(), 0, now() - (i || ' seconds')::interval, 'seed', now(), 'seed',
                               'S-' || lpad(i::text, 6, '0'), 'REPAIR', 'PHONE', s.customer_id, s.id,
                               CASE WHEN i % 2 = 0 THEN (SELECT id FROM zone LIMIT 1) END, 'Scale visit ' || i,
                               (ARRAY['LOW','NORMAL','HIGH','URGENT'])[1 + (i / 10) % 4], current_date + (i % 5),
                               CASE WHEN i % 10 = 0 THEN 'NEW' ELSE 'ASSIGNED' END,
                               CASE WHEN i % 10 = 0 THEN NULL ELSE t.id END,
                               CASE WHEN i % 10 = 0 THEN NULL ELSE now() END
                        FROM generate_series(1, {tickets}) i
                        JOIN scale_site s ON s.n = 1 + i % 5000
                        JOIN scale_tech t ON t.n = i % {technicians}""".replace("{tickets}", String.valueOf(tickets))
                        .replace("{technicians}", String.valueOf(technicians)));
                con.commit();
                sql.execute("ANALYZE " + tenant.schema() + ".ticket");
                sql.execute("ANALYZE " + tenant.schema() + ".site");
                sql.execute("ANALYZE " + tenant.schema() + ".app_user");
                con.commit();
            } catch (java.sql.SQLException | RuntimeException e) {
                con.rollback();
                throw e;
            } finally {
                con.setAutoCommit(auto);
            }
            return null;
        });
    }
}
