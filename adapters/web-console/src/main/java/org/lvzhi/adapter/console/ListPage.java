package org.lvzhi.adapter.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.Slice;

/**
 * One page of a list as the console shows it: what it says of the list's size, and the addresses of the first,
 * previous and next pages (the same filters), each empty where there is none, so every list pages the same way.
 */
public record ListPage<T>(List<T> items, String summary, String first, String previous, String next) {

    /** A list read by position: its total and the page's number among all. */
    static <S, T> ListPage<T> of(Page<S> page, Function<S, T> row, String query) {
        int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        String base = "?" + (query.isEmpty() ? "" : query + "&") + "page=";
        return new ListPage<>(page.items().stream().map(row).toList(),
                ConsoleText.text("pager.positioned", page.total(), page.page() + 1, pages), "",
                page.page() > 0 ? base + (page.page() - 1) : "", page.page() + 1 < pages ? base + (page.page() + 1) : "");
    }

    /** A list read by its sort key: pages on from the cursor, back to the start only, since no page knows its number. */
    static <S, T> ListPage<T> of(Slice<S> slice, Function<S, T> row, String query, boolean deeper) {
        String base = "?" + (query.isEmpty() ? "" : query + "&") + "after=";
        return new ListPage<>(slice.items().stream().map(row).toList(),
                slice.total().map(total -> ConsoleText.text("pager.counted", total)).orElse(""),
                deeper ? "?" + query : "", "",
                slice.next().map(cursor -> base + URLEncoder.encode(cursor, StandardCharsets.UTF_8)).orElse(""));
    }
}
