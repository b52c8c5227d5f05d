package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.UUID;
import org.lvzhi.application.notification.InboxEntry;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;

/** The acting congress's in-app inboxes, by login. */
public interface InboxPort {

    Page<InboxEntry> list(String login, PageRequest page);

    long unread(String login);

    boolean markRead(String login, UUID id, Instant at);
}
