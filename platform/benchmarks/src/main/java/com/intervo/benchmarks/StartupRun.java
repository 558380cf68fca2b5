package com.intervo.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.intervo.kernel.tenancy.TenantMigrator;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.Advised;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application start in a fresh JVM (Liquibase keeps per-JVM state, so a second start in the same JVM
 * would flatter it), against the PostgreSQL the parent process keeps running. Writes its numbers to a
 * properties file for the parent.
 */
final class StartupRun {

    private static final Pattern READY = Pattern.compile("Tenant schemas ready: (\\d+) migrated in (\\d+) ms");
    private static final Pattern COUNTS =
            Pattern.compile("Tenant schemas: (\\d+) active, (\\d+) up to date, (\\d+) to migrate");

    private StartupRun() {}

    static void run(Map<String, String> args) throws Exception {
        String url = args.get("jdbc-url");
        boolean migrate = Boolean.parseBoolean(args.getOrDefault("migrate", "true"));
        Path result = Path.of(args.get("result"));

        List<String> lines = new ArrayList<>();
        long started = System.nanoTime();
        ConfigurableApplicationContext context = TenancyBenchmark.builder()
                .listeners(event -> {
                    if (event instanceof ApplicationPreparedEvent) {
                        captureTenancyLog(lines); // after Boot has (re)initialised Logback
                    }
                })
                .run(TenancyBenchmark.with(
                        TenancyBenchmark.appArguments(url), "--intervo.tenancy.migrate-on-startup=" + migrate));
        long runNanos = System.nanoTime() - started;
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();

        Properties out = new Properties();
        out.setProperty("migrateOnStartup", String.valueOf(migrate));
        out.setProperty("springRunMs", String.valueOf(Stats.ms(runNanos)));
        out.setProperty("jvmUptimeAtReadyMs", String.valueOf(uptimeMs));
        synchronized (lines) {
            long countsAt = -1;
            long startedAt = -1;
            for (String line : lines) {
                long at = Long.parseLong(line.substring(0, line.indexOf('|')));
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    out.setProperty("migrated", m.group(1));
                    out.setProperty("migrateAllMs", m.group(2));
                    startedAt = at - Long.parseLong(m.group(2));
                }
                m = COUNTS.matcher(line);
                if (m.find()) {
                    out.setProperty("active", m.group(1));
                    out.setProperty("upToDate", m.group(2));
                    out.setProperty("toMigrate", m.group(3));
                    countsAt = at;
                }
            }
            if (countsAt >= 0 && startedAt >= 0) {
                // from migrateAll()'s start to its first log line: advisory lock, changelog hash, tenant query
                out.setProperty("preludeMs", String.valueOf(countsAt - startedAt));
                out.setProperty("migrateStartEpochMs", String.valueOf(startedAt));
                out.setProperty("migrateLoopStartEpochMs", String.valueOf(countsAt));
                out.setProperty(
                        "migrateEndEpochMs",
                        String.valueOf(startedAt + Long.parseLong(out.getProperty("migrateAllMs"))));
            }
        }
        out.setProperty("liquibaseRegistries", LiquibaseRegistries.describe());
        List<Long> migrations = MigrationTimer.drain();
        out.setProperty("migrateCalls", String.valueOf(migrations.size()));
        StringBuilder each = new StringBuilder();
        for (long n : migrations) {
            each.append(each.isEmpty() ? "" : ",").append(n);
        }
        out.setProperty("migrateNanos", each.toString());
        // the hash over the tenant changelog files (a class path scan), as the start-up computes it once
        Object migrator = context.getBean(TenantMigrator.class);
        Object target =
                migrator instanceof Advised advised ? advised.getTargetSource().getTarget() : migrator;
        Method computeHash = TenantMigrator.class.getDeclaredMethod("computeHash");
        computeHash.setAccessible(true);
        List<Long> hashNanos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            computeHash.invoke(target);
            hashNanos.add(System.nanoTime() - t);
        }
        out.setProperty("computeHashMs", String.valueOf(Stats.ms(hashNanos.getFirst())));
        out.setProperty("computeHashMinMs", String.valueOf(Stats.of(hashNanos).minMs()));
        if (!migrate) {
            // the hash-check path by itself: cold (first in this JVM) and warm, every tenant up to date
            Class<?> type = Class.forName("com.intervo.kernel.tenancy.StartupTenantMigration");
            Object startupMigration = context.getBean(type);
            Method migrateAll = type.getDeclaredMethod("migrateAll");
            migrateAll.setAccessible(true);
            long t = System.nanoTime();
            Object n1 = migrateAll.invoke(startupMigration);
            out.setProperty("coldMigrateAllMs", String.valueOf(Stats.ms(System.nanoTime() - t)));
            t = System.nanoTime();
            Object n2 = migrateAll.invoke(startupMigration);
            out.setProperty("warmMigrateAllMs", String.valueOf(Stats.ms(System.nanoTime() - t)));
            out.setProperty("migrateAllReturned", n1 + "," + n2);
        }
        List<Db.BackendMemory> memory = Db.poolMemory(context.getBean(DataSource.class));
        out.setProperty("poolConnections", String.valueOf(memory.size()));
        out.setProperty("maxBackendBytes", String.valueOf(memory.getFirst().totalBytes()));
        out.setProperty("maxBackendCacheBytes", String.valueOf(memory.getFirst().cacheBytes()));
        out.setProperty("minBackendBytes", String.valueOf(memory.getLast().totalBytes()));
        context.close();
        try (OutputStream os = Files.newOutputStream(result)) {
            out.store(os, "start-up run");
        }
    }

    private static void captureTenancyLog(List<String> lines) {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = logback.getLogger("com.intervo.kernel.tenancy.StartupTenantMigration");
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                synchronized (lines) {
                    lines.add(event.getTimeStamp() + "|" + event.getFormattedMessage());
                }
            }
        };
        appender.setContext(logback);
        appender.setName("benchmark-capture");
        appender.start();
        logger.addAppender(appender);
    }
}
