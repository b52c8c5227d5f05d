package org.lvzhi.adapter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.domain.congress.CongressId;

class WebhookChannelTest {

    private static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SECRET = "whsec_" + "c2VjcmV0LWZvci13ZWJob29rLWNoYW5uZWwtdGVzdHM=";
    private static final String OLD_SECRET = "whsec_" + "b2xkLXNlY3JldC1mb3Itd2ViaG9vay1jaGFubmVsLXRlc3Rz";
    private static final String PAYLOAD =
            "{\"type\":\"deputy.status-changed\",\"timestamp\":\"2026-03-05T08:00:00Z\",\"data\":{\"name\":\"张三\"}}";

    private final StandardWebhookSigner signer = new StandardWebhookSigner(CLOCK);
    private final FakeEndpoints endpoints = new FakeEndpoints();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 204;
    private HttpServer receiver;

    /** One request as the receiver got it. */
    private record Received(String method, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", this::receive);
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), headers, body));
            exchange.sendResponseHeaders(answer, -1);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private WebhookChannel channel(boolean allowPrivateTargets) {
        return new WebhookChannel(endpoints, signer, new OutboundAddressGuard(allowPrivateTargets), CLOCK);
    }

    private WebhookEndpoint endpoint(List<String> secrets, boolean enabled) {
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), url(), List.of(), secrets, enabled);
        endpoints.add(endpoint);
        return endpoint;
    }

    private static OutboxMessage message(WebhookEndpoint endpoint) {
        return new OutboxMessage(UUID.randomUUID(), new CongressId("qinghai"), Channel.WEBHOOK, endpoint.id().toString(),
                "deputy.status-changed", "subject", "body", PAYLOAD, NOW, 0);
    }

    @Test
    @DisplayName("the channel delivers webhook messages")
    void channelIsWebhook() {
        assertThat(channel(true).channel()).isEqualTo(Channel.WEBHOOK);
    }

    @Test
    @DisplayName("the payload is posted as JSON, signed with the endpoint's secret, carrying the message id")
    void deliversSigned() {
        WebhookEndpoint endpoint = endpoint(List.of(SECRET), true);
        OutboxMessage message = message(endpoint);

        assertThat(channel(true).deliver(message)).isEqualTo(new DeliveryOutcome.Delivered());

        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).isEqualTo(PAYLOAD);
            assertThat(request.header("content-type")).isEqualTo("application/json");
            assertThat(request.header("webhook-id")).isEqualTo(message.id().toString());
            assertThat(request.header("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
            assertThat(signer.verify(request.headers(), request.body(), SECRET)).isTrue();
        });
    }

    @Test
    @DisplayName("a body changed on the way fails the receiver's verification")
    void tamperedBodyFails() {
        channel(true).deliver(message(endpoint(List.of(SECRET), true)));

        Received request = received.getFirst();
        assertThat(signer.verify(request.headers(), request.body().replace("张三", "李四"), SECRET)).isFalse();
    }

    @Test
    @DisplayName("while a secret is rotated, receivers holding either the new or the old secret verify")
    void rotation() {
        channel(true).deliver(message(endpoint(List.of(SECRET, OLD_SECRET), true)));

        Received request = received.getFirst();
        assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(signer.verify(request.headers(), request.body(), SECRET)).isTrue();
        assertThat(signer.verify(request.headers(), request.body(), OLD_SECRET)).isTrue();
    }

    @Test
    @DisplayName("the same message delivered twice carries the same webhook-id, so receivers can deduplicate")
    void retriesKeepTheId() {
        OutboxMessage message = message(endpoint(List.of(SECRET), true));
        WebhookChannel channel = channel(true);

        channel.deliver(message);
        channel.deliver(message);

        assertThat(received).hasSize(2)
                .extracting(request -> request.header("webhook-id"))
                .containsOnly(message.id().toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    @DisplayName("any 2xx answer is a delivery")
    void successIsDelivered(int status) {
        answer = status;

        assertThat(channel(true).deliver(message(endpoint(List.of(SECRET), true))))
                .isEqualTo(new DeliveryOutcome.Delivered());
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    @DisplayName("a timeout, throttling or server error is tried again later")
    void transientFailuresRetry(int status) {
        answer = status;

        assertThat(channel(true).deliver(message(endpoint(List.of(SECRET), true))))
                .isInstanceOfSatisfying(DeliveryOutcome.RetryLater.class,
                        later -> assertThat(later.reason()).contains("HTTP " + status));
    }

    @Test
    @DisplayName("410 means the endpoint is gone")
    void goneIsGone() {
        answer = 410;

        assertThat(channel(true).deliver(message(endpoint(List.of(SECRET), true))))
                .isInstanceOf(DeliveryOutcome.Gone.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422, 301, 302})
    @DisplayName("any other 4xx, and a redirect, is rejected for good")
    void clientErrorsAreRejected(int status) {
        answer = status;

        assertThat(channel(true).deliver(message(endpoint(List.of(SECRET), true))))
                .isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("HTTP " + status));
    }

    @Test
    @DisplayName("an endpoint that cannot be reached is tried again later")
    void unreachableRetries() {
        WebhookEndpoint endpoint = endpoint(List.of(SECRET), true);
        receiver.stop(0);

        assertThat(channel(true).deliver(message(endpoint))).isInstanceOfSatisfying(DeliveryOutcome.RetryLater.class,
                later -> assertThat(later.reason()).contains("cannot reach"));
    }

    @Test
    @DisplayName("a disabled endpoint is not posted to")
    void disabledIsRejected() {
        assertThat(channel(true).deliver(message(endpoint(List.of(SECRET), false))))
                .isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("disabled"));
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("an endpoint that no longer exists is rejected")
    void missingIsRejected() {
        WebhookEndpoint unknown = new WebhookEndpoint(UUID.randomUUID(), url(), List.of(), List.of(SECRET), true);

        assertThat(channel(true).deliver(message(unknown)))
                .isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("no longer exists"));
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("a target that is not an endpoint id is rejected")
    void badTargetIsRejected() {
        OutboxMessage message = new OutboxMessage(UUID.randomUUID(), new CongressId("qinghai"), Channel.WEBHOOK,
                "not-a-uuid", "deputy.status-changed", "subject", "body", PAYLOAD, NOW, 0);

        assertThat(channel(true).deliver(message)).isInstanceOf(DeliveryOutcome.Rejected.class);
    }

    @Test
    @DisplayName("where private targets are not allowed, a loopback URL is rejected before any request is made")
    void loopbackRefused() {
        assertThat(channel(false).deliver(message(endpoint(List.of(SECRET), true))))
                .isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("127.0.0.1"));
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("a URL with another scheme is rejected, even where private targets are allowed")
    void otherSchemeRefused() {
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), "file:///etc/passwd", List.of(), List.of(SECRET), true);
        endpoints.add(endpoint);

        assertThat(channel(true).deliver(message(endpoint))).isInstanceOf(DeliveryOutcome.Rejected.class);
    }

    @Test
    @DisplayName("a malformed URL or an endpoint without a usable secret is rejected, not thrown")
    void unusableEndpointsAreRejected() {
        WebhookEndpoint malformed = new WebhookEndpoint(UUID.randomUUID(), "http://exa mple/hook", List.of(), List.of(SECRET), true);
        WebhookEndpoint noSecret = new WebhookEndpoint(UUID.randomUUID(), url(), List.of(), List.of(), true);
        WebhookEndpoint badSecret = new WebhookEndpoint(UUID.randomUUID(), url(), List.of(), List.of("whsec_!!"), true);
        List.of(malformed, noSecret, badSecret).forEach(endpoints::add);
        WebhookChannel channel = channel(true);

        assertThat(channel.deliver(message(malformed))).isInstanceOf(DeliveryOutcome.Rejected.class);
        assertThat(channel.deliver(message(noSecret))).isInstanceOf(DeliveryOutcome.Rejected.class);
        assertThat(channel.deliver(message(badSecret))).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).doesNotContain("!!"));
        assertThat(received).isEmpty();
    }

    /** The acting congress's endpoints, in memory. */
    private static final class FakeEndpoints implements WebhookEndpointPort {

        private final Map<UUID, WebhookEndpoint> byId = new HashMap<>();

        @Override
        public Optional<WebhookEndpoint> find(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<WebhookEndpoint> all() {
            return new ArrayList<>(byId.values());
        }

        @Override
        public void add(WebhookEndpoint endpoint) {
            byId.put(endpoint.id(), endpoint);
        }

        @Override
        public void update(WebhookEndpoint endpoint) {
            byId.put(endpoint.id(), endpoint);
        }
    }
}
