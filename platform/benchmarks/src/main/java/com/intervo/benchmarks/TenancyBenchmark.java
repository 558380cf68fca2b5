package com.intervo.benchmarks;

import com.intervo.kernel.tenancy.TenantProvisioning;
import com.intervo.kernel.tenancy.TenantRegistration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringResourceAccessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tenancy benchmark (not a test). One run:
 * <ol>
 *   <li>a fresh embedded PostgreSQL (fsync and synchronous_commit on) in a temporary directory;</li>
 *   <li>the application context against it; provision 1 tenant, then N more, each timed;</li>
 *   <li>the same schema by plain DDL for M schemas, one transaction each, timed the same way;</li>
 *   <li>application start-ups in fresh JVMs against the same database: no tenant check, hash check (every tenant
 *       up to date), full Liquibase check (every tenant's hash reset);</li>
 *   <li>one more full check with pg_stat_statements and JFR stack sampling on, to say where the time goes;</li>
 *   <li>backend memory of the pooled connections after provisioning, plain DDL and start-up.</li>
 * </ol>
 * Results and how to read them: platform/README.md.
 * Usage: {@code java -jar intervo-benchmarks.jar [--tenants=200] [--plain=200] [--repeats=3] [--synthetic-tables=20]}.
 */
public final class TenancyBenchmark {

    private final Map<String, String> args;
    private final StringBuilder report = new StringBuilder();
    /** The terminal: System.out itself goes to a file, because Liquibase prints its update summary there. */
    private final PrintStream console = System.out;

    private Path workDir;
    /** Generated changelog files, when --synthetic-tables is given; null otherwise. */
    private Path syntheticRoot;

    private TenancyBenchmark(Map<String, String> args) {
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        if ("startup".equals(args.get("mode"))) {
            StartupRun.run(args);
            System.exit(0);
        }
        int syntheticTables = Integer.parseInt(args.getOrDefault("synthetic-tables", "0"));
        if (syntheticTables > 0 && !args.containsKey("synthetic-root")) {
            System.exit(relaunchWithSyntheticChangelog(argv, syntheticTables));
        }
        new TenancyBenchmark(args).run();
        System.exit(0);
    }

    /** Writes the synthetic changelog and runs the benchmark again with it on the class path. */
    private static int relaunchWithSyntheticChangelog(String[] argv, int tables) throws Exception {
        String slot = SyntheticChangelog.freeSlot(TenancyBenchmark.class.getClassLoader());
        SyntheticChangelog.Layout layout =
                SyntheticChangelog.write(Files.createTempDirectory("intervo-synthetic-changelog-"), slot, tables);
        List<String> command = javaCommand(layout.root(), List.of());
        command.addAll(List.of(argv));
        command.add("--synthetic-root=" + layout.root());
        command.add("--synthetic-layout=" + layout.describe());
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /**
     * This program again in a new JVM with the same JVM options: {@code java -jar} as started, or, with a
     * synthetic changelog directory, Boot's PropertiesLauncher with that directory as {@code loader.path}.
     */
    static List<String> javaCommand(Path extraClassPath, List<String> jvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dloader."))
                .toList());
        command.addAll(jvmArgs);
        String classPath = System.getProperty("java.class.path");
        boolean jar = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
        if (jar && extraClassPath == null) {
            command.addAll(List.of("-jar", classPath));
        } else if (jar) {
            command.addAll(List.of(
                    "-Dloader.path=" + extraClassPath,
                    "-Dloader.main=" + TenancyBenchmark.class.getName(),
                    "-cp",
                    classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            String cp = extraClassPath == null ? classPath : extraClassPath + java.io.File.pathSeparator + classPath;
            command.addAll(List.of("-cp", cp, TenancyBenchmark.class.getName()));
        }
        return command;
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> args = new HashMap<>();
        args.put("mode", "run");
        for (String a : argv) {
            if (a.startsWith("--") && a.contains("=")) {
                args.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (!a.startsWith("--")) {
                args.put("mode", a);
            } else {
                throw new IllegalArgumentException("Unknown argument " + a);
            }
        }
        return args;
    }

    /**
     * What the application needs to run against the benchmark's database, as command-line arguments: they must
     * outrank application.yml (which sets server.port and intervo.tenancy.migrate-on-startup itself).
     */
    static List<String> appArguments(String jdbcUrl) {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--vaadin.launch-browser=false",
                // as in the deployed jar; no frontend bundle is needed because no page is served
                "--vaadin.productionMode=true",
                // the app needs a servlet context (Vaadin's security configurer), not a fixed port
                "--server.port=0");
    }

    static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(BenchmarkApplication.class).web(WebApplicationType.SERVLET);
    }

    static String[] with(List<String> arguments, String... more) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private int intArg(String name, int fallback) {
        return Integer.parseInt(args.getOrDefault(name, String.valueOf(fallback)));
    }

    private void out(String format, Object... values) {
        String line = values.length == 0 ? format : String.format(Locale.ROOT, format, values);
        report.append(line).append('\n');
        console.println("[benchmark] " + line);
    }

    private void run() throws Exception {
        int tenants = intArg("tenants", 200);
        int plain = intArg("plain", tenants);
        int repeats = intArg("repeats", 3);
        workDir = Files.createTempDirectory("intervo-tenancy-benchmark-");
        System.setOut(new PrintStream(Files.newOutputStream(workDir.resolve("stdout.log")), true));
        out("# Intervo tenancy benchmark, %s", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        out("work dir: %s", workDir);
        if (args.containsKey("synthetic-root")) {
            syntheticRoot = Path.of(args.get("synthetic-root"));
            out(
                    "tenant changelog: the project's, plus a SYNTHETIC changelog of %s (generated in %s)",
                    args.get("synthetic-layout"), syntheticRoot);
        } else {
            out("tenant changelog: the project's, as it is");
        }
        out(
                "machine: %d CPUs (availableProcessors), %.1f GiB RAM, %s %s, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(),
                totalMemoryGiB(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
        out("load average at start: %s", loadAverage());

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(workDir.resolve("pgdata"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                // loaded, but tracking is off for the database (below) except during the diagnostic run at the end
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.max", "10000")
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (Connection c = Db.connect(url)) {
                Db.exec(c, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA public");
                // a database setting outranks the server's command line; applies to sessions started from now on
                Db.exec(c, "ALTER DATABASE postgres SET pg_stat_statements.track = 'none'");
                out("PostgreSQL: %s", Db.string(c, "SELECT version()"));
                out("settings: %s", Db.settings(c));
                out("one commit (autocommitted 1-row INSERT, WAL flush): %.2f ms", Db.commitLatencyMs(c, 200));
                out("one round trip (SELECT 1): %.3f ms", Db.roundTripMs(c, 2000));
            }
            provisioningAndPlainDdl(url, tenants, plain);
            startups(url, repeats, tenants + 1);
        }
        out("load average at end: %s", loadAverage());
        Path file = workDir.resolve("results.md");
        Files.writeString(file, report);
        console.println("[benchmark] results written to " + file + " (logs of every run next to it)");
    }

    // ---------------------------------------------------------------- provisioning: Liquibase vs plain DDL

    private void provisioningAndPlainDdl(String url, int tenants, int plain) throws Exception {
        long started = System.nanoTime();
        ConfigurableApplicationContext context = builder()
                .run(with(
                        appArguments(url),
                        // the application's log (Liquibase writes 11 warnings per migration) goes to a file
                        "--logging.threshold.console=off",
                        "--logging.file.name=" + workDir.resolve("provisioning-app.log")));
        out("");
        out(
                "## Provisioning (in-process; application start on an empty database: %.1f s; load average %s)",
                Stats.ms(System.nanoTime() - started) / 1000, loadAverage());
        try {
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            DataSource dataSource = context.getBean(DataSource.class);
            MigrationTimer.drain();

            long t = System.nanoTime();
            provisioning.provision(TenantRegistration.of("bench0000", "Benchmark 0"));
            long first = System.nanoTime() - t;
            List<Long> firstMigrate = MigrationTimer.drain();
            out(
                    "first tenant after start (cold JVM: Liquibase classes, XSD, JIT): provision %.1f ms, of which "
                            + "TenantMigrator.migrate %.1f ms",
                    Stats.ms(first), Stats.ms(firstMigrate.getFirst()));

            List<Long> provision = new ArrayList<>();
            for (int i = 1; i <= tenants; i++) {
                t = System.nanoTime();
                provisioning.provision(TenantRegistration.of(String.format("bench%04d", i), "Benchmark " + i));
                provision.add(System.nanoTime() - t);
            }
            List<Long> migrate = MigrationTimer.drain();
            out("");
            out("| %d tenants, one after another | n | mean ms | p50 ms | p95 ms | max ms | total |", tenants);
            out("|---|---|---|---|---|---|---|");
            out(
                    "| provision() (platform row + Liquibase + activate) | %s |",
                    Stats.of(provision).row());
            out(
                    "| of which TenantMigrator.migrate (Liquibase) | %s |",
                    Stats.of(migrate).row());
            int q = Math.max(1, tenants / 4);
            out("");
            out(
                    "growth: mean provision() of tenants 1-%d: %.1f ms, of tenants %d-%d: %.1f ms",
                    q,
                    Stats.of(provision.subList(0, q)).meanMs(),
                    tenants - q + 1,
                    tenants,
                    Stats.of(provision.subList(tenants - q, tenants)).meanMs());
            out(
                    "Liquibase registries after %d migrations in this JVM: %s",
                    tenants + 1, LiquibaseRegistries.describe());
            List<Db.BackendMemory> memory = Db.poolMemory(dataSource);
            out(
                    "backend memory after provisioning, %d pooled connections: largest %.1f MB (catalog cache %.1f MB), "
                            + "smallest %.1f MB",
                    memory.size(),
                    memory.getFirst().totalMb(),
                    memory.getFirst().cacheMb(),
                    memory.getLast().totalMb());

            parseTiming(context);
            plainDdl(context, url, plain);
        } finally {
            context.close();
        }
    }

    /** Liquibase parses the whole tenant changelog on every migrate(): how much of a tenant is that? */
    private void parseTiming(ConfigurableApplicationContext context) throws Exception {
        for (int i = 0; i < 20; i++) {
            PlainDdl.parse(context);
        }
        List<Long> parse = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long t = System.nanoTime();
            PlainDdl.parse(context);
            parse.add(System.nanoTime() - t);
        }
        out(
                "parsing the tenant changelog (warm JVM, %d changesets, as each migrate() does): %s",
                PlainDdl.parse(context).getChangeSets().size(), Stats.of(parse));
        for (String file :
                List.of("db/changelog/tenant/kernel/changelog.xml", "db/changelog/tenant/kernel/001-users.sql")) {
            List<Long> one = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                long t = System.nanoTime();
                PlainDdl.parse(context, file);
                if (i >= 20) {
                    one.add(System.nanoTime() - t);
                }
            }
            out("  of which %s alone: %s", file, Stats.of(one));
        }
        // an include with errorIfMissing="false" that has no file: Liquibase looks it up on the whole class path
        SpringResourceAccessor accessor = new SpringResourceAccessor(context);
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long t = System.nanoTime();
            accessor.getAll("db/changelog/tenant/invoicing/changelog.xml");
            if (i >= 20) {
                missing.add(System.nanoTime() - t);
            }
        }
        out(
                "looking up one include that does not exist (class path search, before logging its warning): %s",
                Stats.of(missing));
    }

    private void plainDdl(ConfigurableApplicationContext context, String url, int count) throws Exception {
        List<PlainDdl.Script> scripts = PlainDdl.scripts(context);
        List<Long> create = new ArrayList<>();
        List<Long> drop = new ArrayList<>();
        try (Connection c = Db.connect(url)) {
            for (int i = 1; i <= count; i++) {
                long t = System.nanoTime();
                PlainDdl.create(c, String.format("t_plain%04d", i), scripts);
                create.add(System.nanoTime() - t);
            }
            String liquibaseShape = PlainDdl.shape(c, "t_bench0001");
            String plainShape = PlainDdl.shape(c, "t_plain0001");
            Db.BackendMemory memory = Db.backendMemory(c);
            // the start-up runs should see only real (Liquibase-provisioned, registered) tenants
            for (int i = 1; i <= count; i++) {
                long t = System.nanoTime();
                Db.exec(c, String.format("DROP SCHEMA t_plain%04d CASCADE", i));
                drop.add(System.nanoTime() - t);
            }
            out("");
            out(
                    "## Plain DDL: %d changesets' SQL, CREATE SCHEMA + SET LOCAL search_path + statements, one transaction "
                            + "(load average %s)",
                    scripts.size(), loadAverage());
            out("");
            out("| %d schemas, one connection | n | mean ms | p50 ms | p95 ms | max ms | total |", count);
            out("|---|---|---|---|---|---|---|");
            out(
                    "| plain DDL, one transaction per schema | %s |",
                    Stats.of(create).row());
            out("| DROP SCHEMA ... CASCADE (clean-up) | %s |", Stats.of(drop).row());
            out("");
            out(
                    "same schema? Liquibase %s | plain %s -> %s",
                    liquibaseShape, plainShape, liquibaseShape.equals(plainShape) ? "identical" : "DIFFERENT");
            out(
                    "backend memory of the plain-DDL connection after %d schemas: %.1f MB (catalog cache %.1f MB)",
                    count, memory.totalMb(), memory.cacheMb());
        }
    }

    // ---------------------------------------------------------------- start-up in fresh JVMs

    private void startups(String url, int repeats, int expectedTenants) throws Exception {
        out("");
        out(
                "## Start-up in a fresh JVM each, %d registered tenants (%d runs each, interleaved; load average %s)",
                expectedTenants, repeats, loadAverage());
        Map<String, List<Properties>> runs = new LinkedHashMap<>();
        for (String kind : List.of("no check", "hash check", "full Liquibase check")) {
            runs.put(kind, new ArrayList<>());
        }
        for (int r = 1; r <= repeats; r++) {
            runs.get("no check").add(startup(url, false, "nocheck-" + r));
            runs.get("hash check").add(startup(url, true, "hash-" + r));
            resetHashes(url);
            runs.get("full Liquibase check").add(startup(url, true, "full-" + r));
        }
        out("");
        out("| start-up | JVM start → ready, s (each run) | SpringApplication.run, s (mean) | tenants run through "
                + "Liquibase | StartupTenantMigration, ms (each run) | of which before the first tenant (lock, hash, "
                + "tenant query), ms (mean) |");
        out("|---|---|---|---|---|---|");
        for (var e : runs.entrySet()) {
            List<Properties> ps = e.getValue();
            boolean ran = ps.getFirst().containsKey("migrateAllMs");
            out(
                    "| %s | %s | %.2f | %s | %s | %s |",
                    e.getKey(),
                    join(ps, "jvmUptimeAtReadyMs", 1000),
                    mean(ps, "springRunMs") / 1000,
                    ran ? ps.getFirst().getProperty("migrated") : "-",
                    ran ? join(ps, "migrateAllMs", 1) : "(disabled)",
                    ran ? String.format(Locale.ROOT, "%.0f", mean(ps, "preludeMs")) : "-");
        }
        out("");
        out(
                "StartupTenantMigration.migrateAll() called after start-up in the runs without the start-up check, every "
                        + "tenant up to date: first call in the JVM %.0f ms, second call %.1f ms (that is the cost that "
                        + "grows with the tenant count)",
                mean(runs.get("no check"), "coldMigrateAllMs"), mean(runs.get("no check"), "warmMigrateAllMs"));
        out(
                "the changelog hash (class path scan of db/changelog/tenant/** + SHA-256), first time in a JVM (runs "
                        + "without the start-up check): %.0f ms; again in a JVM that has computed it: %.0f ms",
                mean(runs.get("no check"), "computeHashMs"), mean(runs.get("hash check"), "computeHashMinMs"));
        List<Long> perTenant = new ArrayList<>();
        for (Properties p : runs.get("full Liquibase check")) {
            perTenant.addAll(nanos(p));
        }
        out("");
        out("full Liquibase check, per tenant (TenantMigrator.migrate, all runs): %s", Stats.of(perTenant));
        List<Long> firstRun = nanos(runs.get("full Liquibase check").getFirst());
        if (firstRun.size() > 8) {
            int q = firstRun.size() / 4;
            out(
                    "growth within a run: first %d tenants mean %.1f ms (includes the cold first one, %.0f ms), "
                            + "last %d tenants mean %.1f ms",
                    q,
                    Stats.of(firstRun.subList(0, q)).meanMs(),
                    Stats.ms(firstRun.getFirst()),
                    q,
                    Stats.of(firstRun.subList(firstRun.size() - q, firstRun.size()))
                            .meanMs());
        }
        Properties last = runs.get("full Liquibase check").getLast();
        out(
                "Liquibase registries in a start-up JVM after its full check of %s tenants: %s",
                last.getProperty("migrated"), last.getProperty("liquibaseRegistries"));
        out(
                "backend memory after a full check: largest pooled backend %.1f MB (catalog cache %.1f MB)",
                Long.parseLong(last.getProperty("maxBackendBytes")) / 1048576.0,
                Long.parseLong(last.getProperty("maxBackendCacheBytes")) / 1048576.0);
        Properties hash = runs.get("hash check").getLast();
        out(
                "backend memory after a hash-check start-up: largest pooled backend %.1f MB",
                Long.parseLong(hash.getProperty("maxBackendBytes")) / 1048576.0);

        diagnosticRun(url);
    }

    /** One more full check with pg_stat_statements tracking: the server side of a Liquibase check. */
    private void diagnosticRun(String url) throws Exception {
        try (Connection c = Db.connect(url)) {
            Db.exec(c, "ALTER DATABASE postgres SET pg_stat_statements.track = 'top'");
            Db.exec(c, "ALTER DATABASE postgres SET pg_stat_statements.track_planning = on");
            resetHashes(url);
            Db.exec(c, "SELECT public.pg_stat_statements_reset()");
        }
        Path recording = workDir.resolve("diagnostic.jfr");
        Properties p = startup(
                url,
                true,
                "diagnostic",
                List.of(
                        "-XX:FlightRecorderOptions:stackdepth=512",
                        "-XX:StartFlightRecording=filename=" + recording + ",settings="
                                + JfrProfile.writeSettings(workDir)));
        int checked = Integer.parseInt(p.getProperty("migrated"));
        Stats perTenant = Stats.of(nanos(p));
        try (Connection c = Db.connect(url)) {
            Db.exec(c, "ALTER DATABASE postgres SET pg_stat_statements.track = 'none'");
            Db.exec(c, "ALTER DATABASE postgres RESET pg_stat_statements.track_planning");
            Map<String, double[]> categories = new LinkedHashMap<>();
            List<String> top = new ArrayList<>();
            double totalMs = 0;
            double totalPlanMs = 0;
            long totalCalls = 0;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT query, calls, total_exec_time, total_plan_time FROM public.pg_stat_statements s "
                                    + "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = 'postgres' "
                                    + "ORDER BY total_exec_time + total_plan_time DESC")) {
                while (rs.next()) {
                    String query = rs.getString(1);
                    long calls = rs.getLong(2);
                    double ms = rs.getDouble(3);
                    double planMs = rs.getDouble(4);
                    if (query.contains("pg_stat_statements") || query.contains("pg_backend_memory_contexts")) {
                        continue;
                    }
                    totalMs += ms;
                    totalPlanMs += planMs;
                    totalCalls += calls;
                    double[] acc = categories.computeIfAbsent(category(query), k -> new double[3]);
                    acc[0] += calls;
                    acc[1] += ms;
                    acc[2] += planMs;
                    if (top.size() < 15) {
                        top.add(String.format(
                                Locale.ROOT,
                                "| %d | %.1f | %.1f | %.3f | %s | `%s` |",
                                calls,
                                ms,
                                planMs,
                                (ms + planMs) / calls,
                                category(query).replaceAll(" \\(.*", ""),
                                abbreviate(query)));
                    }
                }
            }
            out("");
            out(
                    "## Where a full Liquibase check's time goes (diagnostic run, pg_stat_statements track=top, %d tenants)",
                    checked);
            out("");
            out(
                    "per tenant wall time in this run: %s; StartupTenantMigration total %s ms",
                    perTenant, p.getProperty("migrateAllMs"));
            out(
                    "whole start-up, all statements of the database: %d calls, %.0f ms server execution + %.0f ms planning",
                    totalCalls, totalMs, totalPlanMs);
            out("");
            out("| statement group | calls per tenant | execution ms per tenant | planning ms per tenant |");
            out("|---|---|---|---|");
            for (var e : categories.entrySet()) {
                out(
                        "| %s | %.1f | %.2f | %.2f |",
                        e.getKey(), e.getValue()[0] / checked, e.getValue()[1] / checked, e.getValue()[2] / checked);
            }
            out(
                    "| **all** | %.1f | %.2f | %.2f |",
                    totalCalls / (double) checked, totalMs / checked, totalPlanMs / checked);
            out("");
            out("| calls | execution ms | planning ms | ms/call | group | statement (top by server time) |");
            out("|---|---|---|---|---|---|");
            top.forEach(this::out);
        }
        long start = Long.parseLong(p.getProperty("migrateStartEpochMs"));
        long loop = Long.parseLong(p.getProperty("migrateLoopStartEpochMs"));
        long end = Long.parseLong(p.getProperty("migrateEndEpochMs"));
        JfrProfile.Result profile = JfrProfile.analyse(
                recording,
                "main",
                Instant.ofEpochMilli(loop),
                Instant.ofEpochMilli(end),
                JfrProfile.STEPS,
                JfrProfile.GENERIC);
        out("");
        out(
                "Main thread during the tenant loop of StartupTenantMigration (same run, JFR: a sample every %d ms while "
                        + "running Java, every %d ms while in native code, i.e. waiting for PostgreSQL): %d + %d samples "
                        + "≈ %.0f ms of %d ms (the rest: not sampled, e.g. runnable but not scheduled, JIT, GC)",
                JfrProfile.EXECUTION_PERIOD_MS,
                JfrProfile.NATIVE_PERIOD_MS,
                profile.executionSamples(),
                profile.nativeSamples(),
                weight(profile.executionSamples(), profile.nativeSamples()),
                end - loop);
        profileTable(profile, checked, "innermost Liquibase step on the stack", "per tenant");
        JfrProfile.Result prelude = JfrProfile.analyse(
                recording,
                "main",
                Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(loop),
                JfrProfile.PRELUDE,
                JfrProfile.PRELUDE_GENERIC);
        out("");
        out(
                "Before the first tenant (advisory lock, changelog hash, tenant query): %d ms; JFR %d + %d samples ≈ %.0f ms",
                loop - start,
                prelude.executionSamples(),
                prelude.nativeSamples(),
                weight(prelude.executionSamples(), prelude.nativeSamples()));
        profileTable(prelude, 1, "innermost step on the stack", "total");
    }

    private void profileTable(JfrProfile.Result profile, int divisor, String what, String unit) {
        out("");
        out("| %s | running Java, ms %s | waiting in native (socket), ms %s | share |", what, unit, unit);
        out("|---|---|---|---|");
        double all = weight(profile.executionSamples(), profile.nativeSamples());
        profile.byStep().entrySet().stream()
                .sorted((a, b) -> Double.compare(
                        weight(b.getValue()[0], b.getValue()[1]), weight(a.getValue()[0], a.getValue()[1])))
                .forEach(e -> out(
                        "| %s | %.1f | %.1f | %.0f %% |",
                        e.getKey(),
                        (double) e.getValue()[0] * JfrProfile.EXECUTION_PERIOD_MS / divisor,
                        (double) e.getValue()[1] * JfrProfile.NATIVE_PERIOD_MS / divisor,
                        100 * weight(e.getValue()[0], e.getValue()[1]) / all));
    }

    private static double weight(long executionSamples, long nativeSamples) {
        return (double) executionSamples * JfrProfile.EXECUTION_PERIOD_MS
                + (double) nativeSamples * JfrProfile.NATIVE_PERIOD_MS;
    }

    private static String category(String query) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        if (q.contains("databasechangeloglock")) {
            return "DATABASECHANGELOGLOCK (create/check/acquire/release the lock, stale-lock DO block)";
        }
        if (q.contains("databasechangelog")) {
            return "DATABASECHANGELOG (create/check/read the history)";
        }
        if (q.contains("pg_catalog")
                || q.contains("information_schema")
                || q.contains("pg_namespace")
                || q.contains("pg_class")
                || q.contains("pg_settings")) {
            return "catalog / JDBC metadata / pg_settings queries";
        }
        if (q.startsWith("commit")
                || q.startsWith("begin")
                || q.startsWith("rollback")
                || q.startsWith("set ")
                || q.startsWith("show")
                || q.startsWith("create schema")
                || q.startsWith("select version")
                || q.startsWith("select current")
                || q.startsWith("select pg_advisory")) {
            return "session / transaction control (COMMIT, SET search_path, CREATE SCHEMA IF NOT EXISTS, ...)";
        }
        if (q.contains("platform.")) {
            return "platform schema (tenant rows, hash update)";
        }
        return "other";
    }

    private static String abbreviate(String query) {
        String q = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
        return q.length() > 110 ? q.substring(0, 110) + "…" : q;
    }

    private void resetHashes(String url) throws SQLException {
        try (Connection c = Db.connect(url)) {
            Db.exec(c, "UPDATE platform.tenant SET schema_hash = 'old'");
        }
    }

    private Properties startup(String url, boolean migrate, String name) throws Exception {
        return startup(url, migrate, name, List.of());
    }

    private Properties startup(String url, boolean migrate, String name, List<String> jvmArgs) throws Exception {
        Path result = workDir.resolve("startup-" + name + ".properties");
        Path log = workDir.resolve("startup-" + name + ".log");
        List<String> command = javaCommand(syntheticRoot, jvmArgs);
        if (syntheticRoot != null) {
            command.add("--synthetic-root=" + syntheticRoot);
        }
        command.addAll(List.of("startup", "--jdbc-url=" + url, "--migrate=" + migrate, "--result=" + result));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("start-up run " + name + " timed out, see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(result)) {
            throw new IllegalStateException(
                    "start-up run " + name + " failed (exit " + process.exitValue() + "), see " + log);
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(result)) {
            p.load(in);
        }
        console.printf(
                Locale.ROOT,
                "[benchmark] start-up %s: ready after %s ms JVM uptime, migrated %s, "
                        + "StartupTenantMigration %s ms%n",
                name,
                p.getProperty("jvmUptimeAtReadyMs"),
                p.getProperty("migrated", "-"),
                p.getProperty("migrateAllMs", "-"));
        return p;
    }

    private static List<Long> nanos(Properties p) {
        List<Long> list = new ArrayList<>();
        String s = p.getProperty("migrateNanos", "");
        if (!s.isBlank()) {
            for (String n : s.split(",")) {
                list.add(Long.parseLong(n));
            }
        }
        return list;
    }

    private static double mean(List<Properties> ps, String key) {
        return ps.stream()
                .mapToDouble(p -> Double.parseDouble(p.getProperty(key)))
                .average()
                .orElse(Double.NaN);
    }

    private static String join(List<Properties> ps, String key, double divisor) {
        List<String> values = new ArrayList<>();
        for (Properties p : ps) {
            double v = Double.parseDouble(p.getProperty(key)) / divisor;
            values.add(divisor == 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v));
        }
        return String.join(" / ", values);
    }

    private static double totalMemoryGiB() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return Double.NaN;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
