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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
    private static final String VERIFIER = "a-verifier-of-the-production-realm-test-that-is-long-enough-0123456789";
    private static final String CHALLENGE = challenge(VERIFIER);

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
    @DisplayName("at the production realm's login page the fifth wrong password locks the account: the right one is then refused, and the realm's attack detection shows the lock, which lifts after its wait (1 minute, growing to 15)")
    void lockout() {
        String user = created(admin("POST", "/" + REALM + "/users", """
                {"username": "prod-locked", "enabled": true, "email": "prod-locked@example.cn", "emailVerified": true,
                 "firstName": "文", "lastName": "上官", "credentials": [{"type": "password", "value": "Qinghai-2026-locked", "temporary": false}]}"""));
        // A person cannot type a password in under a second; this test can, and the realm's quick-login check (a
        // failure within 1 s of the last locks at once) would lock at the second attempt. Off here, the count locks.
        assertThat(admin("PUT", "/" + REALM, "{\"quickLoginCheckMilliSeconds\": 0}").statusCode()).isEqualTo(204);
        Browser browser = new Browser();
        for (int failure = 0; failure < 4; failure++) {
            assertThat(submitPassword(browser, passwordPage(browser, "prod-locked"), "wrong-password-" + failure).statusCode()).isEqualTo(200);
        }
        Map<String, Object> afterFour = json(admin("GET", "/" + REALM + "/attack-detection/brute-force/users/" + user, null).body());
        submitPassword(browser, passwordPage(browser, "prod-locked"), "wrong-password-4");
        var right = submitPassword(browser, passwordPage(browser, "prod-locked"), "Qinghai-2026-locked");
        Map<String, Object> afterFive = json(admin("GET", "/" + REALM + "/attack-detection/brute-force/users/" + user, null).body());

        assertThat(afterFour).containsEntry("disabled", false).containsEntry("numFailures", 4);
        assertThat(afterFive).containsEntry("disabled", true).containsEntry("numFailures", 5);
        assertThat(right.statusCode()).as("the right password is refused while locked: no redirect with a code").isEqualTo(200);
        assertThat(right.headers().firstValue("Location")).isEmpty();
    }

    @Test
    @DisplayName("a refresh token of the production realm is good once: the rotated one works; the first presented again is refused and ends the session, so its successor fails too")
    void refreshTokenGoodOnce() {
        created(admin("POST", "/" + REALM + "/users", """
                {"username": "prod-refresh", "enabled": true, "email": "prod-refresh@example.cn", "emailVerified": true,
                 "firstName": "明", "lastName": "司马", "credentials": [{"type": "password", "value": "Qinghai-2026-refresh", "temporary": false}]}"""));
        Browser browser = new Browser();
        var back = browser.logIn(browser.get(authorize()), "prod-refresh", "Qinghai-2026-refresh");
        String code = Browser.location(back).getQuery().replaceAll(".*\\bcode=([^&]+).*", "$1");
        Map<String, Object> signedIn = json(token(Map.of("grant_type", "authorization_code", "client_id", "lvzhi-web", "code", code,
                "redirect_uri", REDIRECT, "code_verifier", VERIFIER)).body());
        String first = String.valueOf(signedIn.get("refresh_token"));

        var rotated = token(Map.of("grant_type", "refresh_token", "client_id", "lvzhi-web", "refresh_token", first));
        var replayed = token(Map.of("grant_type", "refresh_token", "client_id", "lvzhi-web", "refresh_token", first));
        var successor = token(Map.of("grant_type", "refresh_token", "client_id", "lvzhi-web",
                "refresh_token", String.valueOf(json(rotated.body()).get("refresh_token"))));

        assertThat(signedIn).containsKey("refresh_token");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertThat(json(rotated.body()).get("refresh_token")).isNotEqualTo(first);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("invalid_grant");
        assertThat(successor.statusCode()).as("the family is revoked").isEqualTo(400);
        assertThat(successor.body()).contains("invalid_grant");
    }

    /** The password page of the browser client's login, asked with PKCE; organizations on, the user name comes first. */
    private HttpResponse<String> passwordPage(Browser browser, String username) {
        var page = browser.get(authorize());
        return browser.post(Browser.formAction(page), Map.of("username", username), KeycloakServer.BASE_URL);
    }

    private HttpResponse<String> submitPassword(Browser browser, HttpResponse<String> page, String password) {
        return browser.post(Browser.formAction(page), Map.of("password", password, "credentialId", ""), KeycloakServer.BASE_URL);
    }

    private static URI authorize() {
        return URI.create(KeycloakServer.BASE_URL + "/realms/" + REALM + "/protocol/openid-connect/auth?" + KeycloakServer.formEncoded(Map.of(
                "client_id", "lvzhi-web", "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT, "state", "test-state",
                "code_challenge", CHALLENGE, "code_challenge_method", "S256")));
    }

    private HttpResponse<String> token(Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(KeycloakServer.BASE_URL + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(KeycloakServer.formEncoded(form))).build());
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

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
