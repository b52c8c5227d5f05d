package org.lvzhi.application.shared;

import org.lvzhi.domain.shared.Messages;

/** A page of a list: {@code page} counts from 0, {@code size} defaults to 20 and is at most 200. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        Messages messages = Messages.of(PageRequest.class);
        if (page < 0) {
            throw messages.violation("page", "page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw messages.violation("size", "page.size", MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
