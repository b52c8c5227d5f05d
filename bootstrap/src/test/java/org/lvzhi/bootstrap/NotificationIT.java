package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.event.DeputyRegistered;
import org.lvzhi.application.deputy.event.DeputyStatusChanged;
import org.lvzhi.application.event.Event;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.notification.NotificationDispatcher;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.OutboxDispatchPort;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;

@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
@Property(name = "lvzhi.notification.dispatcher.enabled", value = "false")
@Property(name = "lvzhi.notification.webhooks.allow-private-targets", value = "true")
class NotificationIT extends ApiTest {

    private static final CongressId HUNAN = new CongressId("hunan");

    @Inject NotificationPort notifications;
    @Inject NotificationDispatcher dispatcher;
    @Inject TransactionPort transactions;
    @Inject OutboxDispatchPort outbox;
    @Inject List<DeliveryChannelPort> channels;
    @Inject MovableClock clock;

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiverAndResetTime() {
        receiver.close();
        clock.reset();
    }

    @Test
    @DisplayName("a notification reaches the recipient's in-app inbox, which counts it unread until read")
    void inbox() {
        String deputy = api.token("hunan-deputy2");
        long before = unread(deputy);
        send(HUNAN, statusChanged("周志强"), "hunan-deputy2");

        dispatchEverythingDue();
        var inbox = api.get("/api/v1/inbox?size=1", deputy);
        String id = String.valueOf(inbox.list("items").getFirst().get("id"));

        assertThat(inbox.list("items").getFirst().get("subject")).isEqualTo("代表状态变更：周志强");
        assertThat(inbox.list("items").getFirst().get("body").toString()).contains("周志强", "在任");
        assertThat(unread(deputy)).isEqualTo(before + 1);
        assertThat(api.post("/api/v1/inbox/" + id + "/read", deputy, "").status()).isEqualTo(204);
        assertThat(unread(deputy)).isEqualTo(before);
        assertThat(api.get("/api/v1/inbox", api.token("hunan-deputy1")).list("items"))
                .noneMatch(m -> id.equals(m.get("id")));
    }

    @Test
    @DisplayName("a rolled-back business transaction sends nothing")
    void rolledBackSendsNothing() {
        assertThatThrownBy(() -> transactions.inCongress(HUNAN, () -> {
            notifications.send(Notification.of(HUNAN, statusChanged("刘湘云"),
                    List.of(new Recipient("刘湘云", Optional.of("rollback-probe"), Optional.empty()))));
            throw new IllegalStateException("the business change fails");
        })).hasMessage("the business change fails");

        assertThat(dispatchEverythingDue()).noneMatch(m -> m.target().equals("rollback-probe"));
    }

    @Test
    @DisplayName("a state change reaches a subscribed webhook endpoint, signed with the secret shown at registration")
    void signedWebhook() {
        String admin = api.token("hunan-admin");
        var endpoint = api.post("/api/v1/webhooks/endpoints", admin, Map.of("url", receiver.url(), "eventTypes", List.of("deputy.status-changed")));
        String secret = String.valueOf(((List<?>) endpoint.json().get("secrets")).getFirst());
        String liaison = api.token("hunan-liaison");
        String deputy = deputyNamed(liaison, "谭美玲");

        api.post("/api/v1/deputies/" + deputy + "/status", liaison, Map.of("status", "SUSPENDED", "reason", "依法暂停"));
        api.post("/api/v1/deputies/" + deputy + "/status", liaison, Map.of("status", "ACTIVE", "reason", "恢复执行职务"));
        dispatchEverythingDue();

        assertThat(receiver.received()).hasSize(2).allSatisfy(r -> assertThat(WebhookReceiver.verifies(r, secret)).isTrue());
        assertThat(receiver.received().getFirst().body()).contains("\"type\":\"deputy.status-changed\"", "谭美玲", "依法暂停");
        WebhookReceiver.Received first = receiver.received().getFirst();
        assertThat(WebhookReceiver.verifies(first.id(), first.timestamp(), first.body().replace("依法暂停", "恢复"), first.signature(), secret))
                .as("a tampered body fails verification").isFalse();
        api.post("/api/v1/webhooks/endpoints/" + endpoint.text("id") + "/enable", admin, "");
    }

