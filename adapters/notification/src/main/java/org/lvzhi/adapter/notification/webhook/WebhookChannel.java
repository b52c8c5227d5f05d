package org.lvzhi.adapter.notification.webhook;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;

/**
 * Posts webhook messages to the tenant's endpoint, signed by the Standard Webhooks scheme. The message id is
 * the {@code webhook-id} of every attempt, so receivers can deduplicate; each attempt is signed afresh with
 * the current time. The endpoint's answer decides what happens next: 2xx delivered, 410 gone, 408, 429, 5xx
 * and network failures later, any other answer never.
 */
@Singleton
public class WebhookChannel implements DeliveryChannelPort {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final String USER_AGENT = "lvzhi-webhooks/1";

    private final WebhookEndpointPort endpoints;
    private final StandardWebhookSigner signer;
    private final OutboundAddressGuard guard;
    private final Clock clock;
    // Redirects are never followed: a 3xx could send the request to an address the guard refused.
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public WebhookChannel(WebhookEndpointPort endpoints, StandardWebhookSigner signer, OutboundAddressGuard guard,
                          Clock clock) {
        this.endpoints = endpoints;
        this.signer = signer;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        Optional<UUID> id = endpointId(message.target());
        if (id.isEmpty()) {
            return new DeliveryOutcome.Rejected("webhook target '" + message.target() + "' is not an endpoint id");
        }
        Optional<WebhookEndpoint> endpoint = endpoints.find(id.get());
        if (endpoint.isEmpty()) {
            return new DeliveryOutcome.Rejected("webhook endpoint " + id.get() + " no longer exists");
        }
        if (!endpoint.get().enabled()) {
            return new DeliveryOutcome.Rejected("webhook endpoint " + id.get() + " is disabled");
        }
        return deliver(message, endpoint.get());
    }

    private DeliveryOutcome deliver(OutboxMessage message, WebhookEndpoint endpoint) {
        URI url;
        try {
            url = new URI(endpoint.url());
            Optional<String> refusal = guard.refusal(url);
            if (refusal.isPresent()) {
                return new DeliveryOutcome.Rejected("webhook URL refused: " + refusal.get());
            }
        } catch (URISyntaxException e) {
            return new DeliveryOutcome.Rejected("webhook URL is malformed: " + e.getMessage());
        } catch (UnknownHostException e) {
            return new DeliveryOutcome.RetryLater("cannot resolve the host of " + endpoint.url());
        }
        HttpRequest request;
        try {
            request = request(message, endpoint, url);
        } catch (IllegalArgumentException e) {
            return new DeliveryOutcome.Rejected("cannot sign or address webhook endpoint " + endpoint.id()
                    + ": " + e.getMessage());
        }
        return send(request);
    }

    private HttpRequest request(OutboxMessage message, WebhookEndpoint endpoint, URI url) {
        String id = message.id().toString();
        long timestamp = clock.instant().getEpochSecond();
        String body = message.payload();
        return HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(StandardWebhookSigner.ID, id)
                .header(StandardWebhookSigner.TIMESTAMP, Long.toString(timestamp))
                .header(StandardWebhookSigner.SIGNATURE, signer.signature(id, timestamp, body, endpoint.secrets()))
                // The same UTF-8 bytes that were signed.
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private DeliveryOutcome send(HttpRequest request) {
        String where = request.uri().getHost();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // The answer's body is not needed; closing it unread means a receiver cannot stall us with it.
            response.body().close();
            return outcome(response.statusCode(), where);
        } catch (HttpTimeoutException e) {
            return new DeliveryOutcome.RetryLater("webhook endpoint at " + where + " did not answer in time");
        } catch (IOException e) {
            return new DeliveryOutcome.RetryLater("cannot reach webhook endpoint at " + where + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.RetryLater("interrupted while posting to webhook endpoint at " + where);
        }
    }

    static DeliveryOutcome outcome(int status, String where) {
        String answered = "webhook endpoint at " + where + " answered HTTP " + status;
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Delivered();
        }
        if (status == 410) {
            return new DeliveryOutcome.Gone(answered);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new DeliveryOutcome.RetryLater(answered);
        }
        if (status >= 300 && status < 400) {
            return new DeliveryOutcome.Rejected(answered + " (redirects are not followed)");
        }
        return new DeliveryOutcome.Rejected(answered);
    }

    private static Optional<UUID> endpointId(String target) {
        try {
            return Optional.of(UUID.fromString(target));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
