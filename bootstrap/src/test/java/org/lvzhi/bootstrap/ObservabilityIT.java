package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What an operator watches: the Prometheus meters, /info, and the request id on every answer. */
@MicronautTest
class ObservabilityIT extends ApiTest {

    @Test
    @DisplayName("/prometheus answers without a token with HTTP latency by route and status, the pools, the outbox and deadline backlogs")
    void prometheusMeters() {
        String liaison = api.token("qinghai-liaison");
        assertThat(api.get("/api/v1/deputies", liaison).status()).isEqualTo(200);

        var scrape = api.get("/prometheus", null);

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(String.valueOf(scrape.body())).contains(
                "http_server_requests_seconds_count{", "uri=\"/api/v1/deputies\"", "status=\"200\"",
                "hikaricp_connections_active", "lvzhi_outbox_backlog", "lvzhi_outbox_oldest_age_seconds",
                "lvzhi_deadlines_due", "lvzhi_quartz_misfires_total", "jvm_memory_used_bytes");
    }

    @Test
    @DisplayName("/info answers the version and the commit without a token")
    void info() {
        var info = api.get("/info", null);

        assertThat(info.status()).as(info.toString()).isEqualTo(200);
        assertThat(info.json().get("version")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(((Map<?, ?>) ((Map<?, ?>) info.json().get("git")).get("commit")).get("id")).as("the commit, from git.properties")
                .asString().matches("[0-9a-f]{40}");
    }

    @Test
    @DisplayName("every answer carries the request id: the caller's own, or a new one")
    void requestId() {
        var given = api.send("GET", "/api/v1/congresses/current", api.token("qinghai-liaison"), null, "",
                Map.of("X-Request-Id", "probe-123"));

        assertThat(given.status()).isEqualTo(200);
        assertThat(given.header("X-Request-Id")).isEqualTo("probe-123");
    }
}
