package org.lvzhi.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the platform. With an external PostgreSQL configured ({@code DATASOURCE_URL} or
 * {@code lvzhi.database.url}) it uses that; otherwise it runs on the embedded default: an embedded
 * PostgreSQL under the data directory, seeded with the seed congresses and demo users unless {@code LVZHI_DEMO=false}.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    /**
     * Runs until SIGTERM or Ctrl-C. The one shutdown hook is this one ({@link RunningPlatform#close}): Micronaut's own
     * runner is not used, as its hook and a second one take the server's and the context's locks in opposite order.
     */
    public static void main(String[] args) throws InterruptedException {
        RunningPlatform platform = start(args, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "lvzhi-shutdown"));
        new CountDownLatch(1).await();
    }

    /** Starts the platform with extra properties over the configuration; closing the result stops it. */
    public static RunningPlatform start(String[] args, Map<String, Object> properties) {
        Map<String, Object> effective = new HashMap<>(properties);
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        if (externalDatabaseUrl(properties).isEmpty()) {
            Path dataDir = Path.of(String.valueOf(properties.getOrDefault("lvzhi.data-dir", setting("LVZHI_DATA_DIR", "lvzhi.data-dir", "./data"))));
            LOG.info("No external database configured: starting the embedded PostgreSQL under {}", dataDir.toAbsolutePath());
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
            embedded = Optional.of(database);
            effective.putAll(database.properties());
            effective.putIfAbsent("lvzhi.data-dir", dataDir.toString());
            // A demo unless told otherwise (the package's configuration does): the seed congresses and their demo accounts.
            Object demo = properties.getOrDefault("lvzhi.demo", setting("LVZHI_DEMO", "lvzhi.demo", "true"));
            effective.putIfAbsent("lvzhi.demo", demo);
            effective.putIfAbsent("lvzhi.seed.enabled", demo);
        }
        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).properties(effective).build().start();
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            announce(server);
        } catch (RuntimeException failure) {
            new RunningPlatform(context, embedded).close();
            throw failure;
        }
        return new RunningPlatform(context, embedded);
    }

    private static Optional<String> externalDatabaseUrl(Map<String, Object> properties) {
        return Optional.ofNullable(properties.get("lvzhi.database.url")).map(String::valueOf)
                .or(() -> Optional.ofNullable(setting("LVZHI_DATABASE_URL", "lvzhi.database.url", null)))
                .or(() -> Optional.ofNullable(System.getenv("DATASOURCE_URL")))
                .filter(url -> !url.isBlank());
    }

    private static String setting(String environmentVariable, String systemProperty, String fallback) {
        return Optional.ofNullable(System.getProperty(systemProperty))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .orElse(fallback);
    }

    private static void announce(EmbeddedServer server) {
        String base = server.getURL().toString();
        LOG.info("Lüzhi is up: API at {}/api/v1, OpenAPI at {}/openapi.yml, health at {}/health", base, base, base);
        LOG.info("Get a token: curl -s -X POST {}/api/v1/auth/token -H 'Content-Type: application/json' "
                + "-d '{\"username\":\"qinghai-liaison\",\"password\":\"demo\"}'", base);
    }

    /** The running platform: its application context and, on the embedded default, its PostgreSQL. */
    public record RunningPlatform(ApplicationContext context, Optional<EmbeddedDatabase> database) implements AutoCloseable {

        /**
         * Stops in order: the context's shutdown refuses new requests and drains those in flight (at most
         * {@code lvzhi.shutdown.drain}, with the outbox lanes), stands the scheduler by, releases this node's claims
         * ({@link ClaimRelease}), then destroys the beans (the pools last); the embedded PostgreSQL stops after.
         */
        @Override
        public void close() {
            if (context.isRunning()) {
                LOG.info("stopping: refusing new requests and draining those in flight");
                context.close();
            }
            database.ifPresent(EmbeddedDatabase::close);
            LOG.info("stopped");
        }
    }
}
