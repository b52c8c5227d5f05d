package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default's PostgreSQL keeps what it acknowledged, as small congresses run it in production. */
class EmbeddedDurabilityIT {

    @TempDir
    Path dataDir;

    @AfterEach
    void killLeftovers() {
        PostmasterPid.kill(dataDir.resolve("postgres"));
    }

    @Test
    @DisplayName("the embedded PostgreSQL runs with fsync, synchronous commit and full page writes on")
    void runsDurable() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir); Connection connection = superuser(database)) {
            assertThat(Map.of("fsync", show(connection, "fsync"), "synchronous_commit", show(connection, "synchronous_commit"),
                    "full_page_writes", show(connection, "full_page_writes")))
                    .containsOnly(Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"), Map.entry("full_page_writes", "on"));
        }
    }

    @Test
    @DisplayName("a write acknowledged before a kill -9 of the database is there after the restart")
    void keepsAcknowledgedWriteAcrossKill() throws SQLException {
        String written = UUID.randomUUID().toString();
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir);
        try (Connection connection = superuser(first); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE durability_probe (value text)");
            statement.execute("INSERT INTO durability_probe VALUES ('" + written + "')");
        }

        assertThat(PostmasterPid.kill(dataDir.resolve("postgres"))).isTrue();
        closeQuietly(first);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir); Connection connection = superuser(restarted);
             var rows = connection.createStatement().executeQuery("SELECT value FROM durability_probe")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(written);
        }
    }

    /** The killed server's handle: stopping it fails (nothing runs), but its lock on the data directory is let go. */
    private static void closeQuietly(EmbeddedDatabase killed) {
        try {
            killed.close();
        } catch (RuntimeException alreadyDead) {
            // pg_ctl stop finds no server
        }
    }

    private static Connection superuser(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.properties().get("lvzhi.database.url").toString(), "postgres", "");
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
