package com.intervo.benchmarks;

import com.intervo.crm.CustomerDraft;
import com.intervo.crm.CustomerService;
import com.intervo.crm.domain.Customer;
import com.intervo.crm.domain.Site;
import com.intervo.dispatch.TicketDesk;
import com.intervo.dispatch.TicketDetails;
import com.intervo.dispatch.TicketDraft;
import com.intervo.dispatch.TicketPriority;
import com.intervo.kernel.identity.ApiTokenService;
import com.intervo.kernel.identity.IntervoAuthentication;
import com.intervo.kernel.identity.Role;
import com.intervo.kernel.identity.UserDirectory;
import com.intervo.kernel.licensing.Entitlement;
import com.intervo.kernel.licensing.Licenses;
import com.intervo.kernel.licensing.ModuleKey;
import com.intervo.kernel.tenancy.TenantContext;
import com.intervo.kernel.tenancy.TenantId;
import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.kernel.tenancy.TenantRegistration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The technicians' API under load, over loopback: 1,000 simulated technicians (each its own bearer token) send
 * location pings (batches of 5) and then work their tickets (accept, en route, arrived — with Idempotency-Key and the
 * version they saw), {@code concurrency} requests in flight at a time. Then pgbench does single-row inserts on the
 * same PostgreSQL, same machine, same run, with as many clients. Not a test; bounded in count and time; loopback only.
 *
 * <p>Arguments: technicians (1000), ping requests per technician (10), concurrency (32), pgbench seconds (20), the
 * pings per request of the second ping run (20; the same number of pings as the first run, in bigger batches).
 */
public final class DispatchLoadBenchmark {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private DispatchLoadBenchmark() {}

