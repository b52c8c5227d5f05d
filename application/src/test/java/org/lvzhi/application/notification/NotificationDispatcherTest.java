package org.lvzhi.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.testing.FakeChannel;
import org.lvzhi.application.testing.InMemoryInboxFeed;
import org.lvzhi.application.testing.InMemoryOutboxDispatch.Dead;
import org.lvzhi.application.testing.InMemoryOutboxDispatch.Delivered;
import org.lvzhi.application.testing.InMemoryOutboxDispatch.Retry;
import org.lvzhi.application.testing.InMemoryOutboxDispatch;
import org.lvzhi.application.testing.InMemoryTransactions;
import org.lvzhi.application.testing.InMemoryWebhookEndpoints;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.notification.RetrySchedule;

class NotificationDispatcherTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant CREATED = Instant.parse("2025-03-01T07:59:00Z");
    private static final int MAX_ATTEMPTS = 3;

    /** Always the middle of the jitter range, so every delay is known in advance. */
    private static final RandomGenerator HALF = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0.5;
        }
    };

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOutboxDispatch outbox = new InMemoryOutboxDispatch();
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final InMemoryInboxFeed feed = new InMemoryInboxFeed();
    private final FakeChannel inbox = new FakeChannel(Channel.INBOX, transactions);
    private final FakeChannel email = new FakeChannel(Channel.EMAIL, transactions);
    private final FakeChannel webhook = new FakeChannel(Channel.WEBHOOK, transactions);

    private static RetrySchedule schedule() {
        return new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), MAX_ATTEMPTS, RetrySchedule.Jitter.EQUAL, HALF);
    }

    private NotificationDispatcher dispatcher(DeliveryChannelPort... channels) {
        return new NotificationDispatcher(outbox, List.of(channels), endpoints, transactions, schedule(), feed,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private NotificationDispatcher dispatcher() {
        return dispatcher(inbox, email, webhook);
    }

    /** What the dispatch schedule does on each tick: messages one by one until none is due; answers those claimed. */
    private static List<OutboxMessage> dispatchDue(NotificationDispatcher dispatcher) {
        List<OutboxMessage> claimed = new ArrayList<>();
        Optional<OutboxMessage> next;
        while ((next = dispatcher.dispatchNext()).isPresent()) {
            claimed.add(next.get());
        }
        return claimed;
    }

    private static OutboxMessage message(CongressId congress, Channel channel, String target, int attempts) {
        return new OutboxMessage(UUID.randomUUID(), congress, channel, target, "deputy.status-changed",
                "代表状态变更", "张三：暂停履职", channel == Channel.WEBHOOK ? "{\"type\":\"deputy.status-changed\"}" : "",
                CREATED, attempts);
    }

    @Test
    @DisplayName("a delivered message is recorded as delivered at the current time")
    void deliveredIsRecorded() {
        OutboxMessage message = message(QINGHAI, Channel.EMAIL, "zhang@example.org", 0);
        outbox.due(message);
        email.answering(new DeliveryOutcome.Delivered());

        List<OutboxMessage> claimed = dispatchDue(dispatcher());

        assertThat(claimed).containsExactly(message);
        assertThat(email.delivered()).containsExactly(message);
        assertThat(outbox.outcomes()).containsExactly(new Delivered(QINGHAI, message.id(), NOW));
        assertThat(feed.published()).as("only inbox messages go to the live feed").isEmpty();
    }

    @Test
    @DisplayName("a delivered inbox message is also published to the login's live feed")
    void deliveredInboxMessageIsPublished() {
        OutboxMessage message = message(QINGHAI, Channel.INBOX, "zhangsan", 0);
        outbox.due(message);
        inbox.answering(new DeliveryOutcome.Delivered());

        dispatchDue(dispatcher());

        assertThat(outbox.outcomes()).containsExactly(new Delivered(QINGHAI, message.id(), NOW));
        assertThat(feed.published()).containsExactly(new InMemoryInboxFeed.Published(QINGHAI, "zhangsan",
                new InboxEntry(message.id(), message.event(), message.subject(), message.body(), CREATED, Optional.empty())));
    }

    @Test
    @DisplayName("a delivery to try again later is retried after the schedule's delay")
    void retryLaterWaitsForTheSchedule() {
        OutboxMessage first = message(QINGHAI, Channel.EMAIL, "zhang@example.org", 0);
        OutboxMessage second = message(QINGHAI, Channel.EMAIL, "li@example.org", 1);
        outbox.due(first, second);
        email.answering(new DeliveryOutcome.RetryLater("SMTP unavailable"));

        dispatchDue(dispatcher());

        assertThat(outbox.outcomes()).containsExactly(
                new Retry(QINGHAI, first.id(), NOW.plus(schedule().delayAfter(1).orElseThrow()), "SMTP unavailable"),
                new Retry(QINGHAI, second.id(), NOW.plus(schedule().delayAfter(2).orElseThrow()), "SMTP unavailable"));
        // 30 s base, equal jitter at the midpoint: 15 s + 7.5 s; doubled for the second failure.
        assertThat(outbox.outcomes()).extracting(o -> ((Retry) o).next())
                .containsExactly(NOW.plusMillis(22_500), NOW.plusMillis(45_000));
        assertThat(feed.published()).isEmpty();
    }

    @Test
    @DisplayName("a delivery failing after the last allowed attempt becomes a dead letter")
    void retryLaterAfterTheLastAttemptIsDead() {
        OutboxMessage message = message(QINGHAI, Channel.EMAIL, "zhang@example.org", MAX_ATTEMPTS - 1);
        outbox.due(message);
        email.answering(new DeliveryOutcome.RetryLater("SMTP unavailable"));

        dispatchDue(dispatcher());

        assertThat(outbox.outcomes()).containsExactly(new Dead(QINGHAI, message.id(), "SMTP unavailable"));
    }

    @Test
    @DisplayName("an endpoint that is gone is disabled and its message becomes a dead letter")
    void goneDisablesTheEndpoint() {
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), "https://hooks.example.org/lvzhi",
                List.of("deputy.status-changed"), List.of("whsec_new", "whsec_old"), true);
        endpoints.with(endpoint);
        OutboxMessage message = message(QINGHAI, Channel.WEBHOOK, endpoint.id().toString(), 0);
        outbox.due(message);
        webhook.answering(new DeliveryOutcome.Gone("410 Gone"));

        dispatchDue(dispatcher());

        assertThat(endpoints.updates()).containsExactly(new WebhookEndpoint(endpoint.id(), endpoint.url(),
                endpoint.eventTypes(), endpoint.secrets(), false));
        assertThat(endpoints.find(endpoint.id())).get().extracting(WebhookEndpoint::enabled).isEqualTo(false);
        assertThat(outbox.outcomes()).containsExactly(new Dead(QINGHAI, message.id(), "410 Gone"));
    }

    @Test
    @DisplayName("an endpoint is disabled acting in the message's congress")
    void goneDisablesInTheMessagesCongress() {
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), "https://hooks.example.org/lvzhi",
                List.of(), List.of("whsec_x"), true);
        endpoints.with(endpoint);
        outbox.due(message(HUNAN, Channel.WEBHOOK, endpoint.id().toString(), 0));
        webhook.answering(new DeliveryOutcome.Gone("410 Gone"));

        dispatchDue(dispatcher());

        assertThat(transactions.log()).containsExactly(
                new InMemoryTransactions.UnitOfWork(HUNAN, false), new InMemoryTransactions.UnitOfWork(HUNAN, false));
    }

    @Test
    @DisplayName("a rejected delivery becomes a dead letter at once")
    void rejectedIsDead() {
        OutboxMessage message = message(QINGHAI, Channel.EMAIL, "nobody@forbidden.example", 0);
        outbox.due(message);
        email.answering(new DeliveryOutcome.Rejected("550 address refused"));

        dispatchDue(dispatcher());

        assertThat(outbox.outcomes()).containsExactly(new Dead(QINGHAI, message.id(), "550 address refused"));
        assertThat(endpoints.updates()).isEmpty();
    }

    @Test
    @DisplayName("a channel that throws is retried later and the rest of the batch is still delivered")
    void throwingChannelIsRetried() {
        OutboxMessage failing = message(QINGHAI, Channel.EMAIL, "zhang@example.org", 0);
        OutboxMessage next = message(QINGHAI, Channel.EMAIL, "li@example.org", 0);
        outbox.due(failing, next);
        email.throwing(new IllegalStateException("connection reset")).answering(new DeliveryOutcome.Delivered());

        dispatchDue(dispatcher());

        assertThat(outbox.outcomes()).containsExactly(
                new Retry(QINGHAI, failing.id(), NOW.plus(schedule().delayAfter(1).orElseThrow()),
                        "IllegalStateException: connection reset"),
                new Delivered(QINGHAI, next.id(), NOW));
    }

    @Test
    @DisplayName("a message for a channel this platform has no adapter for becomes a dead letter")
    void noAdapterIsDead() {
        OutboxMessage message = message(QINGHAI, Channel.WEBHOOK, UUID.randomUUID().toString(), 0);
        outbox.due(message);

        dispatchDue(dispatcher(inbox, email));

        assertThat(outbox.outcomes()).singleElement().isInstanceOfSatisfying(Dead.class, dead -> {
            assertThat(dead.id()).isEqualTo(message.id());
            assertThat(dead.reason()).contains("WEBHOOK");
        });
        assertThat(webhook.delivered()).isEmpty();
    }

    @Test
    @DisplayName("each message is delivered acting in its own congress")
    void eachDeliveryActsInItsOwnCongress() {
        outbox.due(message(QINGHAI, Channel.EMAIL, "zhang@example.org", 0),
                message(HUNAN, Channel.EMAIL, "li@example.org", 0),
                message(QINGHAI, Channel.INBOX, "wangwu", 0));

        dispatchDue(dispatcher());

        assertThat(email.actingCongresses()).containsExactly(Optional.of(QINGHAI), Optional.of(HUNAN));
        assertThat(inbox.actingCongresses()).containsExactly(Optional.of(QINGHAI));
        assertThat(transactions.congressesActedIn()).containsExactly(QINGHAI, HUNAN, QINGHAI);
        assertThat(transactions.log()).allSatisfy(unit -> assertThat(unit.readOnly()).isFalse());
    }

    @Test
    @DisplayName("nothing due means nothing claimed and nothing recorded")
    void nothingDue() {
        assertThat(dispatchDue(dispatcher())).isEmpty();
        assertThat(outbox.outcomes()).isEmpty();
        assertThat(transactions.log()).isEmpty();
    }
}