    @Test
    @DisplayName("an endpoint subscribed to nothing in particular hears every event, typed and versioned with codes and no empty text; "
            + "one subscribed to other events hears none")
    void subscriptions() {
        String admin = api.token("hunan-admin");
        api.post("/api/v1/webhooks/endpoints", admin, Map.of("url", receiver.url()));
        try (WebhookReceiver elsewhere = new WebhookReceiver()) {
            api.post("/api/v1/webhooks/endpoints", admin, Map.of("url", elsewhere.url(), "eventTypes", List.of("probe.elsewhere")));
            String liaison = api.token("hunan-liaison");
            String deputy = deputyNamed(liaison, "谭美玲");

            api.post("/api/v1/deputies/" + deputy + "/status", liaison, Map.of("status", "SUSPENDED", "reason", "依法暂停"));
            api.post("/api/v1/deputies/" + deputy + "/status", liaison, Map.of("status", "ACTIVE", "reason", "恢复执行职务"));
            send(HUNAN, new ProbeEvent("probe.blank", ""), null);
            dispatchEverythingDue();

            assertThat(receiver.received()).extracting(WebhookReceiver.Received::body).satisfiesExactly(
                    suspended -> assertThat(suspended).startsWith("{\"type\":\"deputy.status-changed\",\"version\":1,")
                            .contains("\"status\":\"SUSPENDED\"", "\"from\":\"ACTIVE\"", "\"deputyId\":\"" + deputy + "\""),
                    restored -> assertThat(restored).contains("\"status\":\"ACTIVE\"", "\"from\":\"SUSPENDED\""),
                    blank -> assertThat(blank).startsWith("{\"type\":\"probe.blank\",\"version\":1,").doesNotContain("\"\"", "null"));
            assertThat(elsewhere.received()).isEmpty();
        }
        receiver.answer(410);
        send(HUNAN, new ProbeEvent("probe.goodbye", ""), null);
        dispatchEverythingDue();
    }

