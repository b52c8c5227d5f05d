package org.lvzhi.application.notification.port.in;

import java.util.UUID;
import java.util.function.Consumer;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.notification.InboxEntry;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;

/** A signed-in user's own inbox in the congress they act in. */
public interface InboxUseCases {

    Page<InboxEntry> list(ActingCaller caller, PageRequest page);

    long unread(ActingCaller caller);

    void markRead(ActingCaller caller, UUID id);

    /** New messages for the caller as they arrive, until the returned handle is closed. */
    AutoCloseable follow(ActingCaller caller, Consumer<InboxEntry> listener);
}
