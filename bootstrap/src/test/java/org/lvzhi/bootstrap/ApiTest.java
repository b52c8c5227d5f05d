package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/**
 * Base of the API tests: the whole platform on the test JVM's own PostgreSQL database, seeded with the seed
 * congresses, its data directory (signing key) in a temporary folder, called over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.instance().properties());
        try {
            properties.put("lvzhi.data-dir", Files.createTempDirectory("lvzhi-api-test").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(server.getURI(), json);
    }

    /** The id of a deputy of the congress the token acts in, found by name. */
    String deputyNamed(String token, String name) {
        return String.valueOf(api.deputiesNamed(token, name).list("items").getFirst().get("id"));
    }

    /** The subjects in the user's inbox once one containing {@code awaited} was delivered (the dispatcher runs every second). */
    List<String> inboxSubjects(String token, String awaited) {
        List<String> subjects = List.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            subjects = api.get("/api/v1/inbox?size=50", token).list("items").stream().map(i -> String.valueOf(i.get("subject"))).toList();
            if (subjects.stream().anyMatch(s -> s.contains(awaited))) {
                return subjects;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return subjects;
            }
        }
        return subjects;
    }

    /** Gives the local user {@code dual-deputy} a seat in the congress (once), so one person sits in two congresses. */
    String seatDualDeputy(String liaisonUser, String congress, String name) {
        String liaison = api.token(liaisonUser);
        var existing = api.deputiesNamed(liaison, name);
        assertThat(existing.status()).as(existing.toString()).isEqualTo(200);
        if (!existing.list("items").isEmpty()) {
            return String.valueOf(existing.list("items").getFirst().get("id"));
        }
        var created = api.post("/api/v1/deputies", liaison, Map.of(
                "name", name, "login", "dual-deputy", "termId", api.firstTermId(liaison), "constituency", "ELECTING_UNIT",
                "constituencyName", congress + "某市人大"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }
}
