package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.bootstrap.keycloak.KeycloakServer;

/**
 * The platform in the 'keycloak' environment against a real Keycloak 26 (the server distribution from the
 * local Maven repository, started once for this class); the last test stops Keycloak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

    private KeycloakServer keycloak;
    private EmbeddedServer platform;
    private ApiClient api;

    @BeforeAll
    void startKeycloakAndThePlatform() throws IOException {
        keycloak = KeycloakServer.start();
        Map<String, Object> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("lvzhi.identity.keycloak.issuer", keycloak.issuer());
        properties.put("lvzhi.identity.keycloak.provisioner-secret", "provisioner-secret");
        properties.put("lvzhi.data-dir", Files.createTempDirectory("lvzhi-keycloak-test").toString());
        properties.put("lvzhi.test.movable-clock", "true");
        platform = ApplicationContext.run(EmbeddedServer.class, properties, "keycloak");
        api = new ApiClient(platform.getURI(), platform.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stopEverything() {
        if (keycloak != null) {
            keycloak.stop();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("a Keycloak token with the right role reads the register; the wrong role gets 403")
    void rolesFromKeycloak() {
        String liaison = keycloak.passwordToken("qinghai-liaison", "demo");
        String deputy = keycloak.passwordToken("qinghai-deputy1", "demo");

        assertThat(api.get("/api/v1/deputies", liaison).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/congresses/current", liaison).text("id")).isEqualTo("qinghai");
        assertThat(api.get("/api/v1/deputies", deputy).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    @DisplayName("another organization's deputy answers 404; an X-Congress outside the token's organizations 403")
    void otherTenant() {
        String qinghai = keycloak.passwordToken("qinghai-liaison", "demo");
        String hunan = keycloak.passwordToken("hunan-liaison", "demo");
        String qinghaiDeputy = String.valueOf(api.deputiesNamed(qinghai, "李文华").list("items").getFirst().get("id"));

        assertThat(api.get("/api/v1/deputies/" + qinghaiDeputy, hunan).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/terms", hunan, "qinghai").status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    @DisplayName("a user in two organizations picks one with X-Congress, and must pick")
    void personInTwoOrganizations() {
        String dual = keycloak.passwordToken("dual-deputy", "demo");

        assertThat(api.get("/api/v1/congresses/current", dual, "hunan").text("id")).isEqualTo("hunan");
        assertThat(api.get("/api/v1/congresses/current", dual, "qinghai").text("id")).isEqualTo("qinghai");
        assertThat(api.get("/api/v1/congresses/current", dual, "sh-jiading").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/congresses/current", dual).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    @DisplayName("a token from another issuer, for another audience, or past its expiry gets 401")
    void invalidTokens() {
        String forged = new ForeignIssuer().token("qinghai-liaison", List.of("qinghai"), List.of("LIAISON_OFFICER"));
        String otherAudience = keycloak.clientCredentialsToken("lvzhi-provisioner", "provisioner-secret");
        String valid = keycloak.passwordToken("qinghai-liaison", "demo");

        assertThat(api.get("/api/v1/terms", forged).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/terms", otherAudience).status()).isEqualTo(401);
        platform.getApplicationContext().getBean(MovableClock.class).advance(Duration.ofHours(1));
        try {
            assertThat(api.get("/api/v1/terms", valid).status()).isEqualTo(401);
        } finally {
            platform.getApplicationContext().getBean(MovableClock.class).advance(Duration.ofHours(-1));
        }
    }

    @Test
    @Order(4)
    @DisplayName("an integration client signs in with client credentials, scoped to one congress as INTEGRATION")
    void integrationClient() {
        String integration = keycloak.clientCredentialsToken("lvzhi-integration-qinghai", "integration-secret");

        assertThat(api.get("/api/v1/congresses/current", integration).text("id")).isEqualTo("qinghai");
        assertThat(api.get("/api/v1/deputies", integration).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/deputies", integration, Map.of("name", "某某")).status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    @DisplayName("a deputy registered through our API can sign in to Keycloak and read their own seat; resignation ends it")
    void registeredDeputySignsIn() {
        String liaison = keycloak.passwordToken("qinghai-liaison", "demo");
        String login = "kc-" + UUID.randomUUID().toString().substring(0, 8);
        var registered = api.post("/api/v1/deputies", liaison, Map.of(
                "name", "新任代表", "login", login, "termId", api.firstTermId(liaison), "constituency", "ELECTING_UNIT"));
        keycloak.setPassword(login, "first-sign-in");

        String token = api.post("/api/v1/auth/token", null, Map.of("username", login, "password", "first-sign-in")).text("access_token");
        var own = api.get("/api/v1/deputies/me", token);
        api.post("/api/v1/deputies/" + registered.text("id") + "/status", liaison, Map.of("status", "RESIGNED", "reason", "本人辞职",
                "documentReference", "西人常〔2026〕8号", "acceptedOn", "2026-01-05"));
        String afterResignation = keycloak.passwordToken(login, "first-sign-in");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("name")).isEqualTo("新任代表");
        assertThat(String.valueOf(KeycloakServer.claims(afterResignation).get("congresses"))).doesNotContain("qinghai");
        assertThat(api.get("/api/v1/deputies/me", afterResignation).status()).isEqualTo(403);
    }

    @Test
    @Order(6)
    @DisplayName("with Keycloak stopped, issued tokens keep working and a new sign-in gets 503 saying why")
    void keycloakDown() {
        String issued = keycloak.passwordToken("qinghai-liaison", "demo");
        assertThat(api.get("/api/v1/deputies", issued).status()).isEqualTo(200);

        keycloak.stop();

        assertThat(api.get("/api/v1/deputies", issued).status()).isEqualTo(200);
        var signIn = api.post("/api/v1/auth/token", null, Map.of("username", "qinghai-liaison", "password", "demo"));
        assertThat(signIn.status()).isEqualTo(503);
        assertThat(signIn.contentType()).startsWith("application/problem+json");
        assertThat(signIn.text("detail")).contains("Keycloak");
    }
}
