package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.adapter.page.BrowserPage;

/**
 * Browser sign-in through Keycloak (authorization code with PKCE S256, the public client {@code lvzhi-web}):
 * {@code /sign-in} sends the browser to the realm's login page with a fresh state and code challenge, the realm sends it
 * back to {@code /signed-in}, where the code is exchanged with the verifier and the access token becomes the same
 * HttpOnly, SameSite=Lax session cookie the local identity's sign-in sets (Secure whenever the public address is
 * https, i.e. outside local development). {@code /sign-out} drops the cookie and ends the realm's session in this
 * browser, or, asked to, every session of the user.
 */
@Controller
@Requires(env = "keycloak")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
class KeycloakSignInController {

    private static final String ATTEMPT_COOKIE = "LVZHI_SIGN_IN";
    private static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);

    private final KeycloakSettings settings;
    private final KeycloakHttp http;
    private final KeycloakAdmin admin;
    private final String sessionCookie;
    private final URI publicUrl;
    private final boolean secure;

    KeycloakSignInController(KeycloakSettings settings, KeycloakHttp http, KeycloakAdmin admin,
                             @Value("${lvzhi.session-cookie:LVZHI_SESSION}") String sessionCookie,
                             @Value("${lvzhi.public-url:`http://localhost:8080`}") URI publicUrl) {
        this.settings = settings;
        this.http = http;
        this.admin = admin;
        this.sessionCookie = sessionCookie;
        this.publicUrl = publicUrl;
        this.secure = "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    @Get("/sign-in")
    MutableHttpResponse<String> signIn(@Nullable Authentication authentication) {
        if (authentication != null) {
            return HttpResponse.ok(page(text("page.signed-in"), """
                    <form method="post" action="/sign-out">
                      <label><input type="checkbox" name="everywhere" value="true"> %s</label>
                      <button type="submit">%s</button>
                    </form>""".formatted(text("page.sign-out.everywhere"), text("page.sign-out"))));
        }
        SignInAttempt attempt = SignInAttempt.start();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.browserClientId());
        query.put("redirect_uri", callback());
        query.put("scope", "openid");
        query.put("state", attempt.state());
        query.put("code_challenge", attempt.challenge());
        query.put("code_challenge_method", "S256");
        return HttpResponse.<String>seeOther(URI.create(settings.authorization() + "?" + KeycloakHttp.encoded(query)))
                .cookie(cookie(ATTEMPT_COOKIE, attempt.cookie(), ATTEMPT_LIFETIME).path("/signed-in"));
    }

    @Get("/signed-in")
    MutableHttpResponse<String> signedIn(HttpRequest<?> request, @Nullable @QueryValue String code,
                                        @Nullable @QueryValue String state, @Nullable @QueryValue String error) {
        var attempt = request.getCookies().findCookie(ATTEMPT_COOKIE).map(Cookie::getValue).flatMap(SignInAttempt::of)
                .filter(a -> a.answeredBy(state));
        Cookie spent = cookie(ATTEMPT_COOKIE, "", Duration.ZERO).path("/signed-in");
        if (attempt.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, text("page.attempt.invalid")).cookie(spent);
        }
        if (error != null || code == null) {
            return refused(HttpStatus.UNAUTHORIZED, text("page.code.refused", plain(error))).cookie(spent);
        }
        KeycloakHttp.Answer tokens = http.postForm(settings.tokens(), Map.of(
                "grant_type", "authorization_code",
                "client_id", settings.browserClientId(),
                "code", code,
                "redirect_uri", callback(),
                "code_verifier", attempt.get().verifier()));
        if (!tokens.ok()) {
            Object reason = tokens.status() < 500 ? http.read(tokens, KeycloakAdmin.OBJECT).get("error") : tokens.status();
            return refused(HttpStatus.UNAUTHORIZED, text("page.code.refused", plain(String.valueOf(reason)))).cookie(spent);
        }
        Map<String, Object> issued = http.read(tokens, KeycloakAdmin.OBJECT);
        Duration lifetime = Duration.ofSeconds(((Number) issued.get("expires_in")).longValue());
        return HttpResponse.<String>seeOther(URI.create("/"))
                .cookie(cookie(sessionCookie, String.valueOf(issued.get("access_token")), lifetime))
                .cookie(spent);
    }

    /** Everywhere: every session of the user at the realm ends (their refresh tokens with them) through the admin API. */
    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> signOut(@Nullable Authentication authentication, @Nullable @Body SignOutForm form) {
        if (authentication != null && form != null && "true".equals(form.everywhere())) {
            Object user = authentication.getAttributes().get("sub");
            if (user != null) {
                String token = admin.token();
                admin.call(token, "POST", "users/" + user + "/logout", null, "结束 " + authentication.getName() + " 的所有会话");
            }
        }
        String endSession = settings.endSession() + "?" + KeycloakHttp.encoded(Map.of("client_id", settings.browserClientId(),
                "post_logout_redirect_uri", publicUrl.resolve("/signed-out").toString()));
        return HttpResponse.<String>seeOther(URI.create(endSession)).cookie(cookie(sessionCookie, "", Duration.ZERO));
    }

    @Get("/signed-out")
    String signedOut() {
        return page(text("page.signed-out"), "<p><a href=\"/sign-in\">" + text("page.sign-in-again") + "</a></p>");
    }

    private String callback() {
        return publicUrl.resolve("/signed-in").toString();
    }

    private Cookie cookie(String name, String value, Duration maxAge) {
        return Cookie.of(name, value).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/").maxAge(maxAge);
    }

    private static MutableHttpResponse<String> refused(HttpStatus status, String notice) {
        return HttpResponse.<String>status(status).body(page(notice, "<p><a href=\"/sign-in\">" + text("page.sign-in-again") + "</a></p>"));
    }

    /** Keycloak's error codes are words; anything else is dropped rather than escaped into the page. */
    private static String plain(String code) {
        return code == null ? "" : code.replaceAll("[^A-Za-z0-9_ -]", "");
    }

    private static String text(String key, Object... arguments) {
        return KeycloakHttp.MESSAGES.text(key, arguments);
    }

    private static String page(String notice, String body) {
        return BrowserPage.html(text("page.title"), notice, body);
    }

    @Serdeable
    record SignOutForm(@Nullable String everywhere) {
    }
}
