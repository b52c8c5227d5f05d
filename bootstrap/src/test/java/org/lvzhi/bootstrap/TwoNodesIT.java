package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;

/** Two nodes dispatching one outbox, their lanes running as in production, with a slow webhook receiver among fast ones. */
class TwoNodesIT {

    private static final CongressId HUNAN = new CongressId("hunan");
    private static final Duration SLOW = Duration.ofSeconds(2);
    private static final int SLOW_MESSAGES = 4;
    private static final int FAST_MESSAGES = 30;

    private final WebhookReceiver slow = new WebhookReceiver();
    private final WebhookReceiver fast = new WebhookReceiver();
    private final ApplicationContext nodeA = node();
    private final ApplicationContext nodeB = node();

    @AfterEach
    void stop() {
        nodeA.close();
        nodeB.close();
        slow.close();
        fast.close();
    }

    @Test
    @DisplayName("a slow receiver holds only its own lane: the others are delivered meanwhile, and no message is sent twice while its lease holds")
    void slowReceiverNeitherDuplicatesNorBlocks() {
        ApiClient api = TestNode.client(nodeA);
        String admin = api.token("hunan-admin");
        slow.delay(SLOW);
        api.post("/api/v1/webhooks/endpoints", admin, Map.of("url", slow.url(), "eventTypes", List.of("probe.slow")));
        api.post("/api/v1/webhooks/endpoints", admin, Map.of("url", fast.url(), "eventTypes", List.of("probe.fast")));

        IntStream.range(0, SLOW_MESSAGES).forEach(i -> send("probe.slow", i));
        IntStream.range(0, FAST_MESSAGES).forEach(i -> send("probe.fast", i));
        long sent = System.nanoTime();
        await(() -> fast.received().size() >= FAST_MESSAGES, Duration.ofSeconds(30));
        long fastDone = System.nanoTime();
        int slowAtFastDone = slow.received().size();
        await(() -> slow.received().size() >= SLOW_MESSAGES, Duration.ofSeconds(60));
        long slowDone = System.nanoTime();

        assertThat(slowAtFastDone).as("the fast endpoint was served while the slow one still worked").isLessThan(SLOW_MESSAGES);
        assertThat(fast.received()).extracting(WebhookReceiver.Received::id).hasSize(FAST_MESSAGES).doesNotHaveDuplicates();
        assertThat(slow.received()).extracting(WebhookReceiver.Received::id).hasSize(SLOW_MESSAGES).doesNotHaveDuplicates();
        System.out.printf("TwoNodesIT: %d fast messages delivered in %d ms while the slow receiver (%d ms each) had taken %d of %d; "
                        + "all slow ones in %d ms, none twice%n", FAST_MESSAGES, Duration.ofNanos(fastDone - sent).toMillis(), SLOW.toMillis(),
                slowAtFastDone, SLOW_MESSAGES, Duration.ofNanos(slowDone - sent).toMillis());
    }

    private void send(String event, int n) {
        nodeA.getBean(TransactionPort.class).inCongress(HUNAN, () -> {
            nodeA.getBean(NotificationPort.class).send(Notification.of(HUNAN, new ProbeEvent(event, String.valueOf(n)), List.of()));
            return null;
        });
    }

    private static void await(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static ApplicationContext node() {
        return TestNode.start(Map.of("lvzhi.notification.dispatcher.interval", "200ms",
                "lvzhi.notification.webhooks.allow-private-targets", "true"));
    }
}
