package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/** A node whose Redis (a private redis-server) is killed under it: Redis is optional at run time. */
class RedisOutageIT {

    /**
     * Without Redis a read or a save costs one 200 ms command timeout at most (well under 1 s on a quiet machine: the
     * figures printed below); the bound leaves room for a loaded machine and still catches Lettuce's 60 s default.
     */
    private static final Duration WITHIN = Duration.ofSeconds(3);

    private final PrivateRedis redis = new PrivateRedis();
    private final ApplicationContext node = ApplicationContext.run(EmbeddedServer.class, properties()).getApplicationContext();
    private final ApiClient api = new ApiClient(node.getBean(EmbeddedServer.class).getURI(), node.getBean(JsonMapper.class));
    private final String congress = "redis-outage-" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void stop() {
        node.close();
        redis.close();
    }

    @Test
    @DisplayName("Redis killed: profile reads and saves answer within the bound from the database, readiness stays UP, and Redis may return")
    void profileWorkWithoutRedis() {
        String admin = api.token("platform-admin");
        assertThat(api.post("/api/v1/congresses", admin, Map.of("id", congress, "name", "某县人民代表大会", "level", "COUNTY",
                "parentId", "qinghai")).status()).isEqualTo(201);
        assertThat(save(admin, "").status()).isEqualTo(201);
        Timed<ApiClient.Response> saveWith = timed(() -> save(admin, "\"1\""));
        Timed<ApiClient.Response> readWith = timed(() -> read(admin));
        assertThat(readWith.value().etag()).isEqualTo("\"2\"");

        redis.kill();
        Timed<ApiClient.Response> readWithout = timed(() -> read(admin));
        Timed<ApiClient.Response> saveWithout = timed(() -> save(admin, "\"2\""));
        Timed<ApiClient.Response> readAfterSave = timed(() -> read(admin));
        Timed<ApiClient.Response> readiness = timed(() -> api.get("/health/readiness", null));

        redis.start();
        ApiClient.Response readWithRedisBack = read(admin);

        assertThat(readWithout.value().status()).isEqualTo(200);
        assertThat(readWithout.took()).isLessThan(WITHIN);
        assertThat(saveWithout.value().status()).as(saveWithout.value().toString()).isEqualTo(201);
        assertThat(saveWithout.took()).isLessThan(WITHIN);
        assertThat(readAfterSave.value().etag()).as("read from the database: the save made while Redis was down").isEqualTo("\"3\"");
        assertThat(readAfterSave.took()).isLessThan(WITHIN);
        assertThat(readiness.value().status()).as(readiness.value().toString()).isEqualTo(200);
        assertThat(readWithRedisBack.etag()).isEqualTo("\"3\"");
        System.out.printf("RedisOutageIT: with Redis save %d ms, read %d ms; without: read %d ms, save %d ms, read %d ms, readiness %d ms (%s)%n",
                saveWith.took().toMillis(), readWith.took().toMillis(), readWithout.took().toMillis(),
                saveWithout.took().toMillis(), readAfterSave.took().toMillis(), readiness.took().toMillis(), readiness.value().body());
    }

    @Test
    @DisplayName("a node started while Redis is down serves profile reads and saves within the bound, and is ready")
    void startsWithoutRedis() {
        redis.kill();
        try (ApplicationContext alone = ApplicationContext.run(EmbeddedServer.class, properties()).getApplicationContext()) {
            ApiClient client = new ApiClient(alone.getBean(EmbeddedServer.class).getURI(), alone.getBean(JsonMapper.class));
            String admin = client.token("platform-admin");
            assertThat(client.post("/api/v1/congresses", admin, Map.of("id", congress, "name", "某县人民代表大会", "level", "COUNTY",
                    "parentId", "qinghai")).status()).isEqualTo(201);

            Timed<ApiClient.Response> save = timed(() -> client.send("PUT", "/api/v1/policy-profile", admin, congress, profile(4),
                    Map.of("Content-Type", "application/yaml")));
            Timed<ApiClient.Response> read = timed(() -> client.get("/api/v1/policy-profile", admin, congress));

            assertThat(save.value().status()).as(save.value().toString()).isEqualTo(201);
            assertThat(save.took()).isLessThan(WITHIN);
            assertThat(read.value().etag()).isEqualTo("\"1\"");
            assertThat(read.took()).isLessThan(WITHIN);
            System.out.printf("RedisOutageIT: started without Redis: save %d ms, read %d ms%n", save.took().toMillis(), read.took().toMillis());
            assertThat(client.get("/health/readiness", null).status()).isEqualTo(200);
        }
    }

    private ApiClient.Response read(String admin) {
        return api.get("/api/v1/policy-profile", admin, congress);
    }

    private ApiClient.Response save(String admin, String ifMatch) {
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/yaml"));
        if (!ifMatch.isEmpty()) {
            headers.put("If-Match", ifMatch);
        }
        return api.send("PUT", "/api/v1/policy-profile", admin, congress, profile(4 + ifMatch.length()), headers);
    }

    private String profile(int minimum) {
        return """
                profile: %s
                title: 某县人民代表大会代表履职管理办法
                effectiveFrom: 2026-01-01
                rules:
                  - rule: QH-7.2
                    article: 第七条第（二）项
                    kind: QUOTA
                    summary: 每年参加联络站活动联系群众不少于%d次
                    quota: { counts: [STATION_RECEPTION], minimum: %d, window: { type: CALENDAR_YEAR } }
                """.formatted(congress, minimum, minimum);
    }

    private record Timed<T>(T value, Duration took) {
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long started = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - started));
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("redis.uri", redis.uri());
        properties.put("lvzhi.cache.prefix", "lvzhi-outage-" + UUID.randomUUID());
        properties.put("lvzhi.seed.enabled", "true");
        properties.put("micronaut.server.port", "-1");
        properties.put("lvzhi.data-dir", ScratchDirectory.create("lvzhi-redis-outage"));
        return properties;
    }
}
