package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads a browser's session: the access token the sign-in page (the local identity's, or Keycloak's authorization-code
 * flow) put in the session cookie, validated exactly like a bearer token (signature, lifetime, and with the local
 * identity its session and grants). Micronaut's own cookie reader would switch the whole
 * platform to cookie authentication, with redirects instead of 401 for API clients; this adds the cookie beside
 * the bearer header.
 */
@Singleton
class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    private final String cookieName;

    SessionCookieReader(@Value("${lvzhi.session-cookie:LVZHI_SESSION}") String cookieName) {
        this.cookieName = cookieName;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(token -> !token.isBlank());
    }
}
