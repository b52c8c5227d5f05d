package org.lvzhi.adapter.persistence.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.DatabaseProvisioner;
import org.lvzhi.adapter.persistence.shared.DatabaseSettings;

/**
 * A database of its own for one test JVM on the local PostgreSQL (127.0.0.1:5432, superuser {@code postgres},
 * trust auth, as on the project's machines), with its three roles; both are dropped when the JVM exits.
 * Override the server with {@code LVZHI_TEST_PG_URL}, {@code LVZHI_TEST_PG_USER}, {@code LVZHI_TEST_PG_PASSWORD}.
 */
public final class TestDatabase {

    /** The JVM's database, made at first use and dropped at exit. */
    private static final class Shared {
        private static final TestDatabase INSTANCE = new TestDatabase(env("LVZHI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/"),
                env("LVZHI_TEST_PG_USER", "postgres"), env("LVZHI_TEST_PG_PASSWORD", ""));

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> INSTANCE.provisioner.drop(INSTANCE.name, INSTANCE.settings)));
        }
    }

    private final String name = "lvzhi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final DatabaseSettings settings;
    private final DatabaseProvisioner provisioner;

    private TestDatabase(String server, String superuser, String password) {
        settings = new DatabaseSettings(server + name, name + "_owner", "owner-secret", name + "_app", "app-secret",
                name + "_platform", "platform-secret");
        provisioner = new DatabaseProvisioner(server + "postgres", superuser, password);
        provisioner.provision(name, settings);
    }

    public static TestDatabase instance() {
        return Shared.INSTANCE;
    }

    /** A database of its own on another server (a test's private PostgreSQL, discarded with its data directory). */
    public static TestDatabase on(String server, String superuser, String password) {
        return new TestDatabase(server, superuser, password);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The Micronaut properties that point the application at this database. */
    public Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("lvzhi.database.url", settings.url());
        properties.put("lvzhi.database.owner-username", settings.ownerUsername());
        properties.put("lvzhi.database.owner-password", settings.ownerPassword());
        properties.put("lvzhi.database.app-username", settings.appUsername());
        properties.put("lvzhi.database.app-password", settings.appPassword());
        properties.put("lvzhi.database.platform-username", settings.platformUsername());
        properties.put("lvzhi.database.platform-password", settings.platformPassword());
        dataSource(properties, "default", settings.appUsername(), settings.appPassword());
        dataSource(properties, "platform", settings.platformUsername(), settings.platformPassword());
        return properties;
    }

    private void dataSource(Map<String, String> properties, String name, String username, String password) {
        String prefix = "datasources." + name + ".";
        properties.put(prefix + "url", settings.url());
        properties.put(prefix + "username", username);
        properties.put(prefix + "password", password);
        properties.put(prefix + "driver-class-name", "org.postgresql.Driver");
        properties.put(prefix + "dialect", "POSTGRES");
        properties.put(prefix + "maximum-pool-size", "4");
        properties.put(prefix + "minimum-idle", "0");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
