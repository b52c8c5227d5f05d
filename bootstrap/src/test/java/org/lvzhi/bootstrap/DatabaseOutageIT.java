package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/** A node whose PostgreSQL (a private server) is stopped under writes for some seconds, then started again. */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration FAIL_FAST = Duration.ofSeconds(5);
    private static final int WRITERS = 3;

    private final PrivatePostgres postgres = new PrivatePostgres();
    private final TestDatabase database = TestDatabase.on(postgres.server(), "postgres", "");
    private final ApplicationContext node = ApplicationContext.run(EmbeddedServer.class, properties()).getApplicationContext();
    private final ApiClient api = new ApiClient(node.getBean(EmbeddedServer.class).getURI(), node.getBean(JsonMapper.class));

    /** One registration: its answer, and when it started and ended. */
    private record Write(int status, String id, String contentType, String retryAfter, String body, long startedAt, long endedAt) {
    }

    @AfterEach
    void stop() {
        node.close();
        postgres.close();
    }

    @Test
    @DisplayName("PostgreSQL stopped under writes: 503 with Retry-After within 5 s, readiness DOWN, recovery without restart, acknowledged writes stored once")
    void outageUnderWrites() throws Exception {
        String liaison = api.token("qinghai-liaison");
        String term = api.firstTermId(liaison);
        List<Write> writes = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.execute(() -> {
                while (writing.get()) {
                    writes.add(register(liaison, term));
                }
            });
        }
        Thread.sleep(2_000);
        postgres.stop();
        // Taken once the server is down: a write that began while it was still stopping may be acknowledged.
        long stoppedAt = System.nanoTime();
        long notReadyAt = awaitReadiness(503, Duration.ofSeconds(15));
        Thread.sleep(Math.max(0, Duration.ofNanos(stoppedAt + OUTAGE.toNanos() - System.nanoTime()).toMillis()));
        postgres.start();
        long restartedAt = System.nanoTime();
        long readyAt = awaitReadiness(200, Duration.ofSeconds(30));
        Thread.sleep(2_000);
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Write> refused = writes.stream().filter(w -> w.status() == 503).toList();
        List<Write> duringOutage = writes.stream().filter(w -> w.startedAt() > stoppedAt && w.endedAt() < restartedAt).toList();
        List<String> acknowledged = writes.stream().filter(w -> w.status() == 201).map(Write::id).toList();
        long firstRefusal = refused.stream().mapToLong(Write::endedAt).min().orElseThrow() - stoppedAt;

        assertThat(writes).extracting(Write::status).as("201 or 503, never 500").containsOnly(201, 503);
        assertThat(Duration.ofNanos(firstRefusal)).isLessThan(FAIL_FAST);
        assertThat(duringOutage).isNotEmpty().allMatch(w -> w.status() == 503 && Duration.ofNanos(w.endedAt() - w.startedAt()).compareTo(FAIL_FAST) < 0);
        assertThat(refused).allMatch(w -> w.contentType().startsWith("application/problem+json") && w.body().contains("数据库暂时无法访问")
                        && w.retryAfter().equals("5"))
                .noneMatch(w -> w.body().matches("(?is).*(sql|jdbc|hikari|exception|postgres|connection).*"));
        assertThat(Duration.ofNanos(notReadyAt - stoppedAt)).as("readiness DOWN").isLessThan(FAIL_FAST);
        assertThat(writes.stream().filter(w -> w.startedAt() > readyAt)).as("writes succeed again without a restart")
                .isNotEmpty().allMatch(w -> w.status() == 201);
        assertThat(stored(acknowledged)).as("every acknowledged write stored, once").isEqualTo(acknowledged.size());
        System.out.printf("DatabaseOutageIT: %d writes, %d acknowledged, %d refused (503); first 503 %d ms after the stop, "
                        + "readiness DOWN after %d ms, UP %d ms after the restart, slowest refusal %d ms%n",
                writes.size(), acknowledged.size(), refused.size(), Duration.ofNanos(firstRefusal).toMillis(),
                Duration.ofNanos(notReadyAt - stoppedAt).toMillis(), Duration.ofNanos(readyAt - restartedAt).toMillis(),
                refused.stream().mapToLong(w -> Duration.ofNanos(w.endedAt() - w.startedAt()).toMillis()).max().orElse(0));
    }

    private Write register(String token, String term) {
        long started = System.nanoTime();
        var response = api.send("POST", "/api/v1/deputies", token, null, """
                {"name": "断库测试%s", "termId": "%s", "constituency": "ELECTING_UNIT"}""".formatted(UUID.randomUUID().toString().substring(0, 6), term),
                Map.of("Content-Type", "application/json"));
        String body = String.valueOf(response.body());
        return new Write(response.status(), response.status() == 201 ? response.text("id") : "",
                response.contentType(), response.header("Retry-After"), body, started, System.nanoTime());
    }

    /** Polls readiness until it answers the status; answers when it did. */
    private long awaitReadiness(int status, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (api.get("/health/readiness", null).status() == status) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("readiness did not answer " + status + " within " + limit);
    }

    private long stored(List<String> ids) throws SQLException {
        try (var connection = DriverManager.getConnection(database.settings().url(), "postgres", "");
             var statement = connection.prepareStatement("SELECT count(*) FROM deputy WHERE id = ANY (?::uuid[])")) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", "-1");
        // three writers as fast as the node answers: this test is about the database, not the caller's rate limit
        properties.put("lvzhi.rate-limit.caller.capacity", "100000");
        properties.put("lvzhi.rate-limit.caller.per-second", "100000");
        properties.put("lvzhi.data-dir", ScratchDirectory.create("lvzhi-db-outage"));
        return properties;
    }
}
