package org.lvzhi.adapter.web.shared;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Optional;
import org.lvzhi.application.ratelimit.port.in.RateLimits;
import org.lvzhi.application.ratelimit.port.in.RateLimits.Allowance;
import org.reactivestreams.Publisher;

/**
 * Spends the signed-in caller's and its congress's tokens on every API request: 429 with {@code Retry-After} when a
 * bucket is empty, and {@code RateLimit-Limit} / {@code RateLimit-Remaining} on every answer so that a client can
 * pace itself. Requests without a caller (signing in, health) are not counted here.
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
        Optional<Allowance> allowance = callers.actingCallerIfAny(request).map(limits::spend);
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

    private static MutableHttpResponse<?> withBudget(MutableHttpResponse<?> response, Allowance spent) {
        return response.header(LIMIT_HEADER, String.valueOf(spent.limit())).header(REMAINING_HEADER, String.valueOf(spent.remaining()));
    }
}
