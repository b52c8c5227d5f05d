package org.lvzhi.bootstrap;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product as an operator runs it: {@link Application#main} in a JVM of its own (the test class path, as the fat jar
 * may not be built yet), on a free port, its output in a file. {@link #terminate} is SIGTERM, {@link #close} kills
 * whatever is left.
 */
final class ChildNode implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Path dataDir;
    private final int port;

    private ChildNode(Process process, Path log, Path dataDir, int port) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * Starts a node with the system properties given and waits until it serves (at most 120 s). Its data directory
     * (the embedded PostgreSQL's, when no database is given) is {@code data} under the work directory.
     */
    static ChildNode start(Path workDir, Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                "-Dfile.encoding=UTF-8", "-Dmicronaut.server.port=" + port, "-Dlvzhi.data-dir=" + dataDir(workDir)));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()));
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve("node-" + port + ".log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            ChildNode node = new ChildNode(process, log, dataDir(workDir), port);
            Runtime.getRuntime().addShutdownHook(new Thread(node::close));
            node.awaitServing(Duration.ofSeconds(120));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dataDir(Path workDir) {
        return workDir.resolve("data");
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A client on a connection of its own. */
    ApiClient client() {
        return new ApiClient(uri(), JsonMapper.createDefault());
    }

    /** SIGTERM, as systemd and Ctrl-C stop the node. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; answers whether it did in time. */
    boolean awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private void awaitServing(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node ended at start-up:\n" + output());
            }
            try {
                if (client().get("/health", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            pause();
        }
        close();
        throw new IllegalStateException("the node did not serve within " + limit + ":\n" + output());
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the node and its embedded PostgreSQL (which pg_ctl detached from the node's process tree). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PostmasterPid.kill(dataDir.resolve("postgres"));
    }
}
