package org.lvzhi.adapter.web.shared;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;
import org.lvzhi.application.shared.Page;

/** A page of a list as the API answers it: {@code {items, page, size, total}}. */
@Serdeable
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> toResponse) {
        return new PageResponse<>(page.items().stream().map(toResponse).toList(), page.page(), page.size(), page.total());
    }
}
