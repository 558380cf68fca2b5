package com.intervo.benchmarks;

import com.intervo.crm.CustomerService;
import com.intervo.crm.EquipmentService;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.search.GlobalSearch;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.kernel.tenancy.TenantRegistration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Search latency over a big tenant: 1,000,000 equipment rows and 200,000 customers in one tenant schema, queried
 * through the same services the search box, the lists and the API use (trigram GIN indexes, substring match).
 * Not a test. Run: see platform/crm/README.md.
 */
public final class CrmSearchBenchmark {

    private CrmSearchBenchmark() {}

    public static void main(String[] argv) throws Exception {
        int equipmentRows = argv.length > 0 ? Integer.parseInt(argv[0]) : 1_000_000;
        int customerRows = Math.max(1, equipmentRows / 5);
        int queries = argv.length > 1 ? Integer.parseInt(argv[1]) : 1000;
        Path work = Files.createTempDirectory("intervo-search-benchmark-");
        log("# Intervo CRM search benchmark, %s", LocalDateTime.now());
        log(
                "machine: %d CPUs, Java %s; %d equipment rows, %d customers, %d queries per kind",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                equipmentRows,
                customerRows,
                queries);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ConfigurableApplicationContext context = TenancyBenchmark.builder()
                    .run(TenancyBenchmark.with(
                            TenancyBenchmark.appArguments(url),
                            "--logging.threshold.console=off",
                            "--logging.file.name=" + work.resolve("app.log")));
            try {
                TenantId tenant = new TenantId("bench_search");
                context.getBean(TenantProvisioning.class)
                        .provision(
                                TenantRegistration.of(tenant.key(), "Search"),
                                t -> context.getBean(UserDirectory.class)
                                        .create("admin", "Admin", null, "benchmark-pass", Set.of(Role.ADMIN), true),
                                step -> {});
                long loadStarted = System.nanoTime();
                try (Connection c = Db.connect(url)) {
                    String s = tenant.schema();
                    Db.exec(
                            c,
                            "INSERT INTO " + s
                                    + ".customer (id, version, created_at, created_by, updated_at, updated_by,"
                                    + " kind, name, email, phone, tax_id) SELECT gen_random_uuid(), 0, now(), 'benchmark', now(),"
                                    + " 'benchmark', 'PERSON', 'Client ' || i || ' ' || substr(md5(i::text), 1, 8),"
                                    + " 'client' || i || '@example.ro', '07' || lpad((i * 7919 % 100000000)::text, 8, '0'),"
                                    + " 'RO' || (1000000 + i) FROM generate_series(1, " + customerRows + ") i");
                    Db.exec(c, "CREATE TEMP TABLE ids AS SELECT id, row_number() OVER () AS n FROM " + s + ".customer");
                    Db.exec(
                            c,
                            "INSERT INTO " + s + ".equipment (id, version, created_at, created_by, updated_at,"
                                    + " updated_by, customer_id, serial_number, name, custom_fields) SELECT gen_random_uuid(), 0,"
                                    + " now(), 'benchmark', now(), 'benchmark', ids.id, 'SN' || upper(substr(md5(i::text), 1, 12))"
                                    + " || '-' || i, 'Boiler ' || (i % 97), jsonb_build_object('iscir_registration_no',"
                                    + " 'CT-' || i || '/2021') FROM generate_series(1, " + equipmentRows + ") i"
                                    + " JOIN ids ON ids.n = 1 + (i % " + customerRows + ")");
                    Db.exec(c, "ANALYZE " + s + ".customer");
                    Db.exec(c, "ANALYZE " + s + ".equipment");
                    log(
                            "loaded in %.1f s; equipment table + indexes: %s",
                            Stats.ms(System.nanoTime() - loadStarted) / 1000,
                            Db.string(c, "SELECT pg_size_pretty(pg_total_relation_size('" + s + ".equipment'))"));
                }
                TenantContext.bind(tenant);
                UserDirectory users = context.getBean(UserDirectory.class);
                SecurityContext security = SecurityContextHolder.createEmptyContext();
                security.setAuthentication(new IntervoAuthentication(users.principal(
                                tenant,
                                users.findByUsername("admin").orElseThrow().getId())
                        .orElseThrow()));
                SecurityContextHolder.setContext(security);

                EquipmentService equipment = context.getBean(EquipmentService.class);
                CustomerService customers = context.getBean(CustomerService.class);
                GlobalSearch search = context.getBean(GlobalSearch.class);
                Random random = new Random(42);
                List<String> serialFragments = new ArrayList<>();
                List<String> phoneFragments = new ArrayList<>();
                List<String> nameFragments = new ArrayList<>();
                for (int i = 0; i < queries; i++) {
                    int row = 1 + random.nextInt(equipmentRows);
                    String md5 = md5(String.valueOf(row)).toUpperCase(Locale.ROOT);
                    serialFragments.add(md5.substring(2, 9));
                    int customer = 1 + random.nextInt(customerRows);
                    phoneFragments.add(String.format("%08d", (long) customer * 7919 % 100000000)
                            .substring(1, 8));
                    nameFragments.add(md5(String.valueOf(customer)).substring(0, 6));
                }
                measure(
                        "equipment list: serial fragment (7 chars), page of 50 + total count",
                        serialFragments,
                        q -> () -> {
                            equipment.search(q, 0, 50);
                            return equipment.count(q);
                        });
                measure("customer list: phone digits (7), page of 50 + total count", phoneFragments, q -> () -> {
                    customers.search(q, 0, 50);
                    return customers.count(q);
                });
                measure(
                        "search box (customers + equipment, 8 each): name fragment (6 chars)",
                        nameFragments,
                        q -> () -> (long) search.search(q, 8).size());
                measure(
                        "search box: serial fragment (7 chars)",
                        serialFragments,
                        q -> () -> (long) search.search(q, 8).size());
            } finally {
                context.close();
            }
        }
    }

    private static void measure(
            String title, List<String> queries, java.util.function.Function<String, Supplier<Long>> call) {
        for (int i = 0; i < Math.min(100, queries.size()); i++) {
            call.apply(queries.get(i)).get();
        }
        List<Long> nanos = new ArrayList<>();
        long hits = 0;
        for (String q : queries) {
            long t = System.nanoTime();
            hits += call.apply(q).get();
            nanos.add(System.nanoTime() - t);
        }
        Stats stats = Stats.of(nanos);
        log(
                "%s: n=%d, mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms (%.1f hits on average)",
                title,
                stats.n(),
                stats.meanMs(),
                stats.p50Ms(),
                stats.p95Ms(),
                stats.maxMs(),
                (double) hits / queries.size());
    }

    private static String md5(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes());
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[search-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
