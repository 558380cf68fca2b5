package com.intervo.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Small JDBC helpers for the benchmark's own measurements (never used by the code under test). */
final class Db {

    private Db() {}

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static long number(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Memory of this connection's backend: all memory contexts (bytes) and the catalog cache alone. */
    record BackendMemory(int pid, long totalBytes, long cacheBytes) {
        double totalMb() {
            return totalBytes / 1048576.0;
        }

        double cacheMb() {
            return cacheBytes / 1048576.0;
        }
    }

    static BackendMemory backendMemory(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT pg_backend_pid(), sum(total_bytes), "
                        + "sum(total_bytes) FILTER (WHERE name = 'CacheMemoryContext' OR parent = 'CacheMemoryContext') "
                        + "FROM pg_backend_memory_contexts")) {
            rs.next();
            return new BackendMemory(rs.getInt(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /**
     * Borrows every connection the pool holds at once (so each is a different backend) and reads each one's
     * memory; the largest is the one that did the work.
     */
    static List<BackendMemory> poolMemory(DataSource dataSource) throws SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        int total = Math.max(1, hikari.getHikariPoolMXBean().getTotalConnections());
        List<Connection> held = new ArrayList<>();
        List<BackendMemory> result = new ArrayList<>();
        try {
            for (int i = 0; i < total; i++) {
                Connection c = hikari.getConnection();
                held.add(c);
                result.add(backendMemory(c));
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        result.sort((a, b) -> Long.compare(b.totalBytes(), a.totalBytes()));
        return result;
    }

    /** Server settings that decide whether the numbers are honest. */
    static Map<String, String> settings(Connection c) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : List.of(
                "server_version",
                "fsync",
                "synchronous_commit",
                "wal_sync_method",
                "full_page_writes",
                "shared_buffers",
                "max_connections",
                "shared_preload_libraries")) {
            settings.put(name, string(c, "SHOW " + name));
        }
        return settings;
    }

    /** Mean wall time of an autocommitted one-row INSERT: what one commit (WAL flush) costs on this machine. */
    static double commitLatencyMs(Connection c, int n) throws SQLException {
        exec(c, "CREATE TABLE public.bench_commit (id int)");
        try (var ps = c.prepareStatement("INSERT INTO public.bench_commit VALUES (?)")) {
            for (int i = 0; i < 20; i++) {
                ps.setInt(1, i);
                ps.executeUpdate();
            }
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ps.setInt(1, i);
                ps.executeUpdate();
            }
            return Stats.ms(System.nanoTime() - started) / n;
        } finally {
            exec(c, "DROP TABLE public.bench_commit");
        }
    }

    /** Mean wall time of {@code SELECT 1}: one client-server round trip with next to no server work. */
    static double roundTripMs(Connection c, int n) throws SQLException {
        try (var ps = c.prepareStatement("SELECT 1")) {
            for (int i = 0; i < 200; i++) {
                ps.executeQuery().close();
            }
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ps.executeQuery().close();
            }
            return Stats.ms(System.nanoTime() - started) / n;
        }
    }
}