    public static void main(String[] argv) throws Exception {
        int technicians = argv.length > 0 ? Integer.parseInt(argv[0]) : 1000;
        int pingRequests = argv.length > 1 ? Integer.parseInt(argv[1]) : 10;
        int concurrency = argv.length > 2 ? Integer.parseInt(argv[2]) : 32;
        int pgbenchSeconds = argv.length > 3 ? Integer.parseInt(argv[3]) : 20;
        int bigBatch = argv.length > 4 ? Integer.parseInt(argv[4]) : 20;
        Path work = Files.createTempDirectory("intervo-dispatch-benchmark-");
        log("# Intervo dispatch API load benchmark, %s", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        log(
                "machine: %d CPUs, Java %s; %d technicians, %d ping requests each (5 pings per request), %d in flight",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                technicians,
                pingRequests,
                concurrency);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            log(
                    "PostgreSQL %s (embedded, fsync and synchronous_commit on), data in %s",
                    version(url), work.resolve("pgdata"));
            ConfigurableApplicationContext context = TenancyBenchmark.builder()
                    .run(TenancyBenchmark.with(
                            TenancyBenchmark.appArguments(url),
                            "--logging.threshold.console=off",
                            "--logging.file.name=" + work.resolve("app.log")));
            try {
                int port =
                        ((WebServerApplicationContext) context).getWebServer().getPort();
                TenantId tenant = new TenantId("bench_dispatch");
                List<String> tokens = new ArrayList<>();
                List<String> tickets = new ArrayList<>();
                List<Long> versions = new ArrayList<>();
                setUp(context, url, tenant, technicians, tokens, tickets, versions);
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(
                                4, Thread.ofPlatform().daemon().factory()))
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                String base = "http://127.0.0.1:" + port + "/api/v1/dispatch";

                // warm-up: the JIT and the pools, not measured
                run(
                        client,
                        concurrency,
                        Math.min(2000, technicians * 2),
                        i -> ping(
                                base,
                                tokens.get(i % tokens.size()),
                                Instant.now().minus(3, ChronoUnit.DAYS).plusMillis(i * 10L),
                                5));

                // the floor every call stands on: bearer-token authentication, license check, a tiny JSON answer
                Result me = run(
                        client,
                        concurrency,
                        technicians * 2,
                        i -> new Call(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                                        .header("Authorization", "Bearer " + tokens.get(i % technicians))
                                        .GET()
                                        .build(),
                                response -> {}));
                report("baseline: GET /api/v1/me (authentication only)", me, 0);

                Result pings = run(
                        client,
                        concurrency,
                        technicians * pingRequests,
                        i -> ping(
                                base,
                                tokens.get(i % technicians),
                                Instant.now().minus(1, ChronoUnit.HOURS).plusMillis(i * 5L),
                                5));
                report("location pings (POST /locations, 5 pings per request)", pings, 5);
                // the same number of pings in bigger batches, as a phone that uploads every few minutes sends them
                int bigRequests = Math.max(1, technicians * pingRequests * 5 / bigBatch);
                Result bigPings = run(
                        client,
                        concurrency,
                        bigRequests,
                        i -> ping(
                                base,
                                tokens.get(i % technicians),
                                Instant.now().minus(2, ChronoUnit.HOURS).plusMillis(i * (bigBatch + 5L)),
                                bigBatch));
                report("location pings (POST /locations, " + bigBatch + " pings per request)", bigPings, bigBatch);

                AtomicLong[] seen = new AtomicLong[technicians];
                for (int i = 0; i < technicians; i++) {
                    seen[i] = new AtomicLong(versions.get(i));
                }
                String[] steps = {"accept", "en-route", "arrived"};
                Result actions = null;
                List<Long> allNanos = new ArrayList<>();
                long started = System.nanoTime();
                int errors = 0;
                for (String step : steps) {
                    Result r = run(client, concurrency, technicians, i -> {
                        String body = "{\"version\":" + seen[i].get() + ",\"latitude\":46.77,\"longitude\":23.59}";
                        HttpRequest request = HttpRequest.newBuilder(
                                        URI.create(base + "/tickets/" + tickets.get(i) + "/" + step))
                                .header("Authorization", "Bearer " + tokens.get(i))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", step + "-" + tickets.get(i))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        return new Call(request, response -> {
                            Matcher m = VERSION.matcher(response);
                            if (m.find()) {
                                seen[i].set(Long.parseLong(m.group(1)));
                            }
                        });
                    });
                    allNanos.addAll(r.nanos());
                    errors += r.errors();
                }
                actions = new Result(allNanos, errors, System.nanoTime() - started);
                report("ticket actions (accept, en route, arrived; Idempotency-Key, version)", actions, 1);

