package org.lvzhi.application.notification;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.MutePort;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.OutboxPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.notification.port.out.WebhookPayloadPort;
import org.lvzhi.application.shared.LegalDate;

/**
 * Turns a notification into outbox messages: one to each recipient's inbox and e-mail address (unless they
 * muted that channel for the event and the notification is not mandatory), rendered
 * with the congress's template for the event, and one to each webhook endpoint subscribed to the event,
 * carrying the event as a Standard Webhooks JSON payload.
 */
@Singleton
class OutboxNotifications implements NotificationPort {


    private final OutboxPort outbox;
    private final WebhookEndpointPort endpoints;
    private final NotificationTemplates templates;
    private final WebhookPayloadPort payloads;
    private final MutePort mutes;
    private final Clock clock;

    OutboxNotifications(OutboxPort outbox, WebhookEndpointPort endpoints, NotificationTemplates templates,
                        WebhookPayloadPort payloads, MutePort mutes, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.templates = templates;
        this.payloads = payloads;
        this.mutes = mutes;
        this.clock = clock;
    }

    @Override
    public void send(Notification notification) {
        sendAll(List.of(notification));
    }

    /** The templates' profile and the webhook endpoints are read once for all the notifications. */
    @Override
    public void sendAll(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        Function<Notification, NotificationTemplates.Rendered> renderer = templates.renderer(LegalDate.today(clock));
        List<WebhookEndpoint> subscribed = endpoints.all();
        notifications.forEach(notification -> send(notification, renderer.apply(notification), subscribed));
    }

    private void send(Notification notification, NotificationTemplates.Rendered rendered, List<WebhookEndpoint> subscribed) {
        for (Recipient recipient : notification.recipients()) {
            Set<Channel> muted = rendered.mandatory() ? Set.of()
                    : recipient.login().map(login -> mutes.mutedChannels(login, notification.event())).orElse(Set.of());
            recipient.login().filter(login -> !muted.contains(Channel.INBOX))
                    .ifPresent(login -> add(notification, Channel.INBOX, login, rendered, ""));
            recipient.email().filter(email -> !muted.contains(Channel.EMAIL))
                    .ifPresent(email -> add(notification, Channel.EMAIL, email, rendered, ""));
        }
        Map<String, Object> data = new LinkedHashMap<>(notification.data());
        data.put("congress", notification.congress().value());
        String payload = payloads.payload(notification.event(), notification.version(), clock.instant(), data);
        subscribed.stream()
                .filter(endpoint -> endpoint.wants(notification.event()))
                .forEach(endpoint -> add(notification, Channel.WEBHOOK, endpoint.id().toString(), rendered, payload));
    }

    private void add(Notification notification, Channel channel, String target, NotificationTemplates.Rendered rendered, String payload) {
        outbox.add(new OutboxMessage(UUID.randomUUID(), notification.congress(), channel, target, notification.event(),
                rendered.subject(), rendered.body(), payload, clock.instant(), 0));
    }
}
