package org.lvzhi.bootstrap.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/**
 * The production realm (keycloak/lvzhi-production-realm.json) applied to a fresh Keycloak through the admin API, as
 * docs/operations.md describes: its hardening and its browser client (authorization code with PKCE), and a person of
 * a congress signing in through it to the platform started against that realm.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRealmIT {

    private static final String REALM = "lvzhi-production";
    private static final URI PLATFORM = URI.create("http://127.0.0.1:8181");
    private static final String REDIRECT = PLATFORM.resolve("/signed-in").toString();
    private static final String SECRET = "production-test-secret";
    private static final Path REALM_FILE = Path.of("adapters/identity-keycloak/src/main/resources/keycloak/lvzhi-production-realm.json");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final HttpClient http = HttpClient.newHttpClient();
    private KeycloakServer keycloak;

    @BeforeAll
    void applyTheRealm() throws IOException {
        keycloak = KeycloakServer.start();
        Path file = Files.exists(REALM_FILE) ? REALM_FILE : Path.of("..").resolve(REALM_FILE);
        String realm = Files.readString(file)
                .replace("\"realm\": \"lvzhi\"", "\"realm\": \"" + REALM + "\"")
                .replace("${LVZHI_BROWSER_REDIRECT_URI}", REDIRECT)
                .replace("${LVZHI_BROWSER_POST_LOGOUT_URI}", PLATFORM.resolve("/signed-out").toString())
                .replace("${LVZHI_KEYCLOAK_PROVISIONER_SECRET}", SECRET);
        assertThat(admin("POST", "", realm).statusCode()).isEqualTo(201);
    }

    @AfterAll
    void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    @DisplayName("a liaison officer of a congress, whose whole name the realm keeps, signs in through the production realm's login page (PKCE) and the platform knows their congress and role")
    void signsInThroughTheRealm() throws IOException {
        String organization = created(admin("POST", "/" + REALM + "/organizations",
                "{\"name\": \"青海省人民代表大会\", \"alias\": \"qinghai\", \"enabled\": true}"));
        String user = created(admin("POST", "/" + REALM + "/users", """
                {"username": "prod-liaison", "enabled": true, "email": "prod-liaison@example.cn", "emailVerified": true,
                 "firstName": "明", "lastName": "欧阳", "attributes": {"displayName": ["欧阳明"]}, "credentials": [{"type": "password", "value": "Qinghai-2026-liaison", "temporary": false}]}"""));
        String role = admin("GET", "/" + REALM + "/roles/LIAISON_OFFICER", null).body();
        assertThat(admin("POST", "/" + REALM + "/users/" + user + "/role-mappings/realm", "[" + role + "]").statusCode()).isEqualTo(204);
        assertThat(admin("POST", "/" + REALM + "/organizations/" + organization + "/members", "\"" + user + "\"").statusCode()).isEqualTo(201);
        Map<String, Object> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("lvzhi.identity.keycloak.issuer", KeycloakServer.BASE_URL + "/realms/" + REALM);
        properties.put("lvzhi.identity.keycloak.provisioner-secret", SECRET);
        properties.put("lvzhi.data-dir", Files.createTempDirectory("lvzhi-production-realm").toString());
        properties.put("micronaut.server.port", PLATFORM.getPort());
        properties.put("lvzhi.public-url", PLATFORM.toString());
        try (EmbeddedServer platform = ApplicationContext.run(EmbeddedServer.class, properties, "keycloak")) {
            Browser browser = new Browser();
            var callback = browser.signIn(PLATFORM, "prod-liaison", "Qinghai-2026-liaison");
            var current = browser.get(PLATFORM.resolve("/api/v1/congresses/current"));
            var deputies = browser.get(PLATFORM.resolve("/api/v1/deputies"));

            assertThat(platform.isRunning()).isTrue();
            assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
            assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
            assertThat(json(current.body())).containsEntry("id", "qinghai");
            assertThat(deputies.statusCode()).isEqualTo(200);
        }
        assertThat(json(admin("GET", "/" + REALM + "/users/" + user, null).body()).get("attributes"))
                .as("the realm's user profile keeps the whole name").isEqualTo(Map.of("displayName", List.of("欧阳明")));
    }

    @Test
    @DisplayName("the production realm detects brute force (5 failures), rotates refresh tokens that are good once, has a password policy and requires TLS outside private networks")
    void hardened() {
        Map<String, Object> realm = json(admin("GET", "/" + REALM, null).body());

        assertThat(realm).containsEntry("bruteForceProtected", true).containsEntry("sslRequired", "external")
                .containsEntry("registrationAllowed", false).containsEntry("failureFactor", 5)
                .containsEntry("revokeRefreshToken", true).containsEntry("refreshTokenMaxReuse", 0);
        assertThat(String.valueOf(realm.get("passwordPolicy"))).contains("length(10)", "notUsername");
    }

    @Test
    @DisplayName("the browser client takes only the authorization code with PKCE (S256) at the configured redirect URI, with the API audience, roles and congresses")
    void browserClient() {
        Map<String, Object> client = jsonList(admin("GET", "/" + REALM + "/clients?clientId=lvzhi-web", null).body()).getFirst();
        String scopes = admin("GET", "/" + REALM + "/client-scopes", null).body();

        assertThat(client).containsEntry("publicClient", true).containsEntry("standardFlowEnabled", true)
                .containsEntry("directAccessGrantsEnabled", false).containsEntry("implicitFlowEnabled", false)
                .containsEntry("redirectUris", List.of(REDIRECT));
        assertThat(String.valueOf(((Map<?, ?>) client.get("attributes")).get("pkce.code.challenge.method"))).isEqualTo("S256");
        assertThat(String.valueOf(client.get("defaultClientScopes"))).contains("lvzhi-api", "organization");
        assertThat(scopes).contains("oidc-audience-mapper", "oidc-organization-membership-mapper", "oidc-usermodel-realm-role-mapper");
    }

    private static String created(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A master-realm administrator's token, fresh for each call (they last a minute). */
    private String master() {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return String.valueOf(json(send(HttpRequest.newBuilder(URI.create(KeycloakServer.BASE_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build()).body())
                .get("access_token"));
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(KeycloakServer.BASE_URL + "/admin/realms" + path))
                .header("Authorization", "Bearer " + master()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }

    private static List<Map<String, Object>> jsonList(String body) {
        try {
            return JSON.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }
}
