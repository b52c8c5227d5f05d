package org.lvzhi.application.event;

import java.util.List;

/**
 * How use cases report what happened. Call it inside the business transaction: the notification is written
 * to the outbox with the change, so a rolled-back change sends nothing and a committed one is never lost.
 */
public interface NotificationPort {

    void send(Notification notification);

    /** Sends each of the notifications, as many use cases do at once (a batch of cases opened at night). */
    default void sendAll(List<Notification> notifications) {
        notifications.forEach(this::send);
    }
}
