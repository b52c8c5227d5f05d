package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.notification.NotificationDispatcher;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;

/** A node killed with SIGKILL while it delivers webhooks; another node finishes the work once the dead node's lease ends. */
class DispatchCrashIT {

    private static final CongressId HUNAN = new CongressId("hunan");
    private static final int MESSAGES = 10;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final ApplicationContext survivor = TestNode.start(Map.of("lvzhi.test.movable-clock", "true",
            "lvzhi.notification.dispatcher.enabled", "false", "lvzhi.notification.webhooks.allow-private-targets", "true"));

    @AfterEach
    void stop() {
        survivor.close();
        receiver.close();
    }

    @Test
    @DisplayName("kill -9 during dispatch: every message is delivered, and one sent again carries the same id")
    void everyMessageDeliveredAfterACrash() throws Exception {
        ApiClient api = TestNode.client(survivor);
        receiver.delay(Duration.ofMillis(700));
        api.post("/api/v1/webhooks/endpoints", api.token("hunan-admin"), Map.of("url", receiver.url(), "eventTypes", List.of("probe.crash")));

        try (ChildNode doomed = ChildNode.start(Files.createTempDirectory("lvzhi-crash"), dispatching())) {
            IntStream.range(0, MESSAGES).forEach(this::send);
            await(() -> receiver.received().size() >= 3, Duration.ofSeconds(60));
            doomed.close();
        }
        int atCrash = receiver.received().size();
        survivor.getBean(MovableClock.class).advance(LEASE.plusSeconds(1));
        NotificationDispatcher dispatcher = survivor.getBean(NotificationDispatcher.class);
        while (distinctIds() < MESSAGES && dispatcher.dispatchNext().isPresent()) {
            // the survivor takes over what the dead node had claimed once its lease ran out
        }

        assertThat(distinctIds()).as("every message delivered").isEqualTo(MESSAGES);
        assertThat(receiver.received().size() - MESSAGES).as("sent twice: only what the dead node had sent and not yet recorded")
                .isBetween(0, MESSAGES - atCrash);
        assertThat(receiver.received()).allSatisfy(first -> assertThat(receiver.received())
                .filteredOn(other -> other.id().equals(first.id())).extracting(WebhookReceiver.Received::body).containsOnly(first.body()));
        System.out.printf("DispatchCrashIT: %d of %d delivered when the node was killed; all %d delivered after, %d sent twice with the same id%n",
                atCrash, MESSAGES, MESSAGES, receiver.received().size() - MESSAGES);
    }

    /** The doomed node: the test database, dispatching often to the test's receiver. */
    private static Map<String, String> dispatching() {
        Map<String, String> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("lvzhi.notification.dispatcher.interval", "200ms");
        properties.put("lvzhi.notification.webhooks.allow-private-targets", "true");
        properties.put("lvzhi.scheduler.enabled", "false");
        return properties;
    }

    private long distinctIds() {
        return receiver.received().stream().map(WebhookReceiver.Received::id).distinct().count();
    }

    private void send(int n) {
        survivor.getBean(TransactionPort.class).inCongress(HUNAN, () -> {
            survivor.getBean(NotificationPort.class).send(Notification.of(HUNAN, new ProbeEvent("probe.crash", String.valueOf(n)), List.of()));
            return null;
        });
    }

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not within " + limit).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
