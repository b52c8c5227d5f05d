package org.lvzhi.application.notification;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.out.InboxFeedPort;
import org.lvzhi.application.notification.port.out.OutboxDispatchPort;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.notification.RetrySchedule;

/**
 * Delivers what the outbox holds, at least once: claims one due message at a time for a lease far longer than a
 * delivery may take (other nodes skip it, and other messages to its target), delivers it in its own congress's
 * context, then records the outcome. Several lanes may call {@link #dispatchNext} at once. A node that dies
 * between delivering and recording leaves the claim to expire; the message is delivered again with the same
 * id, by which receivers deduplicate. Failed deliveries wait by the retry schedule, then become dead letters;
 * an endpoint that answers 410 is disabled. A message put in an inbox is also published to live followers.
 */
@Singleton
public class NotificationDispatcher {

    static final Duration LEASE = Duration.ofMinutes(2);

    private final OutboxDispatchPort outbox;
    private final Map<Channel, DeliveryChannelPort> channels;
    private final WebhookEndpointPort endpoints;
    private final TransactionPort transactions;
    private final RetrySchedule retries;
    private final InboxFeedPort feed;
    private final Clock clock;

    NotificationDispatcher(OutboxDispatchPort outbox, List<DeliveryChannelPort> channels, WebhookEndpointPort endpoints,
                           TransactionPort transactions, RetrySchedule retries, InboxFeedPort feed, Clock clock) {
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toMap(DeliveryChannelPort::channel, Function.identity()));
        this.endpoints = endpoints;
        this.transactions = transactions;
        this.retries = retries;
        this.feed = feed;
        this.clock = clock;
    }

    /** Claims the next due message and delivers it; empty when nothing is due that no other lane holds. */
    public Optional<OutboxMessage> dispatchNext() {
        Optional<OutboxMessage> claimed = outbox.claimNext(clock.instant(), LEASE);
        claimed.ifPresent(this::dispatch);
        return claimed;
    }

    private void dispatch(OutboxMessage message) {
        switch (attempt(message)) {
            case DeliveryOutcome.Delivered delivered -> {
                outbox.delivered(message.congress(), message.id(), clock.instant());
                if (message.channel() == Channel.INBOX) {
                    feed.publish(message.congress(), message.target(), new InboxEntry(message.id(), message.event(),
                            message.subject(), message.body(), message.createdAt(), Optional.empty()));
                }
            }
            case DeliveryOutcome.RetryLater later -> retryOrBury(message, later.reason());
            case DeliveryOutcome.Gone gone -> {
                if (message.channel() == Channel.WEBHOOK) {
                    disableEndpoint(message);
                }
                outbox.dead(message.congress(), message.id(), gone.reason());
            }
            case DeliveryOutcome.Rejected rejected -> outbox.dead(message.congress(), message.id(), rejected.reason());
        }
    }

    /** One delivery in the message's own congress; a channel that fails unexpectedly is tried again later. */
    private DeliveryOutcome attempt(OutboxMessage message) {
        DeliveryChannelPort channel = channels.get(message.channel());
        if (channel == null) {
            return new DeliveryOutcome.Rejected("no delivery channel for " + message.channel() + " on this platform");
        }
        try {
            return transactions.inCongress(message.congress(), () -> channel.deliver(message));
        } catch (RuntimeException failure) {
            return new DeliveryOutcome.RetryLater(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    private void retryOrBury(OutboxMessage message, String reason) {
        retries.delayAfter(message.attempts() + 1).ifPresentOrElse(
                delay -> outbox.retry(message.congress(), message.id(), clock.instant().plus(delay), reason),
                () -> outbox.dead(message.congress(), message.id(), reason));
    }

    private void disableEndpoint(OutboxMessage message) {
        transactions.inCongress(message.congress(), () -> {
            endpoints.find(UUID.fromString(message.target())).ifPresent(endpoint -> endpoints.update(
                    new WebhookEndpointPort.WebhookEndpoint(endpoint.id(), endpoint.url(), endpoint.eventTypes(), endpoint.secrets(), false)));
            return null;
        });
    }
}
