package org.lvzhi.application.testing;

import java.util.List;
import java.util.function.Function;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;

public final class Paging {

    private Paging() {
    }

    /** The requested page of an already ordered list, with the total of the whole list. */
    static <T> Page<T> page(List<T> ordered, PageRequest request) {
        List<T> items = ordered.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, ordered.size());
    }

    /** The keyset page of an already ordered list after the item whose cursor is the request's, with the total if asked. */
    public static <T> Slice<T> slice(List<T> ordered, KeysetRequest request, Function<T, String> cursorOf) {
        int start = request.after().map(after -> ordered.stream().map(cursorOf).toList().indexOf(after) + 1).orElse(0);
        List<T> read = ordered.subList(start, Math.min(ordered.size(), start + request.size() + 1));
        return Slice.of(read, request, cursorOf).counted(request, ordered::size);
    }
}
