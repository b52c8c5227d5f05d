package org.lvzhi.adapter.web.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * CSRF protection for browsers (issue 15): a state-changing request that a session cookie would authenticate — and
 * the sign-in and invitation forms, against login CSRF — must carry an {@code Origin} naming this platform (its
 * public address, or the host the request was sent to); anything else is refused with 403 before it is read. A
 * request with an {@code Authorization} header is an API client's, which no other site can make a browser send.
 * SameSite=Lax on the cookie already keeps it off cross-site posts in current browsers; this does not rely on it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CrossSiteRequestFilter implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final Set<String> FORMS = Set.of("/sign-in", "/sign-out", "/invitation");

    private final String sessionCookie;
    private final URI publicUrl;

    CrossSiteRequestFilter(@Value("${lvzhi.session-cookie:LVZHI_SESSION}") String sessionCookie,
                           @Value("${lvzhi.public-url:`http://localhost:8080`}") URI publicUrl) {
        this.sessionCookie = sessionCookie;
        this.publicUrl = publicUrl;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseCrossSite(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        boolean cookieOrForm = request.getCookies().contains(sessionCookie) || FORMS.contains(request.getPath());
        if (!cookieOrForm || request.getHeaders().getOrigin().filter(origin -> ownOrigin(origin, request)).isPresent()) {
            return null;
        }
        String reason = Problems.text("cross-site");
        // A form's user reads the answer in the browser; an API client gets its problem+json.
        return FORMS.contains(request.getPath())
                ? HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN + ";charset=utf-8").body(reason)
                : Problems.of(HttpStatus.FORBIDDEN, reason);
    }

    private boolean ownOrigin(String origin, HttpRequest<?> request) {
        Optional<URI> parsed = parse(origin);
        if (parsed.isEmpty() || parsed.get().getHost() == null) {
            return false;
        }
        URI given = parsed.get();
        String authority = given.getAuthority();
        return sameOrigin(given, publicUrl) || request.getHeaders().findFirst(HttpHeaders.HOST).filter(authority::equalsIgnoreCase).isPresent();
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Optional<URI> parse(String origin) {
        try {
            return Optional.of(URI.create(origin));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
