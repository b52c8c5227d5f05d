package org.lvzhi.adapter.web.shared;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.uri.UriBuilder;
import org.reactivestreams.Publisher;

/**
 * The next page's address on every page of a list, in the body ({@code next}) and as {@code Link: <…>; rel="next"}:
 * the request's own address with {@code page} one further, or, on a keyset page, with {@code after} the page's cursor.
 * Every other query parameter (filters, {@code size}) is kept, so following {@code next} walks the same list.
 */
@Filter("/api/**")
class PageLinks implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        return Publishers.map(chain.proceed(request), response -> {
            if (response.body() instanceof PageResponse<?> page) {
                if (!page.hasNext()) {
                    return response.body(page.withNext(null));
                }
                String next = next(request, page);
                return response.body(page.withNext(next)).header("Link", "<" + next + ">; rel=\"next\"");
            }
            return response;
        });
    }

    private static String next(HttpRequest<?> request, PageResponse<?> page) {
        UriBuilder next = UriBuilder.of(request.getUri());
        if (page.keyset()) {
            next.replaceQueryParam("after", page.next());
        } else {
            next.replaceQueryParam("page", page.page() + 1);
        }
        return next.replaceQueryParam("size", page.size()).build().toString();
    }
}
