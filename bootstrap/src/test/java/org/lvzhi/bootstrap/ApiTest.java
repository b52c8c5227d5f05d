package org.lvzhi.bootstrap;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
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
}
