package org.lvzhi.application.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One keyset page of a deep list: its items and, unless it is the last, the cursor of the page after it; the whole
 * list's total only when the request asked for it ({@link KeysetRequest#counted()}).
 */
public record Slice<T>(List<T> items, int size, Optional<String> next, Optional<Long> total) {

    public Slice {
        items = List.copyOf(items);
    }

    public Slice(List<T> items, int size, Optional<String> next) {
        this(items, size, next, Optional.empty());
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

    /** This page with the list's total, counted by {@code count} only if the request asked for it. */
    public Slice<T> counted(KeysetRequest request, LongSupplier count) {
        return request.counted() ? new Slice<>(items, size, next, Optional.of(count.getAsLong())) : this;
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), size, next, total);
    }
}
