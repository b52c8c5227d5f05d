package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/**
 * The backup and restore of docs/operations.md on an external PostgreSQL (a private server): pg_dump in the custom
 * format, pg_restore into a new database, and the platform reads back from it what it had written.
 */
class BackupRestoreIT {

    private final PrivatePostgres postgres = new PrivatePostgres();
    private final TestDatabase database = TestDatabase.on(postgres.server(), "postgres", "");

    @AfterEach
    void stop() {
        postgres.close();
    }

    @Test
    @DisplayName("a deputy registered before pg_dump is read back from the database pg_restore made of the archive")
    void dumpRestoreReadBack() throws IOException {
        String name = "备份恢复测试代表";
        String id;
        try (ApplicationContext node = node(database.settings().url())) {
            ApiClient api = client(node);
            String liaison = api.token("qinghai-liaison");
            id = api.post("/api/v1/deputies", liaison, Map.of("name", name, "termId", api.firstTermId(liaison),
                    "constituency", "ELECTING_UNIT")).text("id");
        }
        Path archive = Files.createTempFile("lvzhi-backup", ".dump");
        String source = database.settings().url().substring(database.settings().url().lastIndexOf('/') + 1);
        String restored = source + "_restored";

        postgres.run("pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(postgres.port()), "-U", "postgres", "-Fc", "-f", archive.toString(), source);
        String contents = postgres.run("pg_restore", "--list", archive.toString());
        postgres.run("createdb", "-h", "127.0.0.1", "-p", String.valueOf(postgres.port()), "-U", "postgres",
                "-O", database.settings().ownerUsername(), "-E", "UTF8", "-T", "template0", restored);
        postgres.run("pg_restore", "-h", "127.0.0.1", "-p", String.valueOf(postgres.port()), "-U", "postgres", "--exit-on-error",
                "-d", restored, archive.toString());

        assertThat(contents).contains("TABLE DATA public deputy", "POLICY public deputy", "TABLE DATA public databasechangelog");
        try (ApplicationContext node = node(postgres.server() + restored)) {
            ApiClient api = client(node);
            var read = api.get("/api/v1/deputies/" + id, api.token("qinghai-liaison"));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.text("name")).isEqualTo(name);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private ApplicationContext node(String url) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.replaceAll((key, value) -> key.endsWith(".url") || key.equals("lvzhi.database.url") ? url : value);
        properties.put("micronaut.server.port", "-1");
        properties.put("lvzhi.data-dir", ScratchDirectory.create("lvzhi-backup"));
        return ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
    }

    private static ApiClient client(ApplicationContext node) {
        return new ApiClient(node.getBean(EmbeddedServer.class).getURI(), node.getBean(JsonMapper.class));
    }
}
