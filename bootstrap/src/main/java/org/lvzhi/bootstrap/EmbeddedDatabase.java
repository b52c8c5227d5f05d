package org.lvzhi.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lvzhi.adapter.persistence.shared.DatabaseProvisioner;
import org.lvzhi.adapter.persistence.shared.DatabaseSettings;

/**
 * The embedded default's PostgreSQL 17: its data directory lives under the data directory, so a restart
 * keeps everything. It listens on localhost only; the three roles and the database are created at first
 * start. It is durable, unlike the embedded library's test defaults ({@code -F}, {@code synchronous_commit=off}):
 * a commit is acknowledged once it is on disk. It stops when the platform has stopped ({@link Application}), not
 * by a shutdown hook of its own, which would stop it under requests still in flight.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final String DATABASE = "lvzhi";
    private static final String LOCAL_PASSWORD = "lvzhi-embedded";

    private final EmbeddedPostgres postgres;
    private final DatabaseSettings settings;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
        this.settings = new DatabaseSettings(url, "lvzhi_owner", LOCAL_PASSWORD, "lvzhi_app", LOCAL_PASSWORD,
                "lvzhi_platform", LOCAL_PASSWORD);
    }

    static EmbeddedDatabase start(Path dataDir) {
        try {
            Path directory = dataDir.resolve("postgres");
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            new DatabaseProvisioner("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "")
                    .provision(DATABASE, database.settings);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL under " + dataDir, e);
        }
    }

    /** The properties that point the platform at this database. */
    Map<String, Object> properties() {
        return Map.of(
                "lvzhi.database.url", settings.url(),
                "lvzhi.database.owner-username", settings.ownerUsername(),
                "lvzhi.database.owner-password", settings.ownerPassword(),
                "lvzhi.database.app-username", settings.appUsername(),
                "lvzhi.database.app-password", settings.appPassword(),
                "lvzhi.database.platform-username", settings.platformUsername(),
                "lvzhi.database.platform-password", settings.platformPassword());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
