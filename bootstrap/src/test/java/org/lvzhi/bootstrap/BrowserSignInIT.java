package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Browser sign-in on the local identity: the page, the session cookie, the Origin check, and bearer tokens beside it. */
@MicronautTest(transactional = false)
class BrowserSignInIT extends ApiTest {

    private final HttpClient browser = HttpClient.newHttpClient();

    @Test
    @DisplayName("the sign-in page sets an HttpOnly, SameSite=Lax session cookie (not Secure on plain-http local development)")
    void signInSetsTheSessionCookie() {
        var page = send("GET", "/sign-in", null, Map.of());
        var signedIn = signIn("qinghai-deputy1", "demo");
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("登录履职平台", "name=\"password\"");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(cookie).startsWith("LVZHI_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(send("GET", "/api/v1/deputies/me", null, Map.of("Cookie", session(signedIn))).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/sign-in", null, Map.of("Cookie", session(signedIn))).body()).contains("qinghai-deputy1");
    }

    @Test
    @DisplayName("a wrong password re-renders the page with 401 and a Chinese reason")
    void wrongPasswordOnThePage() {
        var refused = signIn("qinghai-deputy2", "wrong");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("用户名或密码错误");
    }

    @Test
    @DisplayName("a cross-site form post with the session cookie is refused; from the platform's own origin it goes through")
    void crossSitePostIsRefused() {
        String cookie = session(signIn("qinghai-deputy2", "demo"));
        String own = server.getURI().getScheme() + "://" + server.getURI().getAuthority();

        var foreign = send("POST", "/sign-out", "", Map.of("Cookie", cookie, "Origin", "https://evil.example",
                "Content-Type", "application/x-www-form-urlencoded"));
        var otherLocalSite = send("POST", "/sign-out", "", Map.of("Cookie", cookie, "Origin", "http://localhost:1",
                "Content-Type", "application/x-www-form-urlencoded"));
        var withoutOrigin = send("POST", "/api/v1/auth/sign-out", "{}", Map.of("Cookie", cookie, "Content-Type", "application/json"));
        var stillSignedIn = send("GET", "/api/v1/deputies/me", null, Map.of("Cookie", cookie));
        var ownOrigin = send("POST", "/sign-out", "everywhere=true", Map.of("Cookie", cookie, "Origin", own,
                "Content-Type", "application/x-www-form-urlencoded"));

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(otherLocalSite.statusCode()).isEqualTo(403);
        assertThat(otherLocalSite.body()).contains("跨站请求被拒绝");
        assertThat(withoutOrigin.statusCode()).isEqualTo(403);
        assertThat(withoutOrigin.body()).contains("跨站请求被拒绝");
        assertThat(stillSignedIn.statusCode()).isEqualTo(200);
        assertThat(ownOrigin.statusCode()).isEqualTo(200);
        assertThat(ownOrigin.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(send("GET", "/api/v1/deputies/me", null, Map.of("Cookie", cookie)).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("bearer tokens keep working for state-changing API calls without any Origin")
    void bearerNeedsNoOrigin() {
        var response = api.post("/api/v1/auth/sign-out", api.token("hunan-deputy2"), Map.of());

        assertThat(response.status()).isEqualTo(204);
    }

    private HttpResponse<String> signIn(String username, String password) {
        String own = server.getURI().getScheme() + "://" + server.getURI().getAuthority();
        return send("POST", "/sign-in", "username=" + username + "&password=" + password,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", own));
    }

    private static String session(HttpResponse<String> signedIn) {
        return signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
