package org.lvzhi.adapter.web.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.Slice;

/**
 * A page of a list as the API answers it: {@code {items, page, size, total, next}}. {@code next} is the address of the
 * page after this one (also sent as {@code Link: <…>; rel="next"}), null on the last page. A list read by position has
 * {@code page} and {@code total}; a deep list read by its sort key (keyset) has no {@code page}, a {@code total} only
 * when asked for ({@code total=true}, where the list offers it), and its {@code next} carries {@code after=<cursor>}.
 * {@link PageLinks} writes {@code next}.
 */
@Serdeable
public record PageResponse<T>(List<T> items, @Nullable Integer page, int size, @Nullable Long total, @Nullable String next) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> toResponse) {
        return new PageResponse<>(page.items().stream().map(toResponse).toList(), page.page(), page.size(), page.total(), null);
    }

    /**
     * A page of a list that is bounded by nature and read whole (a congress's terms, a subject's clocks…): the answer
     * is still one page of at most {@code size} (default 20, at most 200) with the same query parameters.
     */
    public static <D, T> PageResponse<T> slice(List<D> all, Integer page, Integer size, Function<D, T> toResponse) {
        return of(Page.sliceOf(all, PageRequest.of(page, size)), toResponse);
    }

    /** A keyset page: {@code next} holds the cursor until {@link PageLinks} makes it the next page's address. */
    public static <D, T> PageResponse<T> of(Slice<D> slice, Function<D, T> toResponse) {
        return new PageResponse<>(slice.items().stream().map(toResponse).toList(), null, slice.size(),
                slice.total().orElse(null), slice.next().orElse(null));
    }

    boolean keyset() {
        return page == null;
    }

    boolean hasNext() {
        return keyset() ? next != null : (long) (page + 1) * size < total;
    }

    PageResponse<T> withNext(String address) {
        return new PageResponse<>(items, page, size, total, address);
    }
}