    @Test
    @DisplayName("a 500 is retried later with backoff; a 410 disables the endpoint and the message becomes a dead letter to replay")
    void retriesAndGone() {
        String admin = api.token("hunan-admin");
        var endpoint = api.post("/api/v1/webhooks/endpoints", admin, Map.of("url", receiver.url(), "eventTypes", List.of("probe.retry")));
        receiver.answer(500);
        send(HUNAN, new ProbeEvent("probe.retry", ""), null);

        dispatchEverythingDue();
        dispatchEverythingDue();
        assertThat(receiver.received()).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        receiver.answer(410);
        dispatchEverythingDue();

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).id()).isEqualTo(receiver.received().getFirst().id());
        assertThat(api.get("/api/v1/webhooks/endpoints", admin).list("items").toString()).contains(endpoint.text("id"));
        assertThat((api.get("/api/v1/webhooks/endpoints", admin).list("items")).stream().map(e -> (Map<?, ?>) e)
                .filter(e -> e.get("id").equals(endpoint.text("id"))).findFirst().orElseThrow().get("enabled")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        var dead = api.get("/api/v1/webhooks/dead-letters", admin).list("items");
        String deadId = dead.stream().filter(d -> "probe.retry".equals(d.get("event"))).findFirst().orElseThrow().get("id").toString();

        receiver.answer(200);
        api.post("/api/v1/webhooks/endpoints/" + endpoint.text("id") + "/enable", admin, "");
        assertThat(api.post("/api/v1/webhooks/dead-letters/" + deadId + "/replay", admin, "").status()).isEqualTo(202);
        dispatchEverythingDue();
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    @DisplayName("a dispatcher that dies between sending and marking: after its lease every message is delivered again with the same id")
    void crashBetweenSendingAndMarking() {
        send(HUNAN, statusChanged("彭德明"), "crash-probe");
        List<OutboxMessage> claimedByTheDeadNode = java.util.stream.Stream.generate(() -> outbox.claimNext(clock.instant(), Duration.ofMinutes(2)))
                .takeWhile(Optional::isPresent).map(Optional::get).filter(m -> m.target().equals("crash-probe")).toList();
        claimedByTheDeadNode.forEach(m -> transactions.inCongress(HUNAN, () -> inboxChannel().deliver(m)));

        List<OutboxMessage> whileLeased = dispatchEverythingDue();
        clock.advance(Duration.ofMinutes(3));
        List<OutboxMessage> afterLease = dispatchEverythingDue();

        assertThat(claimedByTheDeadNode).hasSize(1);
        assertThat(whileLeased).noneMatch(m -> m.target().equals("crash-probe"));
        assertThat(afterLease).filteredOn(m -> m.target().equals("crash-probe"))
                .extracting(OutboxMessage::id).containsExactly(claimedByTheDeadNode.getFirst().id());
    }

    @Test
    @DisplayName("two dispatchers on one database deliver each message once in total")
    void twoDispatchersDeliverOnce() {
        String admin = api.token("hunan-admin");
        api.post("/api/v1/webhooks/endpoints", admin, Map.of("url", receiver.url(), "eventTypes", List.of("probe.parallel")));
        IntStream.range(0, 60).forEach(i -> send(HUNAN, new ProbeEvent("probe.parallel", String.valueOf(i)), null));

        CompletableFuture<Void> first = CompletableFuture.runAsync(this::dispatchEverythingDue);
        CompletableFuture<Void> second = CompletableFuture.runAsync(this::dispatchEverythingDue);
        CompletableFuture.allOf(first, second).join();

        assertThat(receiver.received()).hasSize(60);
        assertThat(receiver.received().stream().map(WebhookReceiver.Received::id).distinct()).hasSize(60);
    }

    private void send(CongressId congress, Event event, String login) {
        List<Recipient> recipients = login == null ? List.of() : List.of(new Recipient("收件人", Optional.of(login), Optional.empty()));
        transactions.inCongress(congress, () -> {
            notifications.send(Notification.of(congress, event, recipients));
            return null;
        });
    }

    private static DeputyStatusChanged statusChanged(String name) {
        return new DeputyStatusChanged(DeputyId.random(), name, DeputyStatus.ACTIVE, DeputyStatus.SUSPENDED, "恢复执行代表职务");
    }

    /** Runs the dispatcher until nothing is due; answers what it claimed. */
    private List<OutboxMessage> dispatchEverythingDue() {
        List<OutboxMessage> claimed = new java.util.ArrayList<>();
        Optional<OutboxMessage> next;
        while ((next = dispatcher.dispatchNext()).isPresent()) {
            claimed.add(next.get());
        }
        return claimed;
    }

    private DeliveryChannelPort inboxChannel() {
        return channels.stream().filter(c -> c.channel().name().equals("INBOX")).findFirst().orElseThrow();
    }

    private long unread(String token) {
        return ((Number) api.get("/api/v1/inbox/unread-count", token).json().get("unread")).longValue();
    }

    @Test
    @DisplayName("a muted channel is skipped for that event, but a mandatory notification cannot be muted")
    void mutedChannels() {
        String deputy = api.token("hunan-deputy1");
        assertThat(api.post("/api/v1/notification-preferences/mutes", deputy, Map.of("event", "deputy.registered", "channel", "INBOX"))
                .status()).isEqualTo(204);
        var mandatory = api.post("/api/v1/notification-preferences/mutes", deputy,
                Map.of("event", "deputy.status-changed", "channel", "INBOX"));
        long before = unread(deputy);

        send(HUNAN, new DeputyRegistered(DeputyId.random(), "刘湘云", DeputyStatus.ACTIVE), "hunan-deputy1");
        dispatchEverythingDue();

        assertThat(unread(deputy)).isEqualTo(before);
        assertThat(mandatory.status()).isEqualTo(422);
        assertThat(mandatory.pointers()).containsExactly("/event");
        assertThat(api.get("/api/v1/notification-preferences/mutes", deputy).list("items").toString()).contains("deputy.registered");
        api.send("DELETE", "/api/v1/notification-preferences/mutes", deputy, null,
                "{\"event\":\"deputy.registered\",\"channel\":\"INBOX\"}");
        send(HUNAN, new DeputyRegistered(DeputyId.random(), "刘湘云", DeputyStatus.ACTIVE), "hunan-deputy1");
        dispatchEverythingDue();
        assertThat(unread(deputy)).isEqualTo(before + 1);
    }
}