                try (Connection c = Db.connect(url)) {
                    log(
                            "rows: %d location pings stored, %d action log lines, %d idempotency records",
                            Db.number(c, "select count(*) from " + tenant.schema() + ".technician_location"),
                            Db.number(c, "select count(*) from " + tenant.schema() + ".ticket_action"),
                            Db.number(c, "select count(*) from " + tenant.schema() + ".idempotent_request"));
                }
                pgbench(postgres, work, concurrency, pgbenchSeconds, pings, bigPings, bigBatch, actions);
            } finally {
                context.close();
            }
        }
        System.exit(0);
    }

    private static void setUp(
            ConfigurableApplicationContext context,
            String url,
            TenantId tenant,
            int technicians,
            List<String> tokens,
            List<String> tickets,
            List<Long> versions)
            throws Exception {
        long started = System.nanoTime();
        UserDirectory users = context.getBean(UserDirectory.class);
        context.getBean(TenantProvisioning.class)
                .provision(
                        TenantRegistration.of(tenant.key(), "Dispatch load"),
                        t -> {
                            users.create(
                                    "dispatcher", "Dispatcher", null, "benchmark-pass", Set.of(Role.DISPATCHER), false);
                            users.create("admin", "Admin", null, "benchmark-pass", Set.of(Role.ADMIN), true);
                        },
                        step -> {});
        context.getBean(Licenses.class)
                .grant(
                        tenant,
                        ModuleKey.DISPATCH,
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        null,
                        Entitlement.Source.MANUAL);
        // 1,000 technicians by SQL (one password hash for all: hashing each would only measure BCrypt)
        try (Connection c = Db.connect(url)) {
            String s = tenant.schema();
            String hash = Db.string(c, "select password_hash from " + s + ".app_user where username = 'dispatcher'");
            Db.exec(
                    c,
                    "insert into " + s + ".app_user (id, version, created_at, created_by, updated_at, updated_by,"
                            + " username, display_name, password_hash) select gen_random_uuid(), 0, now(), 'benchmark', now(),"
                            + " 'benchmark', 'tech' || i, 'Technician ' || i, '" + hash + "' from generate_series(1, "
                            + technicians + ") i");
            Db.exec(
                    c,
                    "insert into " + s + ".app_user_role (user_id, role) select id, 'TECHNICIAN' from " + s
                            + ".app_user where username like 'tech%'");
        }
        ApiTokenService apiTokens = context.getBean(ApiTokenService.class);
        TicketDesk desk = context.getBean(TicketDesk.class);
        CustomerService customers = context.getBean(CustomerService.class);
        var dispatcher = TenantContext.callAs(
                tenant,
                () -> users.principal(
                                tenant,
                                users.findByUsername("dispatcher").orElseThrow().getId())
                        .orElseThrow());
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new IntervoAuthentication(dispatcher));
        SecurityContextHolder.setContext(security);
        TenantContext.bind(tenant);
        try {
            Customer customer = customers.create(new CustomerDraft(
                    Customer.Kind.COMPANY,
                    "Load Test SRL",
                    null,
                    null,
                    "0700 000 000",
                    "ro",
                    null,
                    Map.of(),
                    List.of(),
                    List.of(new Site.Draft(
                            null,
                            "Site",
                            "Str. 1",
                            "Cluj-Napoca",
                            "Cluj",
                            "400000",
                            "RO",
                            new BigDecimal("46.77"),
                            new BigDecimal("23.59")))));
            for (int i = 1; i <= technicians; i++) {
                UUID id = users.findByUsername("tech" + i).orElseThrow().getId();
                var principal = users.principal(tenant, id).orElseThrow();
                tokens.add(apiTokens.issue(principal).token());
                TicketDetails t = desk.open(
                        TicketDraft.call(customer.getId(), null, null, "Load test " + i, TicketPriority.NORMAL, null)
                                .assignedTo(id));
                tickets.add(t.id().toString());
                versions.add(t.version());
            }
        } finally {
            TenantContext.clear();
            SecurityContextHolder.clearContext();
        }
        log(
                "set-up: %d technicians with tokens and one assigned ticket each, %.1f s",
                technicians, Stats.ms(System.nanoTime() - started) / 1000);
    }

    private record Call(HttpRequest request, java.util.function.Consumer<String> onOk) {}

    private record Result(List<Long> nanos, int errors, long elapsedNanos) {}

    private static Call ping(String base, String token, Instant first, int batch) {
        StringBuilder body = new StringBuilder("{\"pings\":[");
        for (int p = 0; p < batch; p++) {
            if (p > 0) {
                body.append(',');
            }
            body.append("{\"recordedAt\":\"")
                    .append(first.plusMillis(p))
                    .append("\",\"latitude\":")
                    .append(46.7 + p / 1000.0)
                    .append(",\"longitude\":23.5,\"accuracyM\":8,\"battery\":80}");
        }
        body.append("]}");
        return new Call(
                HttpRequest.newBuilder(URI.create(base + "/locations"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                response -> {});
    }

    /** {@code count} calls, {@code concurrency} at a time; latency of each, errors counted, total elapsed. */
    private static Result run(HttpClient client, int concurrency, int count, java.util.function.IntFunction<Call> calls)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                concurrency, Thread.ofPlatform().daemon().factory());
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Call call = calls.apply(i);
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response =
                                client.send(call.request(), HttpResponse.BodyHandlers.ofString());
                        nanos.add(System.nanoTime() - t);
                        if (response.statusCode() >= 300) {
                            if (errors.incrementAndGet() <= 3) {
                                log("error %d: %s", response.statusCode(), response.body());
                            }
                        } else {
                            call.onOk().accept(response.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get(30, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new Result(new ArrayList<>(nanos), errors.get(), System.nanoTime() - started);
    }

    private static double p(List<Long> nanos, double q) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return Stats.ms(sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
    }

    private static void report(String title, Result r, int rowsPerRequest) {
        double seconds = r.elapsedNanos() / 1e9;
        log(
                "%s: %d requests in %.1f s = %.0f req/s (%.0f rows/s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms; %d errors",
                title,
                r.nanos().size(),
                seconds,
                r.nanos().size() / seconds,
                r.nanos().size() * rowsPerRequest / seconds,
                p(r.nanos(), 0.5),
                p(r.nanos(), 0.95),
                p(r.nanos(), 0.99),
                p(r.nanos(), 1.0),
                r.errors());
    }

    /** pgbench with single-row inserts into a plain table like technician_location, same clients, same database. */
    private static void pgbench(
            EmbeddedPostgres postgres,
            Path work,
            int clients,
            int seconds,
            Result pings,
            Result bigPings,
            int bigBatch,
            Result actions)
            throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        try (Connection c = Db.connect(url)) {
            Db.exec(
                    c,
                    "create table if not exists pgbench_ping (user_id uuid not null, recorded_at timestamptz not null,"
                            + " received_at timestamptz not null, latitude numeric(9,6) not null, longitude numeric(9,6) not null,"
                            + " accuracy_m numeric(9,1), primary key (user_id, recorded_at))");
        }
        Path script = work.resolve("insert.sql");
        Files.writeString(
                script,
                "INSERT INTO pgbench_ping VALUES (gen_random_uuid(), clock_timestamp(), now(),"
                        + " 46.77, 23.59, 8);\n");
        ProcessBuilder pb = new ProcessBuilder(
                        "pgbench",
                        "-n",
                        "-h",
                        "localhost",
                        "-p",
                        String.valueOf(postgres.getPort()),
                        "-U",
                        "postgres",
                        "-c",
                        String.valueOf(clients),
                        "-j",
                        "2",
                        "-T",
                        String.valueOf(seconds),
                        "-f",
                        script.toString(),
                        "postgres")
                .redirectErrorStream(true);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            log("pgbench not found (Debian: apt-get install postgresql-client): %s", e.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
        if (!tps.find()) {
            log("pgbench failed:%n%s", output);
            return;
        }
        double pgbenchTps = Double.parseDouble(tps.group(1));
        log(
                "pgbench: single-row INSERT, %d clients, %d s: %.0f tps, latency average %s ms",
                clients, seconds, pgbenchTps, latency.find() ? latency.group(1) : "?");
        double pingRequests = pings.nanos().size() / (pings.elapsedNanos() / 1e9);
        double actionRequests = actions.nanos().size() / (actions.elapsedNanos() / 1e9);
        double bigRequests = bigPings.nanos().size() / (bigPings.elapsedNanos() / 1e9);
        log(
                "ratio to pgbench: ping requests %.2f×, ping rows %.2f× (batches of 5), %.2f× (batches of %d),"
                        + " ticket actions %.2f×",
                pingRequests / pgbenchTps,
                pingRequests * 5 / pgbenchTps,
                bigRequests * bigBatch / pgbenchTps,
                bigBatch,
                actionRequests / pgbenchTps);
    }

    private static String version(String url) throws Exception {
        try (Connection c = Db.connect(url)) {
            return Db.string(c, "show server_version");
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[dispatch-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
