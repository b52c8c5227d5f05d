package org.lvzhi.application.notification.port.out;

/** How a notification reaches someone: the in-app inbox, e-mail, or a tenant's webhook endpoint. */
public enum Channel {
    INBOX,
    EMAIL,
    WEBHOOK
}
