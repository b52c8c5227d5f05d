package org.lvzhi.bootstrap.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/** What every benchmark starts from: the platform on the JVM's test database, and the superuser that generates the data. */
final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    /**
     * The platform's properties for the test database, with a data directory of its own, and rate limits out of the
     * way: a benchmark measures the reads, one token firing thousands of them a second.
     */
    static Map<String, String> properties(String name) {
        Map<String, String> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("lvzhi.rate-limit.caller.capacity", "1000000000");
        properties.put("lvzhi.rate-limit.caller.per-second", "1000000000");
        properties.put("lvzhi.rate-limit.congress.capacity", "1000000000");
        properties.put("lvzhi.rate-limit.congress.per-second", "1000000000");
        try {
            properties.put("lvzhi.data-dir", Files.createTempDirectory("lvzhi-" + name).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The same, with the outbox dispatcher off: the notifications a benchmarked run writes wait in the outbox, since
     * delivering them is the dispatcher's work, not the run's, and would compete with it for the machine.
     */
    static Map<String, String> propertiesWithoutDelivery(String name) {
        Map<String, String> properties = properties(name);
        properties.put("lvzhi.notification.dispatcher.enabled", "false");
        return properties;
    }

    static Connection superuser() throws SQLException {
        String user = Optional.ofNullable(System.getenv("LVZHI_TEST_PG_USER")).filter(u -> !u.isBlank()).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("LVZHI_TEST_PG_PASSWORD")).orElse("");
        return DriverManager.getConnection(TestDatabase.instance().settings().url(), user, password);
    }
}
