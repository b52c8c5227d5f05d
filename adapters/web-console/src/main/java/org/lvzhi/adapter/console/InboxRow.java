package org.lvzhi.adapter.console;

import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.shared.LegalDate;

/** A message of the inbox: when it came, what it says, and whether it is still unread. */
public record InboxRow(String id, String date, String subject, String body, boolean unread) {

    static InboxRow of(InboxEntry entry) {
        return new InboxRow(entry.id().toString(), ConsoleText.date(entry.createdAt().atZone(LegalDate.ZONE).toLocalDate()),
                entry.subject(), entry.body(), entry.readAt().isEmpty());
    }
}
