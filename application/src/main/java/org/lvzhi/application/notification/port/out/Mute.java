package org.lvzhi.application.notification.port.out;

/** A channel someone does not want an event type on. Mandatory notifications are delivered regardless. */
public record Mute(String event, Channel channel) {
}
