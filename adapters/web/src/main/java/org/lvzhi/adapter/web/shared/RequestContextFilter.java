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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;

/**
 * Names every log line written while a request is served with the request's id, the congress it acts in and
 * the user (MDC keys {@code requestId}, {@code congress}, {@code user}), on whatever thread serves it. The id is
 * the caller's {@code X-Request-Id} when it is a sensible token, a new one otherwise; every answer carries it,
 * a refusal by the security filter included. The congress and the user are known once the caller is signed in.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class RequestContextFilter implements HttpServerFilter {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String REQUEST_ID = "requestId";
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** First of all filters: the id names the security filter's own lines and refusals too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String requestId = request.getHeaders().findFirst(REQUEST_ID_HEADER).filter(id -> SENSIBLE_ID.matcher(id).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(REQUEST_ID, requestId);
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(new MdcPropagationContext(Map.of(REQUEST_ID, requestId))).propagate()) {
            return Publishers.map(chain.proceed(request), response -> response.header(REQUEST_ID_HEADER, requestId));
        }
    }

    /** Once the caller is signed in: the same id, with the congress and the user. */
    @Filter(Filter.MATCH_ALL_PATTERN)
    static class Caller implements HttpServerFilter {

        private final ActingCallerBinder callers;

        Caller(ActingCallerBinder callers) {
            this.callers = callers;
        }

        @Override
        public int getOrder() {
            return ServerFilterPhase.SECURITY.after();
        }

        @Override
        public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
            Map<String, String> context = new HashMap<>();
            request.getAttribute(REQUEST_ID, String.class).ifPresent(id -> context.put(REQUEST_ID, id));
            callers.actingCallerIfAny(request).ifPresent(caller -> {
                context.put("user", caller.subject());
                context.put("congress", caller.congress().value());
            });
            try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(new MdcPropagationContext(context)).propagate()) {
                return chain.proceed(request);
            }
        }
    }
}
