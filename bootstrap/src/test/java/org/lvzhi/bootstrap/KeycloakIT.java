package org.lvzhi.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.lvzhi.application.notification.NotificationDispatcher;
import org.lvzhi.bootstrap.keycloak.Browser;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;

/**
 * The platform in the 'keycloak' environment against a real Keycloak 26 (the server distribution from the
 * local Maven repository, started once for this class); the last test stops Keycloak. The platform listens on
 * {@link #PLATFORM} (the demo realm's browser client names it as a redirect URI), while this class holds Keycloak's
 * machine lock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

    static final URI PLATFORM = URI.create("http://127.0.0.1:8181");

    private KeycloakServer keycloak;
    private EmbeddedServer platform;
    private ApiClient api;
    private Path dataDir;

    @BeforeAll
    void startKeycloakAndThePlatform() throws IOException {
        keycloak = KeycloakServer.start();
        Map<String, Object> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("lvzhi.identity.keycloak.issuer", keycloak.issuer());
        properties.put("lvzhi.identity.keycloak.provisioner-secret", "provisioner-secret");
        dataDir = Files.createTempDirectory("lvzhi-keycloak-test");
        properties.put("lvzhi.data-dir", dataDir.toString());
        properties.put("lvzhi.test.movable-clock", "true");
        properties.put("lvzhi.notification.dispatcher.enabled", "false");
        properties.put("micronaut.server.port", PLATFORM.getPort());
        properties.put("lvzhi.public-url", PLATFORM.toString());
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
    @DisplayName("a deputy registered with an e-mail address is invited, chooses a password at the platform, signs in to Keycloak and reads only their own seat; resignation ends it")
    void registeredDeputySignsIn() {
        String liaison = keycloak.passwordToken("qinghai-liaison", "demo");
        String login = "kc-" + UUID.randomUUID().toString().substring(0, 8);
        var registered = api.post("/api/v1/deputies", liaison, Map.of(
                "name", "新任代表", "login", login, "termId", api.firstTermId(liaison), "constituency", "ELECTING_UNIT",
                "contact", Map.of("email", login + "@example.cn")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(accept(invitationTo(login + "@example.cn"), "青海2026代表密码").status()).isEqualTo(204);

        String token = api.post("/api/v1/auth/token", null, Map.of("username", login, "password", "青海2026代表密码")).text("access_token");
        var own = api.get("/api/v1/deputies/me", token);
        var other = api.get("/api/v1/deputies/" + api.deputiesNamed(liaison, "李文华").list("items").getFirst().get("id"), token);
        api.post("/api/v1/deputies/" + registered.text("id") + "/status", liaison, Map.of("status", "RESIGNED", "reason", "本人辞职",
                "documentReference", "西人常〔2026〕8号", "acceptedOn", "2026-01-05"));
        String afterResignation = keycloak.passwordToken(login, "青海2026代表密码");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("name")).isEqualTo("新任代表");
        assertThat(other.status()).isEqualTo(404);
        assertThat(String.valueOf(KeycloakServer.claims(afterResignation).get("congresses"))).doesNotContain("qinghai");
        assertThat(api.get("/api/v1/deputies/me", afterResignation).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/deputies/me", token).status()).as("the token issued before the resignation").isEqualTo(401);
    }

    @Test
    @Order(5)
    @DisplayName("a tenant admin invites, lists (paged), disables and enables their organization's accounts through /api/v1/accounts; a token issued before disabling gets 401 at once")
    void accountsOfTheOrganization() {
        String admin = keycloak.passwordToken("bj-dongcheng-admin", "demo");
        var invited = api.post("/api/v1/accounts", admin, Map.of(
                "login", "ximen.chuan", "name", "西门川", "email", "ximen.chuan@example.cn", "role", "GROUP_LEADER"));
        assertThat(accept(invitationTo("ximen.chuan@example.cn"), "东城2026组长密码").status()).isEqualTo(204);
        String leader = keycloak.passwordToken("ximen.chuan", "东城2026组长密码");
        var before = api.get("/api/v1/congresses/current", leader);

        var disabled = api.post("/api/v1/accounts/ximen.chuan/disable", admin, Map.of());
        var refused = api.get("/api/v1/congresses/current", leader);
        var listed = walk("/api/v1/accounts?size=2", admin);
        var enabled = api.post("/api/v1/accounts/ximen.chuan/enable", admin, Map.of());
        String again = keycloak.passwordToken("ximen.chuan", "东城2026组长密码");

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json()).containsEntry("name", "西门川").containsEntry("enabled", true).containsEntry("passwordSet", false)
                .containsEntry("roles", List.of("GROUP_LEADER"));
        assertThat(before.status()).isEqualTo(200);
        assertThat(disabled.status()).isEqualTo(204);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(listed).extracting(a -> a.get("login")).doesNotHaveDuplicates()
                .contains("bj-dongcheng-admin", "bj-dongcheng-liaison", "bj-dongcheng-deputy1", "ximen.chuan");
        assertThat(listed).filteredOn(a -> "ximen.chuan".equals(a.get("login"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("enabled", false).containsEntry("passwordSet", true));
        assertThat(enabled.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/congresses/current", again).text("id")).isEqualTo("bj-dongcheng");
        assertThat(api.post("/api/v1/accounts/qinghai-liaison/enable", admin, Map.of()).status())
                .as("another congress's user is not pulled in").isEqualTo(404);
        assertThat(api.post("/api/v1/accounts/nobody-here/disable", admin, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accounts", keycloak.passwordToken("bj-dongcheng-liaison", "demo")).status()).isEqualTo(403);
    }

    /** Every item of a list, following {@code next} (and checking {@code Link}) to the last page. */
    private List<Map<String, Object>> walk(String first, String token) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String next = first; next != null; ) {
            var page = api.get(next, token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            items.addAll(page.list("items"));
            next = (String) page.json().get("next");
            if (next != null) {
                assertThat(page.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
            }
        }
        return items;
    }

    @Test
    @Order(5)
    @DisplayName("a congress founded under Keycloak is ready in one step: its organization, and its first admin, named by the family-name rule, accepts the e-mailed invitation and signs in")
    void congressReadyInOneStep() {
        String platformAdmin = keycloak.passwordToken("platform-admin", "demo");
        var founded = api.post("/api/v1/congresses", platformAdmin, Map.of("id", "haibei", "name", "海北藏族自治州人民代表大会",
                "level", "CITY", "parentId", "qinghai", "firstAdmin", Map.of("name", "欧阳文", "email", "ouyang.wen@example.cn")));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        Map<String, Object> user = KeycloakServer.json(keycloak.admin("GET", "/users/" + keycloak.userId("ouyang.wen@example.cn"), null).body());
        String link = invitationTo("ouyang.wen@example.cn");

        var weak = accept(link, "123");
        var accepted = accept(link, "海北2026管理员密码");
        var again = accept(link, "海北2026管理员密码");
        Browser browser = new Browser();
        var signedIn = browser.signIn(PLATFORM, "ouyang.wen@example.cn", "海北2026管理员密码");
        var current = browser.get(PLATFORM.resolve("/api/v1/congresses/current"));

        assertThat(keycloak.organizationId("haibei")).isNotBlank();
        assertThat(user).containsEntry("lastName", "欧阳").containsEntry("firstName", "文").containsEntry("email", "ouyang.wen@example.cn");
        assertThat(String.valueOf(user.get("attributes"))).contains("displayName=[欧阳文]");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.pointers()).containsExactly("/password");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.pointers()).containsExactly("/token");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(current.body()).contains("\"haibei\"");
        assertThat(KeycloakServer.json(keycloak.admin("GET", "/users/" + keycloak.userId("ouyang.wen@example.cn"), null).body()))
                .containsEntry("emailVerified", true);
    }

    @Test
    @Order(5)
    @DisplayName("when Keycloak refuses the first admin, the congress and its organization are taken back, and the answer says why in Chinese")
    void refusedFirstAdminLeavesNothing() {
        String platformAdmin = keycloak.passwordToken("platform-admin", "demo");
        var refused = api.post("/api/v1/congresses", platformAdmin, Map.of("id", "guoluo", "name", "果洛藏族自治州人民代表大会",
                "level", "CITY", "parentId", "qinghai",
                "firstAdmin", Map.of("name", "司马青", "email", "qinghai-liaison@qinghai.lvzhi.local", "login", "sima.qing")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("qinghai-liaison@qinghai.lvzhi.local", "电子邮箱");
        assertThat(api.get("/api/v1/congresses?size=200", platformAdmin).list("items")).noneMatch(c -> "guoluo".equals(c.get("id")));
        assertThat(keycloak.admin("GET", "/organizations?search=guoluo", null).body()).doesNotContain("\"guoluo\"");
    }

    @Test
    @Order(5)
    @DisplayName("a browser signs in through Keycloak (authorization code, PKCE S256, state): an HttpOnly SameSite session cookie reads the deputy's own seat; sign-out everywhere ends the realm's sessions")
    void browserSignIn() {
        Browser browser = new Browser();
        var toKeycloak = browser.get(PLATFORM.resolve("/sign-in"));
        String authorization = Browser.location(toKeycloak).toString();
        var back = browser.logIn(browser.get(Browser.location(toKeycloak)), "qinghai-deputy1", "demo");
        var callback = browser.get(Browser.location(back));
        String sessionCookie = callback.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LVZHI_SESSION=")).findFirst().orElse("");
        var own = browser.get(PLATFORM.resolve("/api/v1/deputies/me"));
        var crossSite = browser.post(PLATFORM.resolve("/sign-out"), Map.of("everywhere", "true"), "https://evil.example");
        var signedOut = browser.post(PLATFORM.resolve("/sign-out"), Map.of("everywhere", "true"), PLATFORM.toString());
        String sessions = keycloak.admin("GET", "/users/" + keycloak.userId("qinghai-deputy1") + "/sessions", null).body();

        assertThat(toKeycloak.statusCode()).isEqualTo(303);
        assertThat(authorization).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?")
                .contains("client_id=lvzhi-web", "code_challenge_method=S256", "code_challenge=", "state=");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"" + api.get("/api/v1/deputies/me", keycloak.passwordToken("qinghai-deputy1", "demo")).text("id") + "\"");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(Browser.location(signedOut).toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/logout?");
        assertThat(browser.cookie("LVZHI_SESSION")).isEmpty();
        assertThat(sessions).isEqualTo("[]");
    }

    @Test
    @Order(5)
    @DisplayName("a callback with another state is refused and sets no session; a code exchanged without its PKCE verifier is refused by Keycloak")
    void forgedCallbacksAreRefused() throws Exception {
        Browser browser = new Browser();
        var toKeycloak = browser.get(PLATFORM.resolve("/sign-in"));
        var back = browser.logIn(browser.get(Browser.location(toKeycloak)), "qinghai-liaison", "demo");
        URI callback = Browser.location(back);
        String code = Arrays.stream(callback.getRawQuery().split("&")).filter(p -> p.startsWith("code="))
                .map(p -> URLDecoder.decode(p.substring(5), UTF_8)).findFirst().orElseThrow();

        var wrongState = browser.get(PLATFORM.resolve("/signed-in?code=" + URLEncoder.encode(code, UTF_8) + "&state=forged"));
        var withoutVerifier = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=lvzhi-web&code="
                        + URLEncoder.encode(code, UTF_8) + "&redirect_uri="
                        + URLEncoder.encode(PLATFORM.resolve("/signed-in").toString(), UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wrongState.statusCode()).isEqualTo(400);
        assertThat(wrongState.body()).contains("登录请求无效或已过期");
        assertThat(browser.cookie("LVZHI_SESSION")).isEmpty();
        assertThat(browser.get(PLATFORM.resolve("/api/v1/congresses/current")).statusCode()).isEqualTo(401);
        assertThat(withoutVerifier.statusCode()).isEqualTo(400);
        assertThat(withoutVerifier.body()).contains("invalid_grant");
    }

    @Test
    @Order(5)
    @DisplayName("a tenant admin's API client is a realm client: create → token → call → rotate: old secret and token refused → revoke: token refused at once; another congress's admin gets 404")
    void selfServiceClients() {
        String admin = keycloak.passwordToken("qinghai-admin", "demo");
        var created = api.post("/api/v1/api-clients", admin, Map.of("name", "数字人大门户", "roles", List.of("INTEGRATION"),
                "rateLimit", Map.of("capacity", 50, "perSecond", 10)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> client = (Map<String, Object>) created.json().get("client");
        String id = String.valueOf(client.get("id"));
        String clientId = String.valueOf(client.get("clientId"));

        String firstToken = api.clientToken(clientId, created.text("secret")).text("access_token");
        var read = api.get("/api/v1/deputies", firstToken);
        var otherAdmin = api.post("/api/v1/api-clients/" + id + "/rotate-secret", keycloak.passwordToken("hunan-admin", "demo"), null);
        var rotated = api.post("/api/v1/api-clients/" + id + "/rotate-secret", admin, null);
        var oldSecret = api.clientToken(clientId, created.text("secret"));
        var oldToken = api.get("/api/v1/deputies", firstToken);
        String secondToken = api.clientToken(clientId, rotated.text("secret")).text("access_token");
        var afterRotation = api.get("/api/v1/congresses/current", secondToken);
        api.post("/api/v1/api-clients/" + id + "/revoke", admin, null);
        var afterRevocation = api.get("/api/v1/congresses/current", secondToken);

        assertThat(KeycloakServer.claims(firstToken)).containsEntry("congresses", List.of("qinghai"))
                .containsEntry("roles", List.of("INTEGRATION")).containsEntry("rate_limit", Map.of("capacity", 50, "per_second", 10));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("RateLimit-Limit")).isEqualTo("50");
        assertThat(otherAdmin.status()).isEqualTo(404);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(oldSecret.status()).isEqualTo(401);
        assertThat(oldToken.status()).as("a token of the rotated-away secret").isEqualTo(401);
        assertThat(afterRotation.text("id")).isEqualTo("qinghai");
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat(api.clientToken(clientId, rotated.text("secret")).status()).isEqualTo(401);
    }

    @Test
    @Order(6)
    @DisplayName("with Keycloak stopped, issued tokens keep working and a new sign-in gets 503 saying why")
    void keycloakDown() {
        String issued = keycloak.passwordToken("qinghai-liaison", "demo");
        String platformAdmin = keycloak.passwordToken("platform-admin", "demo");
        assertThat(api.get("/api/v1/deputies", issued).status()).isEqualTo(200);

        keycloak.stop();

        assertThat(api.get("/api/v1/deputies", issued).status()).isEqualTo(200);
        var signIn = api.post("/api/v1/auth/token", null, Map.of("username", "qinghai-liaison", "password", "demo"));
        assertThat(signIn.status()).isEqualTo(503);
        assertThat(signIn.contentType()).startsWith("application/problem+json");
        assertThat(signIn.text("detail")).contains("Keycloak");
        var founding = api.post("/api/v1/congresses", platformAdmin, Map.of("id", "yushu", "name", "玉树藏族自治州人民代表大会",
                "level", "CITY", "parentId", "qinghai"));
        assertThat(founding.status()).isEqualTo(503);
        assertThat(founding.text("detail")).contains("无法连接 Keycloak");
        assertThat(api.get("/api/v1/congresses?size=200", platformAdmin).list("items")).noneMatch(c -> "yushu".equals(c.get("id")));
    }

    private String invitationTo(String address) {
        return Mailbox.invitationTo(platform.getApplicationContext().getBean(NotificationDispatcher.class), dataDir, address);
    }

    private ApiClient.Response accept(String token, String password) {
        return api.post("/api/v1/auth/invitations/acceptance", null, Map.of("token", token, "password", password));
    }
}
