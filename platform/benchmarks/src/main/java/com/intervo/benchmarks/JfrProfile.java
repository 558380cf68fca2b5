package com.intervo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the main thread spends a start-up migration, from a JFR recording with only the two stack samplers on:
 * {@code jdk.ExecutionSample} (thread running Java, every 10 ms) and {@code jdk.NativeMethodSample} (thread in
 * native code, in practice waiting for PostgreSQL's answer on the socket, every 20 ms). Each sample is put in
 * the innermost Liquibase step on its stack.
 */
final class JfrProfile {

    static final int EXECUTION_PERIOD_MS = 10;
    static final int NATIVE_PERIOD_MS = 20;

    /** Step markers, checked from the leaf frame down: the first frame that matches names the sample. */
    static final Map<String, String> STEPS = new LinkedHashMap<>();
    /** Used only when no specific step is on the stack. */
    static final Map<String, String> GENERIC = new LinkedHashMap<>();
    /** For the part of the start-up migration before the first tenant (lock, hash, tenant query). */
    static final Map<String, String> PRELUDE = new LinkedHashMap<>();

    static final Map<String, String> PRELUDE_GENERIC = new LinkedHashMap<>();

    static {
        STEPS.put("ch.qos.logback.", "logging (Logback, incl. Liquibase's warnings)");
        STEPS.put("liquibase.logging.", "logging (Logback, incl. Liquibase's warnings)");
        STEPS.put("liquibase.ui.", "console output (Liquibase UI service)");
        STEPS.put("liquibase.parser.", "parsing the changelog (XML + formatted SQL)");
        STEPS.put("liquibase.changelog.DatabaseChangeLog.include", "parsing the changelog (XML + formatted SQL)");
        STEPS.put("liquibase.changelog.DatabaseChangeLog.handle", "parsing the changelog (XML + formatted SQL)");
        STEPS.put("liquibase.resource.", "resource lookup (class path)");
        STEPS.put("liquibase.integration.spring.SpringResourceAccessor", "resource lookup (class path)");
        STEPS.put("liquibase.change.CheckSum", "checksums");
        STEPS.put("liquibase.changelog.ChangeSet.generateCheckSum", "checksums");
        STEPS.put("liquibase.snapshot.", "database snapshot (JDBC metadata)");
        STEPS.put("liquibase.lockservice.", "lock service (DATABASECHANGELOGLOCK)");
        STEPS.put("liquibase.changelog.StandardChangeLogHistoryService", "history service (DATABASECHANGELOG)");
        STEPS.put("liquibase.database.DatabaseFactory", "database detection / connection set-up");
        STEPS.put("liquibase.database.", "database detection / connection set-up");
        STEPS.put("org.hibernate.", "JPA (tenant rows, hash update)");
        STEPS.put("org.springframework.data.", "JPA (tenant rows, hash update)");
        STEPS.put("com.intervo.kernel.tenancy.StartupTenantMigration.clearStaleLiquibaseLock", "stale-lock DO block");
        PRELUDE.put("java.lang.ClassLoader", "class loading");
        PRELUDE.put("jdk.internal.loader.", "class loading");
        PRELUDE.put("org.springframework.boot.loader.", "class loading");
        PRELUDE.put("org.springframework.core.io.", "class path scan for the changelog hash");
        PRELUDE.put("java.security.MessageDigest", "SHA-256 of the changelog");
        PRELUDE.put("org.postgresql.", "PgJDBC (advisory lock, tenant query)");
        PRELUDE.put("com.zaxxer.hikari.", "Hikari pool");
        PRELUDE.put("org.hibernate.", "Hibernate (first query/transaction in the JVM)");
        PRELUDE_GENERIC.put("org.springframework.", "Spring (transaction, repository proxy)");
        GENERIC.put("liquibase.command.", "other Liquibase (command framework, update loop)");
        GENERIC.put("liquibase.", "other Liquibase (command framework, update loop)");
    }

    record Result(long executionSamples, long nativeSamples, Map<String, long[]> byStep) {}

    private JfrProfile() {}

    static Path writeSettings(Path dir) throws IOException {
        Path jfc = dir.resolve("samplers.jfc");
        Files.writeString(jfc, """
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration version="2.0" label="samplers">
                  <event name="jdk.ExecutionSample">
                    <setting name="enabled">true</setting>
                    <setting name="period">%d ms</setting>
                  </event>
                  <event name="jdk.NativeMethodSample">
                    <setting name="enabled">true</setting>
                    <setting name="period">%d ms</setting>
                  </event>
                </configuration>
                """.formatted(EXECUTION_PERIOD_MS, NATIVE_PERIOD_MS));
        return jfc;
    }

    static Result analyse(
            Path recording,
            String thread,
            Instant from,
            Instant to,
            Map<String, String> specific,
            Map<String, String> generic)
            throws IOException {
        Map<String, long[]> byStep = new TreeMap<>();
        long execution = 0;
        long nativeSamples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            boolean isNative = "jdk.NativeMethodSample".equals(type);
            if (!isNative && !"jdk.ExecutionSample".equals(type)) {
                continue;
            }
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            var sampled = event.getThread("sampledThread");
            if (sampled == null || !thread.equals(sampled.getJavaName())) {
                continue;
            }
            String step = step(event.getStackTrace(), specific, generic);
            long[] counts = byStep.computeIfAbsent(step, k -> new long[2]);
            if (isNative) {
                counts[1]++;
                nativeSamples++;
            } else {
                counts[0]++;
                execution++;
            }
        }
        return new Result(execution, nativeSamples, byStep);
    }

    private static String step(RecordedStackTrace stack, Map<String, String> specific, Map<String, String> generic) {
        if (stack == null) {
            return "(no stack)";
        }
        String found = match(stack.getFrames(), specific);
        if (found != null) {
            return found;
        }
        found = match(stack.getFrames(), generic);
        return found != null ? found : "other";
    }

    /** The innermost frame (leaf first) that one of the markers names. */
    private static String match(List<RecordedFrame> frames, Map<String, String> markers) {
        for (RecordedFrame frame : frames) {
            if (!frame.isJavaFrame() || frame.getMethod() == null) {
                continue;
            }
            String name = frame.getMethod().getType().getName() + "."
                    + frame.getMethod().getName();
            for (var e : markers.entrySet()) {
                if (name.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
