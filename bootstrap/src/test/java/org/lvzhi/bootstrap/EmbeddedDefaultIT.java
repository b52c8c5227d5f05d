package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform started as {@code run} starts it, with no database configured: on the embedded default. */
class EmbeddedDefaultIT {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("with no configuration the platform runs on an embedded PostgreSQL, seeded, and keeps its data across a restart")
    void runsOnTheEmbeddedDefault() {
        // The scheduler runs on the embedded default; the test environment turns it off, so it is turned back on here.
        Map<String, Object> properties = Map.of("lvzhi.data-dir", dataDir.toString(), "micronaut.server.port", -1,
                "lvzhi.scheduler.enabled", true);
        String registered;
        try (var platform = Application.start(new String[0], properties)) {
            ApiClient api = client(platform);
            var congresses = api.get("/api/v1/congresses", api.token("platform-admin"));
            String liaison = api.token("qinghai-liaison");
            var deputies = api.get("/api/v1/deputies", liaison);
            registered = api.post("/api/v1/deputies", liaison,
                    Map.of("name", "重启后仍在", "termId", api.firstTermId(liaison), "constituency", "ELECTING_UNIT")).text("id");

            assertThat(platform.database()).isPresent();
            assertThat(congresses.list("items")).extracting(c -> c.get("id"))
                    .containsExactlyInAnyOrder("bj-dongcheng", "hunan", "qinghai", "sh-jiading");
            assertThat(deputies.list("items")).extracting(d -> d.get("name")).contains("马建国", "才让卓玛");
            assertThat(scheduledRules(api, liaison)).as("the scheduler runs: the start-up reconciliation scheduled QH-11.6")
                    .contains("QH-11.6");
        }
        assertThat(Files.exists(dataDir.resolve("postgres"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("identity/local-signing-key.jwk.json"))).isTrue();

        try (var restarted = Application.start(new String[0], properties)) {
            ApiClient api = client(restarted);
            String liaison = api.token("qinghai-liaison");

            assertThat(api.get("/api/v1/deputies/" + registered, liaison).text("name")).isEqualTo("重启后仍在");
            assertThat(api.get("/api/v1/congresses", api.token("platform-admin")).json().get("total")).isEqualTo(4);
            assertThat(api.deputiesNamed(liaison, "马建国").list("items")).hasSize(1);
            assertThat(api.get("/api/v1/policy-profile/versions", api.token("qinghai-admin")).list("items")).hasSize(1);
        }
    }

    /** The calendar duties' rules once the start-up reconciliation (a Quartz job, run after start) has scheduled them. */
    private static java.util.List<Object> scheduledRules(ApiClient api, String token) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        java.util.List<Object> rules = java.util.List.of();
        while (rules.isEmpty() && System.nanoTime() < deadline) {
            rules = (api.get("/api/v1/calendar-duties", token).list("items")).stream()
                    .map(d -> ((Map<?, ?>) d).get("rule")).map(Object.class::cast).toList();
            if (rules.isEmpty()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return rules;
    }

    private static ApiClient client(Application.RunningPlatform platform) {
        return new ApiClient(platform.context().getBean(EmbeddedServer.class).getURI(), platform.context().getBean(JsonMapper.class));
    }
}
