package org.lvzhi.application.event;

/**
 * How use cases report what happened. Call it inside the business transaction: the notification is written
 * to the outbox with the change, so a rolled-back change sends nothing and a committed one is never lost.
 */
public interface NotificationPort {

    void send(Notification notification);
}
