package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM with requests in flight, to the product on its embedded default, run as an operator runs it. */
class GracefulStopIT {

    private static final Duration DRAIN = Duration.ofSeconds(5);
    /** What stopping takes beyond the drain: the scheduler, the pools and the embedded PostgreSQL. */
    private static final Duration STOP_MARGIN = Duration.ofSeconds(10);
    private static final int CALLERS = 6;

    @TempDir
    Path work;

    /** One registration: its status (0 when refused, -1 when the connection was cut), when it started and ended. */
    private record Call(int status, String id, long startedAt, long endedAt) {
    }

    @Test
    @DisplayName("SIGTERM under load: requests in flight are answered, later ones refused, acknowledged writes kept, exit within the drain")
    void stopsInOrderUnderLoad() throws Exception {
        List<Call> calls = new CopyOnWriteArrayList<>();
        long signalledAt;
        long exitedAt;
        try (ChildNode node = ChildNode.start(work, Map.of("lvzhi.shutdown.drain", DRAIN.toSeconds() + "s",
                // the callers register as fast as the node answers: this test is about stopping, not rate limits
                "lvzhi.rate-limit.caller.capacity", "100000", "lvzhi.rate-limit.caller.per-second", "100000"))) {
            ApiClient api = node.client();
            String liaison = api.token("qinghai-liaison");
            String term = api.firstTermId(liaison);
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            for (int caller = 0; caller < CALLERS; caller++) {
                callers.execute(() -> {
                    while (loading.get()) {
                        calls.add(register(node, liaison, term));
                    }
                });
            }
            Thread.sleep(2_000);
            signalledAt = System.nanoTime();
            node.terminate();
            boolean exited = node.awaitExit(DRAIN.plus(STOP_MARGIN));
            exitedAt = System.nanoTime();
            loading.set(false);
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(exited).as("the node exits within the drain; its output:%n%s", node.output()).isTrue();
            assertThat(node.output()).contains("stands by", "released", "stopped");
        }
        List<Call> answeredAfterSignal = calls.stream().filter(c -> c.startedAt() < signalledAt && c.endedAt() > signalledAt && c.status() > 0).toList();
        List<String> acknowledged = calls.stream().filter(c -> c.status() == 201).map(Call::id).toList();

        // A call sent after the signal may still be served (the JVM takes the signal a moment later), refused, or reset
        // when the kernel had accepted it into the listen backlog of a listener that then closes: all fair answers to a
        // call sent to a stopping node. A call under way before the signal is never cut.
        assertThat(calls).filteredOn(c -> c.startedAt() < signalledAt).extracting(Call::status)
                .as("calls made before the signal: answered (201, or 503 while stopping) or refused (0); none cut")
                .allMatch(status -> status == 201 || status == 503 || status == 0);
        assertThat(calls).filteredOn(c -> c.startedAt() >= signalledAt).extracting(Call::status)
                .as("calls made after the signal: answered, or refused at the listener (0) or in its backlog (-1)")
                .allMatch(status -> status == 201 || status == 503 || status == 0 || status == -1);
        assertThat(answeredAfterSignal).as("requests in flight at the signal were answered").isNotEmpty();
        assertThat(storedOf(acknowledged)).as("every acknowledged registration is stored").isEqualTo(acknowledged.size());
        System.out.printf("GracefulStopIT: %d calls, %d acknowledged, %d in flight at SIGTERM answered, exit %d ms after SIGTERM%n",
                calls.size(), acknowledged.size(), answeredAfterSignal.size(), Duration.ofNanos(exitedAt - signalledAt).toMillis());
    }

    private static Call register(ChildNode node, String token, String term) {
        long started = System.nanoTime();
        try {
            var response = node.client().post("/api/v1/deputies", token,
                    Map.of("name", "停机测试" + UUID.randomUUID().toString().substring(0, 6), "termId", term, "constituency", "ELECTING_UNIT"));
            return new Call(response.status(), response.status() == 201 ? response.text("id") : "", started, System.nanoTime());
        } catch (UncheckedIOException failure) {
            return new Call(failure.getCause() instanceof ConnectException ? 0 : -1, "", started, System.nanoTime());
        }
    }

    /** How many of the deputies are in the node's embedded database, read after it stopped, by starting it again. */
    private long storedOf(List<String> ids) throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(ChildNode.dataDir(work));
             Connection connection = DriverManager.getConnection(database.properties().get("lvzhi.database.url").toString(), "postgres", "");
             var statement = connection.prepareStatement("SELECT count(*) FROM deputy WHERE id = ANY (?::uuid[])")) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
