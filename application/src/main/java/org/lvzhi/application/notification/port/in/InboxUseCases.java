package org.lvzhi.application.notification.port.in;

import java.util.UUID;
import java.util.function.Consumer;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

/** A signed-in user's own inbox in the congress they act in. */
public interface InboxUseCases {

    /** Newest first, a keyset page: the inbox grows for as long as the user serves. */
    Slice<InboxEntry> list(ActingCaller caller, KeysetRequest page);

    long unread(ActingCaller caller);

    void markRead(ActingCaller caller, UUID id);

    /** New messages for the caller as they arrive, until the returned handle is closed. */
    AutoCloseable follow(ActingCaller caller, Consumer<InboxEntry> listener);
}
