package com.intervo.technician.core;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Intervo server in a process of its own (the jar the reactor built), on its embedded PostgreSQL with the
 * demo workspaces: stopped and started again on the same data, like a server restart in production.
 */
final class ServerProcess implements AutoCloseable {

    private final Path jar;
    private final Path work;
    private final int port;
    private Process process;

    ServerProcess() throws IOException {
        String jarPath = System.getProperty("intervo.server.jar");
        if (jarPath == null || !new File(jarPath).isFile()) {
            throw new IllegalStateException("The server jar is missing (" + jarPath
                    + "): build it first, e.g. ./mvnw -pl android/core -am verify");
        }
        jar = Path.of(jarPath);
        work = Path.of(System.getProperty("intervo.server.work", "target/server"));
        deleteTree(work);
        Files.createDirectories(work);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    void start() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "--sun-misc-unsafe-memory-access=allow",
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--intervo.data-dir=" + work.resolve("data").toAbsolutePath(),
                "--logging.level.root=WARN",
                "--logging.level.com.intervo=INFO"));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve("server.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting: see " + work.resolve("server.log"));
            }
            if (answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not start in 4 minutes: see " + work.resolve("server.log"));
    }

    /** Stops the server as an orchestrator would (SIGTERM, then waits); its database stays. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            // the embedded PostgreSQL is a child of the server: wait until it has let go of its data
            ProcessHandle.allProcesses()
                    .filter(p -> p.info()
                            .commandLine()
                            .orElse("")
                            .contains(work.resolve("data").toAbsolutePath().toString()))
                    .forEach(p -> {
                        p.destroy();
                        p.onExit().join();
                    });
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(baseUrl() + "/api/v1/me").openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            int status = c.getResponseCode();
            c.disconnect();
            return status == 401;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
