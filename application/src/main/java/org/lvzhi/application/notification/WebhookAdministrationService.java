package org.lvzhi.application.notification;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.lvzhi.application.notification.port.in.WebhookAdministration;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.OutboxPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

@Singleton
class WebhookAdministrationService implements WebhookAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_URL_LENGTH = 2000;

    private final TransactionPort transactions;
    private final WebhookEndpointPort endpoints;
    private final OutboxPort outbox;
    private final Clock clock;

    WebhookAdministrationService(TransactionPort transactions, WebhookEndpointPort endpoints, OutboxPort outbox, Clock clock) {
        this.transactions = transactions;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public WebhookEndpoint register(ActingCaller caller, String url, List<String> eventTypes) {
        String checked = Checks.text("url", url, MAX_URL_LENGTH);
        if (!checked.startsWith("https://") && !checked.startsWith("http://")) {
            throw Messages.of(WebhookAdministrationService.class).violation("url", "url.scheme");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), checked, eventTypes == null ? List.of() : eventTypes,
                List.of(newSecret()), true);
        return transactions.inCongress(caller.congress(), () -> {
            endpoints.add(endpoint);
            return endpoint;
        });
    }

    @Override
    public List<WebhookEndpoint> endpoints(ActingCaller caller) {
        return transactions.readInCongress(caller.congress(), endpoints::all);
    }

    @Override
    public WebhookEndpoint rotateSecret(ActingCaller caller, UUID endpoint) {
        return change(caller, endpoint, e -> {
            List<String> secrets = new ArrayList<>();
            secrets.add(newSecret());
            secrets.add(e.secrets().getFirst());
            return new WebhookEndpoint(e.id(), e.url(), e.eventTypes(), secrets, e.enabled());
        });
    }

    @Override
    public WebhookEndpoint retireOldSecrets(ActingCaller caller, UUID endpoint) {
        return change(caller, endpoint, e -> new WebhookEndpoint(e.id(), e.url(), e.eventTypes(), List.of(e.secrets().getFirst()), e.enabled()));
    }

    @Override
    public WebhookEndpoint enable(ActingCaller caller, UUID endpoint) {
        return change(caller, endpoint, e -> new WebhookEndpoint(e.id(), e.url(), e.eventTypes(), e.secrets(), true));
    }

    @Override
    public Slice<DeadLetter> deadLetters(ActingCaller caller, KeysetRequest page) {
        return transactions.readInCongress(caller.congress(), () -> outbox.deadLetters(page));
    }

    @Override
    public void replay(ActingCaller caller, UUID message) {
        if (!transactions.inCongress(caller.congress(), () -> outbox.replay(message, clock.instant()))) {
            throw new NotFound("dead letter", message);
        }
    }

    private WebhookEndpoint change(ActingCaller caller, UUID id, UnaryOperator<WebhookEndpoint> change) {
        return transactions.inCongress(caller.congress(), () -> {
            WebhookEndpoint changed = change.apply(endpoints.find(id).orElseThrow(() -> new NotFound("webhook endpoint", id)));
            endpoints.update(changed);
            return changed;
        });
    }

    /** A Standard Webhooks secret: whsec_ and 32 random bytes in base64. */
    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
