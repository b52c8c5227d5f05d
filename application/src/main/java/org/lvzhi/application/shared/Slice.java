package org.lvzhi.application.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One keyset page of a deep list: its items and, unless it is the last, the cursor of the page after it. */
public record Slice<T>(List<T> items, int size, Optional<String> next) {

    public Slice {
        items = List.copyOf(items);
    }

    /**
     * The page from the rows read for it: a read asks for {@code size + 1} rows, and the extra row (never answered)
     * only says that a page follows, whose cursor is the last answered item's key.
     */
    public static <T> Slice<T> of(List<T> read, KeysetRequest request, Function<T, String> cursorOf) {
        if (read.size() <= request.size()) {
            return new Slice<>(read, request.size(), Optional.empty());
        }
        List<T> page = read.subList(0, request.size());
        return new Slice<>(page, request.size(), Optional.of(cursorOf.apply(page.getLast())));
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), size, next);
    }
}
