package org.lvzhi.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of items in the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Every item of a list read page by page at the largest page size. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        for (int number = 0; ; number++) {
            Page<T> page = read.apply(new PageRequest(number, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if ((long) (number + 1) * PageRequest.MAX_SIZE >= page.total()) {
                return all;
            }
        }
    }

    /**
     * A page of a list that is bounded by nature and read whole (a congress's terms, a caller's mutes…): the page
     * still caps what one answer carries, and the list's bound is said where it is read.
     */
    public static <T> Page<T> sliceOf(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        return of(all.subList(from, Math.min(all.size(), from + request.size())), request, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
