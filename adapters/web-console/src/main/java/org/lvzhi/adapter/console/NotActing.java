package org.lvzhi.adapter.console;

import java.net.URI;

/** The browser cannot be served a page yet: nobody is signed in, or the person must first pick a congress. */
final class NotActing extends RuntimeException {

    private final URI next;

    NotActing(URI next) {
        super(null, null, false, false);
        this.next = next;
    }

    URI next() {
        return next;
    }
}
