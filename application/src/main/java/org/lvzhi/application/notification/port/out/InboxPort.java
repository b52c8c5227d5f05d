package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.UUID;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

/** The acting congress's in-app inboxes, by login. */
public interface InboxPort {

    /** Newest first (then by id), a keyset page. */
    Slice<InboxEntry> list(String login, KeysetRequest page);

    long unread(String login);

    boolean markRead(String login, UUID id, Instant at);
}
