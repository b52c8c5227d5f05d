package org.lvzhi.adapter.identity.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.application.account.port.in.AcceptInvitationUseCase;
import org.lvzhi.application.account.port.in.ApiClientCheck;
import org.lvzhi.application.account.port.in.ClientCredentialsUseCase;
import org.lvzhi.application.account.port.in.FirstPlatformAdminUseCase;
import org.lvzhi.application.account.port.in.IssuedSession;
import org.lvzhi.application.account.port.in.PasswordResetUseCase;
import org.lvzhi.application.account.port.in.SeedAccount;
import org.lvzhi.application.account.port.in.SeedAccountsUseCase;
import org.lvzhi.application.account.port.in.SessionCheck;
import org.lvzhi.application.account.port.in.SignInUseCase;
import org.lvzhi.application.account.port.out.AccessTokenPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Name;

/**
 * The local identity over HTTP with its use cases replaced: the token endpoints' OAuth field names, a token it signs
 * accepted as a bearer until its session is no longer honoured, the invitation page, and the accounts seeded at start.
 */
@MicronautTest
class LocalIdentityRoutesTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> calls = new ArrayList<>();
    private volatile boolean honoured = true;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    AccessTokenPort tokens;

    @Inject
    Seeds seeds;

    @MockBean(SignInUseCase.class)
    SignInUseCase signIn() {
        return new SignInUseCase() {
            @Override
            public IssuedSession signIn(String login, String password) {
                calls.add("signIn " + login + " " + password);
                return new IssuedSession(UUID.randomUUID(), "access-1", 3600, "refresh-1");
            }

            @Override
            public IssuedSession refresh(String refreshToken) {
                calls.add("refresh " + refreshToken);
                return new IssuedSession(UUID.randomUUID(), "access-2", 3600, "refresh-2");
            }

            @Override
            public void signOut(String login, UUID session, boolean everywhere) {
                calls.add("signOut " + login + " " + session + " " + everywhere);
            }

            @Override
            public void changePassword(String login, String currentPassword, String newPassword) {
                calls.add("changePassword " + login);
            }
        };
    }

    @MockBean(PasswordResetUseCase.class)
    PasswordResetUseCase resets() {
        return login -> calls.add("requestReset " + login);
    }

    @MockBean(AcceptInvitationUseCase.class)
    AcceptInvitationUseCase invitations() {
        return (token, password) -> {
            calls.add("accept " + token);
            if (password.length() < 12) {
                throw new InvariantViolation("password", "密码至少 12 位 <须含字母和数字>");
            }
        };
    }

    @MockBean(SessionCheck.class)
    SessionCheck sessions() {
        return (login, session, congresses) -> {
            calls.add("honours " + login + " " + congresses);
            return honoured;
        };
    }

    @MockBean(ClientCredentialsUseCase.class)
    ClientCredentialsUseCase clientCredentials() {
        return (clientId, secret) -> {
            calls.add("clientToken " + clientId + " " + secret);
            return new ClientCredentialsUseCase.ClientToken("client-access", 3600);
        };
    }

    @MockBean(ApiClientCheck.class)
    ApiClientCheck clientCheck() {
        return (clientId, credential, congresses) -> {
            calls.add("honours client " + clientId + " " + congresses);
            return honoured;
        };
    }

    @Test
    @DisplayName("an API client's id and secret in an OAuth 2.0 form answer an access token without a refresh token")
    void issuesAClientToken() throws Exception {
        var answer = send(form("/api/v1/auth/client-token", "grant_type=client_credentials&client_id=qinghai.k7m2x9pq4rtb&client_secret=s%2B1"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode token = json.readValue(answer.body(), JsonNode.class);
        assertThat(token.get("access_token").getStringValue()).isEqualTo("client-access");
        assertThat(token.get("token_type").getStringValue()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").getLongValue()).isEqualTo(3600);
        assertThat(token.get("refresh_token")).isNull();
        assertThat(calls).containsExactly("clientToken qinghai.k7m2x9pq4rtb s+1");
    }

    @Test
    @DisplayName("a password sign-in answers a token pair under OAuth 2.0's field names, as the Keycloak adapter does")
    void signsIn() throws Exception {
        var answer = send(post("/api/v1/auth/token", "{\"username\":\"zhang\",\"password\":\"s3cret-密码\"}"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode pair = json.readValue(answer.body(), JsonNode.class);
        assertThat(pair.get("access_token").getStringValue()).isEqualTo("access-1");
        assertThat(pair.get("token_type").getStringValue()).isEqualTo("Bearer");
        assertThat(pair.get("expires_in").getLongValue()).isEqualTo(3600);
        assertThat(pair.get("refresh_token").getStringValue()).isEqualTo("refresh-1");
        assertThat(calls).containsExactly("signIn zhang s3cret-密码");
    }

    @Test
    @DisplayName("a refresh reads refresh_token and answers the next pair")
    void refreshes() throws Exception {
        var answer = send(post("/api/v1/auth/refresh", "{\"refresh_token\":\"refresh-1\"}"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readValue(answer.body(), JsonNode.class).get("refresh_token").getStringValue()).isEqualTo("refresh-2");
        assertThat(calls).containsExactly("refresh refresh-1");
    }

    @Test
    @DisplayName("a token the module signed is a bearer: signing out everywhere names its subject and session (sid)")
    void signsOutTheTokensSession() throws Exception {
        UUID session = UUID.randomUUID();
        String token = tokens.issue(deputy(), session).token();

        var answer = send(post("/api/v1/auth/sign-out", "{\"everywhere\":true}").header("Authorization", "Bearer " + token));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        assertThat(calls).contains("honours zhang [qinghai]").last().isEqualTo("signOut zhang " + session + " true");
    }

    @Test
    @DisplayName("the same token is refused (401) once its session is no longer honoured, and the route is not reached")
    void refusesASignedOutSession() throws Exception {
        String token = tokens.issue(deputy(), UUID.randomUUID()).token();
        honoured = false;

        var answer = send(post("/api/v1/auth/password", "{\"currentPassword\":\"a\",\"newPassword\":\"b\"}")
                .header("Authorization", "Bearer " + token));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(calls).containsOnly("honours zhang [qinghai]");
    }

    @Test
    @DisplayName("a token signed by another key is refused without asking the session")
    void refusesAForeignToken(@TempDir Path elsewhere) throws Exception {
        String foreign = LocalAccessTokensTest.tokens(new LocalSigningKey(elsewhere.toString()), Clock.systemUTC(), 300)
                .issue(deputy(), UUID.randomUUID()).token();

        var answer = send(post("/api/v1/auth/sign-out", "{}").header("Authorization", "Bearer " + foreign));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(calls).isEmpty();
    }

    @Test
    @DisplayName("the invitation page carries its token escaped; a password the use case refuses shows its reasons escaped, 422")
    void servesTheInvitationPage() throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/invitation?token=%22%3E%3Cscript%3E")).GET());
        var refused = send(HttpRequest.newBuilder(uri("/invitation")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=t-1&password=short")));
        var accepted = send(HttpRequest.newBuilder(uri("/api/v1/auth/invitations/acceptance")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"t-2\",\"password\":\"long-enough-密码-1\"}")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).doesNotContain("\"><script>").contains("&quot;&gt;&lt;script&gt;");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("密码至少 12 位 &lt;须含字母和数字&gt;");
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(calls).containsExactly("accept t-1", "accept t-2");
    }

    @Test
    @DisplayName("at start the platform admin and each demo congress's accounts are seeded, each with its one role there")
    void seedsTheDemoAccounts() {
        Map<String, SeedAccount> seeded = seeds.byLogin();

        assertThat(seeded.get("platform-admin").platformAdmin()).isTrue();
        assertThat(seeded.get("qinghai-admin").roles()).isEqualTo(Map.of(QINGHAI, List.of(AccessRole.TENANT_ADMIN)));
        assertThat(seeded.get("qinghai-unit").roles()).isEqualTo(Map.of(QINGHAI, List.of(AccessRole.HANDLING_UNIT)));
        assertThat(seeded).hasSize(8);
    }

    private static Principal deputy() {
        return new Principal("zhang", Set.of(QINGHAI), Set.of(AccessRole.DEPUTY), Map.of(QINGHAI, Set.of(AccessRole.DEPUTY)));
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The platform's clock, which the application's wiring gives in production. */
    @Factory
    static class PlatformClock {

        @Singleton
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    /** A first platform admin the module asks to invite (none is configured here). */
    @Singleton
    @Replaces(FirstPlatformAdminUseCase.class)
    static class FirstAdmins implements FirstPlatformAdminUseCase {

        @Override
        public void invite(Login login, Name name, EmailAddress email) {
            throw new AssertionError("no first platform admin is configured, yet " + login + " was invited");
        }
    }

    /** The accounts the module asks to be seeded at start. */
    @Singleton
    @Replaces(SeedAccountsUseCase.class)
    static class Seeds implements SeedAccountsUseCase {

        private final List<SeedAccount> seeded = new CopyOnWriteArrayList<>();

        @Override
        public void ensure(List<SeedAccount> accounts) {
            seeded.addAll(accounts);
        }

        Map<String, SeedAccount> byLogin() {
            Map<String, SeedAccount> byLogin = new java.util.HashMap<>();
            seeded.forEach(account -> byLogin.put(account.login().value(), account));
            return byLogin;
        }
    }
}
