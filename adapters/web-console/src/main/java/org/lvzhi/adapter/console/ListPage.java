package org.lvzhi.adapter.console;

import java.util.List;
import java.util.function.Function;
import org.lvzhi.application.shared.Page;

/**
 * One page of a list as the console shows it, with the addresses of the neighbouring pages (the same filters, another
 * page number), so every list pages the same way.
 */
public record ListPage<T>(List<T> items, long total, int page, int pages, String previous, String next) {

    static <S, T> ListPage<T> of(Page<S> page, Function<S, T> row, String query) {
        int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        String base = "?" + (query.isEmpty() ? "" : query + "&") + "page=";
        return new ListPage<>(page.items().stream().map(row).toList(), page.total(), page.page(), pages,
                page.page() > 0 ? base + (page.page() - 1) : "", page.page() + 1 < pages ? base + (page.page() + 1) : "");
    }
}
