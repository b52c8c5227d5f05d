package org.lvzhi.bootstrap.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;

/**
 * What a browser does in an authorization-code sign-in, without a browser: keeps cookies, follows nothing by itself
 * (each redirect is a step a test may look at), and fills in Keycloak's login form. Cookies are kept per host and
 * port and sent whatever their Secure flag: Keycloak marks its own Secure even on the tests' plain http, which the
 * JDK's CookieManager would then never send back.
 */
public final class Browser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final Map<String, Map<String, String>> cookies = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** A form post as a page of {@code origin} sends it (with that Origin header). */
    public HttpResponse<String> post(URI uri, Map<String, String> form, String origin) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakServer.formEncoded(form))));
    }

    private static void keep(Map<String, String> jar, String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        boolean removed = value.isEmpty() || Arrays.stream(parts).map(String::trim).anyMatch(a -> a.equalsIgnoreCase("Max-Age=0"));
        if (removed) {
            jar.remove(name);
        } else {
            jar.put(name, value);
        }
    }

    /** The target of a redirect, resolved against the request's address. */
    public static URI location(HttpResponse<?> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + redirect.statusCode() + " " + redirect.body()));
        return redirect.uri().resolve(location);
    }

    /**
     * Posts the user name and password into the Keycloak login page just fetched; answers Keycloak's redirect. With
     * organizations on, Keycloak asks for the user name first (identity-first login) and then for the password on a
     * second page, so each login page that comes back is filled in again.
     */
    public HttpResponse<String> logIn(HttpResponse<String> loginPage, String username, String password) {
        HttpResponse<String> page = loginPage;
        for (int step = 0; step < 3; step++) {
            if (page.statusCode() != 200 || !LOGIN_FORM.matcher(page.body()).find()) {
                return page;
            }
            page = post(formAction(page), Map.of("username", username, "password", password, "credentialId", ""),
                    page.uri().getScheme() + "://" + page.uri().getAuthority());
        }
        throw new AssertionError("Keycloak kept asking to log in as " + username + ":\n" + page.body());
    }

    /** Where Keycloak's login form on the page posts to. */
    public static URI formAction(HttpResponse<String> page) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no login form: " + page.statusCode() + " " + page.body());
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new AssertionError("login form without action: " + form.group());
        }
        return page.uri().resolve(action.group(1).replace("&amp;", "&"));
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

    /** The value of a cookie the platform (or Keycloak) set and has not removed. */
    public Optional<String> cookie(String name) {
        return cookies.values().stream().map(jar -> jar.get(name)).filter(Objects::nonNull).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            Map<String, String> jar = cookies.computeIfAbsent(built.uri().getAuthority(), authority -> new LinkedHashMap<>());
            if (!jar.isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true).header("Cookie", jar.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))).build();
            }
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> keep(jar, header));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
