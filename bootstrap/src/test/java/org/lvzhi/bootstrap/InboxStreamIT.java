package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.notification.NotificationDispatcher;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;

/** Two nodes on one database and one Redis: the inbox stream of one shows what the other delivered. */
class InboxStreamIT {

    private static final CongressId HUNAN = new CongressId("hunan");

    private final Map<String, Object> properties = nodeProperties();
    private final EmbeddedServer nodeA = ApplicationContext.run(EmbeddedServer.class, properties);
    private final EmbeddedServer nodeB = ApplicationContext.run(EmbeddedServer.class, properties);
    private final List<String> streamed = new CopyOnWriteArrayList<>();
    private Stream<String> stream;

    @AfterEach
    void stopNodes() {
        if (stream != null) {
            stream.close();
        }
        nodeA.close();
        nodeB.close();
    }

    @Test
    @DisplayName("the server-sent events stream on one node receives a message delivered on another node")
    void streamAcrossNodes() throws Exception {
        ApiClient api = new ApiClient(nodeA.getURI(), nodeA.getApplicationContext().getBean(JsonMapper.class));
        String token = api.token("hunan-deputy2");
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(nodeA.getURI().resolve("/api/v1/inbox/stream"))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        stream = response.body();
        Thread.ofVirtual().start(() -> stream.forEach(streamed::add));
        String marker = "跨节点-" + UUID.randomUUID().toString().substring(0, 8);

        boolean seen = false;
        for (Instant giveUp = Instant.now().plusSeconds(15); !seen && Instant.now().isBefore(giveUp); ) {
            deliverOnNodeB(marker);
            seen = waitFor(marker, Duration.ofMillis(500));
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(streamed).anySatisfy(line -> assertThat(line).startsWith("data:").contains(marker));
    }

    private void deliverOnNodeB(String marker) {
        ApplicationContext b = nodeB.getApplicationContext();
        b.getBean(TransactionPort.class).inCongress(HUNAN, () -> {
            b.getBean(NotificationPort.class).send(Notification.of(HUNAN, new ProbeEvent("probe.stream", marker),
                    List.of(new Recipient("周志强", Optional.of("hunan-deputy2"), Optional.empty()))));
            return null;
        });
        NotificationDispatcher dispatcher = b.getBean(NotificationDispatcher.class);
        while (dispatcher.dispatchNext().isPresent()) {
            // drain everything due on node B
        }
    }

    private boolean waitFor(String marker, Duration atMost) throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until)) {
            if (streamed.stream().anyMatch(line -> line.contains(marker))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static Map<String, Object> nodeProperties() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("redis.uri", "redis://127.0.0.1:6379");
        properties.put("lvzhi.cache.prefix", "lvzhi-test-" + UUID.randomUUID());
        properties.put("lvzhi.notification.dispatcher.enabled", "false");
        properties.put("micronaut.server.port", "-1");
        try {
            properties.put("lvzhi.data-dir", Files.createTempDirectory("lvzhi-two-nodes").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
