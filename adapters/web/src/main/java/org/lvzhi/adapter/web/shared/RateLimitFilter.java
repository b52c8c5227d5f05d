package org.lvzhi.adapter.web.shared;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.account.port.in.ApiClientClaims;
import org.lvzhi.application.ratelimit.port.in.RateLimits;
import org.lvzhi.application.ratelimit.port.in.RateLimits.Allowance;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.reactivestreams.Publisher;

/**
 * Spends the signed-in caller's and its congress's tokens on every API request: 429 with {@code Retry-After} when a
 * bucket is empty, and {@code RateLimit-Limit} / {@code RateLimit-Remaining} on every answer so that a client can
 * pace itself. An API client created with a limit of its own spends from a bucket of that size. Requests without a
 * caller (signing in, health) are not counted here.
 */
@Filter("/api/**")
class RateLimitFilter implements HttpServerFilter {

    static final String LIMIT_HEADER = "RateLimit-Limit";
    static final String REMAINING_HEADER = "RateLimit-Remaining";

    private final RateLimits limits;
    private final ActingCallerBinder callers;

    RateLimitFilter(RateLimits limits, ActingCallerBinder callers) {
        this.limits = limits;
        this.callers = callers;
    }

    /** Right after authentication, before anything reads the body or the database. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Allowance> allowance = callers.actingCallerIfAny(request).map(caller -> limits.spend(caller, ownLimit(request)));
        if (allowance.isEmpty()) {
            return chain.proceed(request);
        }
        Allowance spent = allowance.get();
        if (!spent.allowed()) {
            long seconds = Math.max(1, (spent.retryAfter().toMillis() + 999) / 1000);
            return Publishers.just(withBudget(Problems.of(HttpStatus.TOO_MANY_REQUESTS, spent.reason()), spent)
                    .header("Retry-After", String.valueOf(seconds)));
        }
        return Publishers.map(chain.proceed(request), response -> withBudget(response, spent));
    }

    /** An API client's own limit, from its token ({@link ApiClientClaims#RATE_LIMIT}); a person's token has none. */
    private static Optional<BucketLimit> ownLimit(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getAttributes().get(ApiClientClaims.RATE_LIMIT))
                .filter(Map.class::isInstance).map(Map.class::cast)
                .filter(claim -> claim.get(ApiClientClaims.CAPACITY) instanceof Number && claim.get(ApiClientClaims.PER_SECOND) instanceof Number)
                .map(claim -> new BucketLimit(((Number) claim.get(ApiClientClaims.CAPACITY)).longValue(),
                        ((Number) claim.get(ApiClientClaims.PER_SECOND)).longValue(), Duration.ofSeconds(1)));
    }

    private static MutableHttpResponse<?> withBudget(MutableHttpResponse<?> response, Allowance spent) {
        return response.header(LIMIT_HEADER, String.valueOf(spent.limit())).header(REMAINING_HEADER, String.valueOf(spent.remaining()));
    }
}
