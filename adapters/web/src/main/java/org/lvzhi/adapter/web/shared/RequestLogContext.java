package org.lvzhi.adapter.web.shared;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Names each request in the logs: its id (the caller's {@code X-Request-Id} when it is a plain token, else a new one,
 * echoed in the response), the congress it acts in and the user are in the MDC of every line the request writes, on
 * whichever thread serves it; and one access-log line per request (logger {@code lvzhi.access}).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class RequestLogContext implements HttpServerFilter {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger ACCESS = LoggerFactory.getLogger("lvzhi.access");

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Map<String, String> context = context(request);
        long started = System.nanoTime();
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(new MdcPropagationContext(context)).propagate()) {
            return Publishers.map(chain.proceed(request), response -> {
                response.header(REQUEST_ID, context.get("requestId"));
                logAccess(request, response, context, started);
                return response;
            });
        }
    }

    private static Map<String, String> context(HttpRequest<?> request) {
        Map<String, String> context = new HashMap<>();
        context.put("requestId", request.getHeaders().findFirst(REQUEST_ID).filter(id -> id.matches("[A-Za-z0-9._-]{1,64}"))
                .orElseGet(() -> UUID.randomUUID().toString()));
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        user.ifPresent(authentication -> context.put("user", authentication.getName()));
        request.getHeaders().findFirst(ActingCallerBinder.CONGRESS_HEADER).or(() -> user.flatMap(RequestLogContext::onlyCongress))
                .ifPresent(congress -> context.put("congress", congress));
        return context;
    }

    private static Optional<String> onlyCongress(Authentication authentication) {
        return authentication.getAttributes().get("congresses") instanceof Collection<?> congresses && congresses.size() == 1
                ? Optional.of(String.valueOf(congresses.iterator().next()))
                : Optional.empty();
    }

    private static void logAccess(HttpRequest<?> request, MutableHttpResponse<?> response, Map<String, String> context, long started) {
        Map<String, String> previous = MDC.getCopyOfContextMap();
        MDC.setContextMap(context);
        try {
            ACCESS.info("{} {} {} {}ms", request.getMethodName(), request.getPath(), response.code(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (previous == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(previous);
            }
        }
    }
}
