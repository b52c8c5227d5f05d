package org.lvzhi.bootstrap.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does in an authorization-code sign-in, without a browser: keeps cookies, follows nothing by itself
 * (each redirect is a step a test may look at), and fills in Keycloak's login form.
 */
public final class Browser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** A form post as a page of {@code origin} sends it (with that Origin header). */
    public HttpResponse<String> post(URI uri, Map<String, String> form, String origin) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakServer.formEncoded(form))));
    }

    /** The target of a redirect, resolved against the request's address. */
    public static URI location(HttpResponse<?> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + redirect.statusCode() + " " + redirect.body()));
        return redirect.uri().resolve(location);
    }

    /** Posts the user name and password into the Keycloak login page just fetched; answers Keycloak's redirect. */
    public HttpResponse<String> logIn(HttpResponse<String> loginPage, String username, String password) {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("no login form in " + loginPage.uri() + ":\n" + loginPage.body());
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new AssertionError("login form without action: " + form.group());
        }
        URI target = loginPage.uri().resolve(action.group(1).replace("&amp;", "&"));
        return post(target, Map.of("username", username, "password", password, "credentialId", ""),
                loginPage.uri().getScheme() + "://" + loginPage.uri().getAuthority());
    }

    /**
     * The whole sign-in from the platform's {@code /sign-in}: to Keycloak's login page, the password posted, back to
     * the platform's callback; answers the callback's response (a redirect that sets the session cookie).
     */
    public HttpResponse<String> signIn(URI platform, String username, String password) {
        HttpResponse<String> toKeycloak = get(platform.resolve("/sign-in"));
        HttpResponse<String> loginPage = get(location(toKeycloak));
        HttpResponse<String> back = logIn(loginPage, username, password);
        return get(location(back));
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
