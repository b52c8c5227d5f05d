package org.lvzhi.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.testing.InMemoryOutbox;
import org.lvzhi.application.testing.InMemoryTransactions;
import org.lvzhi.application.testing.InMemoryWebhookEndpoints;

class WebhookAdministrationServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final WebhookAdministrationService admin = new WebhookAdministrationService(transactions, endpoints, outbox,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final ActingCaller caller = caller("admin", QINGHAI, AccessRole.values());

    private WebhookEndpoint existing(String... secrets) {
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), "https://hooks.example.org/lvzhi",
                List.of("deputy.status-changed"), List.of(secrets), true);
        endpoints.with(endpoint);
        return endpoint;
    }

    @Test
    @DisplayName("registering a url that is not http or https is refused on the url")
    void registerRefusesOtherSchemes() {
        assertThat(violationOf(() -> admin.register(caller, "ftp://hooks.example.org/lvzhi", List.of())).field()).isEqualTo("url");
        assertThat(endpoints.all()).isEmpty();
    }

    @Test
    @DisplayName("a registered endpoint is enabled, stored and signs with one new secret")
    void registerStoresAnEnabledEndpoint() {
        WebhookEndpoint registered = admin.register(caller, "https://hooks.example.org/lvzhi", null);

        assertThat(registered.enabled()).isTrue();
        assertThat(registered.eventTypes()).isEmpty();
        assertThat(registered.secrets()).singleElement().asString().startsWith("whsec_");
        assertThat(endpoints.all()).containsExactly(registered);
        assertThat(transactions.congressesActedIn()).containsExactly(QINGHAI);
    }

    @Test
    @DisplayName("rotating the secret puts a new whsec_ secret first and keeps the old one second")
    void rotateKeepsTheOldSecondSecret() {
        WebhookEndpoint endpoint = existing("whsec_old");

        WebhookEndpoint rotated = admin.rotateSecret(caller, endpoint.id());

        assertThat(rotated.secrets()).hasSize(2);
        assertThat(rotated.secrets().getFirst()).startsWith("whsec_").isNotEqualTo("whsec_old");
        assertThat(rotated.secrets().get(1)).isEqualTo("whsec_old");
        assertThat(endpoints.find(endpoint.id())).contains(rotated);
    }

    @Test
    @DisplayName("retiring old secrets keeps only the newest")
    void retireKeepsOnlyTheNewest() {
        WebhookEndpoint endpoint = existing("whsec_new", "whsec_old");

        WebhookEndpoint retired = admin.retireOldSecrets(caller, endpoint.id());

        assertThat(retired.secrets()).containsExactly("whsec_new");
        assertThat(endpoints.find(endpoint.id())).contains(retired);
    }

    @Test
    @DisplayName("rotating the secret of an unknown endpoint is not found")
    void rotateUnknownIsNotFound() {
        UUID unknown = UUID.randomUUID();

        NotFound notFound = catchThrowableOfType(NotFound.class, () -> admin.rotateSecret(caller, unknown));

        assertThat(notFound.id()).isEqualTo(unknown.toString());
    }

    @Test
    @DisplayName("replaying an unknown message is not found")
    void replayUnknownIsNotFound() {
        UUID unknown = UUID.randomUUID();

        NotFound notFound = catchThrowableOfType(NotFound.class, () -> admin.replay(caller, unknown));

        assertThat(notFound.resource()).isEqualTo("dead letter");
        assertThat(notFound.id()).isEqualTo(unknown.toString());
    }

    @Test
    @DisplayName("replaying a dead letter puts it back in line")
    void replayDeadLetter() {
        DeadLetter letter = new DeadLetter(UUID.randomUUID(), Channel.EMAIL, "zhang@example.org", "deputy.status-changed",
                NOW, 10, "SMTP unavailable");
        outbox.withDeadLetter(letter);

        admin.replay(caller, letter.id());

        assertThat(outbox.replayed()).containsExactly(letter.id());
        assertThat(admin.deadLetters(caller, KeysetRequest.of(null, null)).items()).isEmpty();
    }
}
