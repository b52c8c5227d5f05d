package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;

/** Keeps every notification sent, for assertions. */
public final class RecordingNotifications implements NotificationPort {

    private final List<Notification> sent = new ArrayList<>();

    @Override
    public void send(Notification notification) {
        sent.add(notification);
    }

    public List<Notification> sent() {
        return List.copyOf(sent);
    }
}
