package org.lvzhi.application.testing;

import java.util.List;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;

final class Paging {

    private Paging() {
    }

    /** The requested page of an already ordered list, with the total of the whole list. */
    static <T> Page<T> page(List<T> ordered, PageRequest request) {
        List<T> items = ordered.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, ordered.size());
    }
}
