package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/**
 * A tenant admin's API clients with the local identity (the Keycloak path: KeycloakIT): created with the secret shown
 * once, signed in by client credentials, rotated and revoked with effect at once, audited, isolated by congress, and
 * each spending from a bucket of its own size.
 */
@MicronautTest(transactional = false)
class IntegrationClientsIT extends ApiTest {

    @Test
    @DisplayName("create → token by client credentials → call → rotate: the old secret and its token refused → revoke: the token refused at once")
    void lifecycle() throws SQLException {
        String admin = api.token("qinghai-admin");
        var created = api.post("/api/v1/api-clients", admin, Map.of("name", "12345热线", "roles", List.of("INTEGRATION")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = client(created).get("id").toString();
        String clientId = client(created).get("clientId").toString();
        String firstSecret = created.text("secret");

        String firstToken = api.clientToken(clientId, firstSecret).text("access_token");
        var read = api.get("/api/v1/deputies", firstToken);
        var write = api.post("/api/v1/deputies", firstToken, Map.of("name", "某某"));
        var rotated = api.post("/api/v1/api-clients/" + id + "/rotate-secret", admin, null);
        String secondSecret = rotated.text("secret");
        var oldSecret = api.clientToken(clientId, firstSecret);
        var oldToken = api.get("/api/v1/deputies", firstToken);
        String secondToken = api.clientToken(clientId, secondSecret).text("access_token");
        var afterRotation = api.get("/api/v1/congresses/current", secondToken);
        var revoked = api.post("/api/v1/api-clients/" + id + "/revoke", admin, null);
        var afterRevocation = api.get("/api/v1/congresses/current", secondToken);
        var tokenAfterRevocation = api.clientToken(clientId, secondSecret);
        var rotateRevoked = api.post("/api/v1/api-clients/" + id + "/rotate-secret", admin, null);
        var listed = api.get("/api/v1/api-clients?size=200", admin).list("items").stream()
                .filter(item -> item.get("id").equals(id)).findFirst().orElseThrow();

        assertThat(clientId).startsWith("qinghai.");
        assertThat(firstSecret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).as("INTEGRATION may not register deputies").isEqualTo(403);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(secondSecret).isNotEqualTo(firstSecret);
        assertThat(oldSecret.status()).isEqualTo(401);
        assertThat(oldSecret.contentType()).startsWith("application/problem+json");
        assertThat(oldToken.status()).as("a token of the rotated-away secret").isEqualTo(401);
        assertThat(afterRotation.text("id")).isEqualTo("qinghai");
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat(tokenAfterRevocation.status()).isEqualTo(401);
        assertThat(rotateRevoked.status()).isEqualTo(422);
        assertThat(listed).doesNotContainKey("secret").containsEntry("active", false).containsEntry("createdBy", "qinghai-admin")
                .containsEntry("revokedBy", "qinghai-admin").containsEntry("roles", List.of("INTEGRATION"));
        assertThat(audit(id)).containsExactly("api-client.created qinghai-admin", "api-client.rotated qinghai-admin",
                "api-client.revoked qinghai-admin");
    }

    @Test
    @DisplayName("a client is given only machine roles, a limit within the congress's, and a name: anything else is 422 at its field")
    void refusesWhatAClientMayNotHave() {
        String admin = api.token("qinghai-admin");

        var adminRole = api.post("/api/v1/api-clients", admin, Map.of("name", "OA", "roles", List.of("TENANT_ADMIN")));
        var nothing = api.post("/api/v1/api-clients", admin, Map.of());
        var tooMuch = api.post("/api/v1/api-clients", admin, Map.of("name", "OA", "roles", List.of("INTEGRATION"),
                "rateLimit", Map.of("capacity", 1_000_000, "perSecond", 0)));
        var liaison = api.post("/api/v1/api-clients", api.token("qinghai-liaison"), Map.of("name", "OA", "roles", List.of("INTEGRATION")));

        assertThat(adminRole.status()).isEqualTo(422);
        assertThat(adminRole.pointers()).containsExactly("/roles");
        assertThat(nothing.pointers()).containsExactlyInAnyOrder("/name", "/roles");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.pointers()).containsExactly("/rateLimit/perSecond");
        assertThat(liaison.status()).isEqualTo(403);
        assertThat(api.post("/api/v1/api-clients", admin, Map.of("name", "OA", "roles", List.of("INTEGRATION"),
                "rateLimit", Map.of("capacity", 1_000_000, "perSecond", 1))).pointers()).containsExactly("/rateLimit/capacity");
    }

    @Test
    @DisplayName("another congress's client answers 404 to its admin and is not in its list")
    void otherCongress() {
        var created = api.post("/api/v1/api-clients", api.token("qinghai-admin"), Map.of("name", "统计局", "roles", List.of("INTEGRATION")));
        String id = client(created).get("id").toString();
        String hunan = api.token("hunan-admin");

        assertThat(api.post("/api/v1/api-clients/" + id + "/rotate-secret", hunan, null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/api-clients/" + id + "/revoke", hunan, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/api-clients?size=200", hunan).list("items")).noneMatch(item -> item.get("id").equals(id));
        assertThat(api.clientToken(client(created).get("clientId").toString(), created.text("secret")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a client over its own limit gets 429 with Retry-After while another client of the same congress is still served")
    void ownLimit() {
        String admin = api.token("sh-jiading-admin");
        var limited = api.post("/api/v1/api-clients", admin, Map.of("name", "门户", "roles", List.of("INTEGRATION"),
                "rateLimit", Map.of("capacity", 3, "perSecond", 1)));
        var unlimited = api.post("/api/v1/api-clients", admin, Map.of("name", "热线", "roles", List.of("INTEGRATION")));
        String limitedToken = api.clientToken(client(limited).get("clientId").toString(), limited.text("secret")).text("access_token");
        String otherToken = api.clientToken(client(unlimited).get("clientId").toString(), unlimited.text("secret")).text("access_token");

        List<ApiClient.Response> answers = new ArrayList<>();
        for (int sent = 0; sent < 10 && answers.stream().noneMatch(answer -> answer.status() == 429); sent++) {
            answers.add(api.get("/api/v1/terms", limitedToken));
        }
        var other = api.get("/api/v1/terms", otherToken);

        assertThat(client(limited).get("rateLimit")).isEqualTo(Map.of("capacity", 3, "perSecond", 1));
        assertThat(answers.getFirst().header("RateLimit-Limit")).isEqualTo("3");
        assertThat(answers.getLast().status()).as("refused within ten requests, a default caller's bucket holds 300").isEqualTo(429);
        assertThat(answers.getLast().header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("RateLimit-Limit")).isEqualTo("300");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> client(ApiClient.Response issued) {
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return (Map<String, Object>) issued.json().get("client");
    }

    private static List<String> audit(String client) throws SQLException {
        var settings = TestDatabase.instance().settings();
        try (Connection db = DriverManager.getConnection(settings.url(), settings.platformUsername(), settings.platformPassword());
                PreparedStatement events = db.prepareStatement(
                        "SELECT event, actor FROM api_client_event WHERE client_id = ?::uuid ORDER BY at")) {
            events.setString(1, client);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString("event") + " " + rows.getString("actor"));
                }
            }
            return found;
        }
    }
}
