package org.lvzhi.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own (initdb in a temporary directory, a private port) that the test may stop and
 * start; killed and deleted at the end, or at the JVM's exit if the test failed first. The binaries are PostgreSQL
 * 15's ({@code LVZHI_TEST_PG_BIN} to use others); as root they run in a user namespace, as initdb refuses root.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("LVZHI_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"));

    private final Path directory;
    private final Path data;
    private final int port = ChildNode.freePort();

    PrivatePostgres() {
        try {
            directory = Files.createTempDirectory("lvzhi-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        data = directory.resolve("data");
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        run("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C");
        start();
    }

    /** The server's JDBC URL without a database name. */
    String server() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    Path bin(String tool) {
        return BIN.resolve(tool);
    }

    int port() {
        return port;
    }

    void start() {
        run("pg_ctl", "-D", data.toString(), "-l", directory.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c fsync=off", "start");
    }

    /** {@code pg_ctl stop -m fast}: sessions are ended, as when an operator stops the database. */
    void stop() {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    /** Runs a PostgreSQL tool to its end; answers its output, fails on a non-zero exit. */
    String run(String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin(tool).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        PostmasterPid.kill(data);
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // already gone
        }
    }
}
