package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import org.lvzhi.application.identity.port.in.ActingCongressResolver;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Grants;
import org.lvzhi.application.shared.Principal;

/**
 * The congress a console page acts in: the one the session grants, or the one the person picked among several
 * (kept in the cookie {@value #CONGRESS_COOKIE}, judged by the same resolver as the API's {@code X-Congress} header,
 * so a pick the session does not grant is no pick).
 */
@Singleton
class ActingInCongress {

    static final String CONGRESS_COOKIE = "LVZHI_CONGRESS";
    static final URI SIGN_IN = URI.create("/sign-in");
    static final URI PICKER = URI.create("/congress");
    static final URI HOME = URI.create("/");

    private final ActingCongressResolver resolver;

    ActingInCongress(ActingCongressResolver resolver) {
        this.resolver = resolver;
    }

    ActingCaller caller(@Nullable Principal principal, HttpRequest<?> request) {
        Principal signedIn = signedIn(principal);
        try {
            return resolver.resolve(signedIn, picked(request));
        } catch (AccessDenied noCongressYet) {
            throw new NotActing(PICKER);
        }
    }

    /** The caller, refused a page its roles in the acting congress are not granted, as the API refuses its route. */
    ActingCaller granted(@Nullable Principal principal, HttpRequest<?> request, Grants grants, String operation) {
        ActingCaller caller = caller(principal, request);
        if (!grants.allows(caller, operation)) {
            throw new AccessDenied(ConsoleText.text("denied"));
        }
        return caller;
    }

    static Principal signedIn(@Nullable Principal principal) {
        if (principal == null) {
            throw new NotActing(SIGN_IN);
        }
        return principal;
    }

    private static Optional<String> picked(HttpRequest<?> request) {
        return request.getCookies().findCookie(CONGRESS_COOKIE).map(Cookie::getValue).filter(slug -> !slug.isBlank());
    }
}
