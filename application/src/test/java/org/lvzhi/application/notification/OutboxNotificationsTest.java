package org.lvzhi.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.testing.FakeProfiles.template;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.event.Event;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.notification.port.out.WebhookPayloadPort;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryMutes;
import org.lvzhi.application.testing.InMemoryOutbox;
import org.lvzhi.application.testing.InMemoryWebhookEndpoints;

class OutboxNotificationsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final String EVENT = "deputy.status-changed";

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final InMemoryMutes mutes = new InMemoryMutes();
    private final FakeProfiles profiles = FakeProfiles.empty();
    private final WebhookPayloadPort payloads = (type, version, timestamp, data) -> "payload:" + type + "/v" + version + "@" + timestamp + ":" + data.get("congress");

    private final OutboxNotifications notifications = new OutboxNotifications(outbox, endpoints,
            new NotificationTemplates(profiles), payloads, mutes, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Recipient recipient(String name, String login, String email) {
        return new Recipient(name, Optional.ofNullable(login), Optional.ofNullable(email));
    }

    /** A status change with only the facts these tests read. */
    public record StatusChanged(String name, String status) implements Event {

        @Override
        public String code() {
            return EVENT;
        }
    }

    /** The same event with a name only. */
    public record Named(String name) implements Event {

        @Override
        public String code() {
            return EVENT;
        }
    }

    private static Notification notification(Recipient... recipients) {
        return Notification.of(QINGHAI, new StatusChanged("张三", "暂停履职"), List.of(recipients));
    }

    private static WebhookEndpoint endpoint(boolean enabled, String... events) {
        return new WebhookEndpoint(UUID.randomUUID(), "https://hooks.example.org/" + UUID.randomUUID(), List.of(events),
                List.of("whsec_x"), enabled);
    }

    private List<OutboxMessage> sent(Channel channel) {
        return outbox.added().stream().filter(m -> m.channel() == channel).toList();
    }

    @Test
    @DisplayName("every recipient with a login gets one inbox message")
    void oneInboxMessagePerLogin() {
        notifications.send(notification(recipient("张三", "zhangsan", null), recipient("李四", "lisi", null),
                recipient("王五", null, "wang@example.org")));

        assertThat(sent(Channel.INBOX)).extracting(OutboxMessage::target).containsExactly("zhangsan", "lisi");
    }

    @Test
    @DisplayName("every recipient with an e-mail address gets one e-mail")
    void oneEmailPerAddress() {
        notifications.send(notification(recipient("张三", "zhangsan", "zhang@example.org"), recipient("李四", "lisi", null),
                recipient("王五", null, "wang@example.org")));

        assertThat(sent(Channel.EMAIL)).extracting(OutboxMessage::target)
                .containsExactly("zhang@example.org", "wang@example.org");
    }

    @Test
    @DisplayName("every message is a fresh, not yet attempted delivery in the notification's congress")
    void messagesAreFresh() {
        notifications.send(notification(recipient("张三", "zhangsan", "zhang@example.org")));

        assertThat(outbox.added()).hasSize(2).allSatisfy(m -> {
            assertThat(m.congress()).isEqualTo(QINGHAI);
            assertThat(m.event()).isEqualTo(EVENT);
            assertThat(m.createdAt()).isEqualTo(NOW);
            assertThat(m.attempts()).isZero();
        });
        assertThat(outbox.added()).extracting(OutboxMessage::id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("every enabled endpoint subscribed to the event gets one webhook message with the payload")
    void oneWebhookPerSubscribedEndpoint() {
        WebhookEndpoint subscribed = endpoint(true, EVENT);
        WebhookEndpoint everything = endpoint(true);
        endpoints.with(subscribed, everything);

        notifications.send(notification());

        assertThat(sent(Channel.WEBHOOK)).extracting(OutboxMessage::target, OutboxMessage::payload).containsExactly(
                tuple(subscribed.id().toString(), "payload:" + EVENT + "/v1@" + NOW + ":qinghai"),
                tuple(everything.id().toString(), "payload:" + EVENT + "/v1@" + NOW + ":qinghai"));
    }

    @Test
    @DisplayName("a disabled endpoint gets no webhook message")
    void noWebhookForDisabledEndpoint() {
        endpoints.with(endpoint(false, EVENT), endpoint(false));

        notifications.send(notification());

        assertThat(sent(Channel.WEBHOOK)).isEmpty();
    }

    @Test
    @DisplayName("an endpoint not subscribed to the event gets no webhook message")
    void noWebhookForUnsubscribedEndpoint() {
        endpoints.with(endpoint(true, "deputy.registered"));

        notifications.send(notification());

        assertThat(sent(Channel.WEBHOOK)).isEmpty();
    }

    @Test
    @DisplayName("a channel the recipient muted for the event is skipped")
    void mutedChannelIsSkipped() {
        profiles.with(template(EVENT, "状态变更", "{{name}}", false, "name"));
        mutes.mute("zhangsan", new Mute(EVENT, Channel.EMAIL));

        notifications.send(notification(recipient("张三", "zhangsan", "zhang@example.org"),
                recipient("李四", "lisi", "li@example.org")));

        assertThat(outbox.added()).extracting(OutboxMessage::channel, OutboxMessage::target).containsExactly(
                tuple(Channel.INBOX, "zhangsan"),
                tuple(Channel.INBOX, "lisi"), tuple(Channel.EMAIL, "li@example.org"));
    }

    @Test
    @DisplayName("a mute for another event does not skip anything")
    void muteForAnotherEventIsIgnored() {
        mutes.mute("zhangsan", new Mute("deputy.registered", Channel.INBOX));

        notifications.send(notification(recipient("张三", "zhangsan", "zhang@example.org")));

        assertThat(outbox.added()).extracting(OutboxMessage::channel).containsExactly(Channel.INBOX, Channel.EMAIL);
    }

    @Test
    @DisplayName("a mandatory notification reaches the recipient on a muted channel")
    void mandatoryIgnoresMutes() {
        profiles.with(template(EVENT, "状态变更", "{{name}}", true, "name"));
        mutes.mute("zhangsan", new Mute(EVENT, Channel.EMAIL));
        mutes.mute("zhangsan", new Mute(EVENT, Channel.INBOX));

        notifications.send(notification(recipient("张三", "zhangsan", "zhang@example.org")));

        assertThat(outbox.added()).extracting(OutboxMessage::channel).containsExactly(Channel.INBOX, Channel.EMAIL);
    }

    @Test
    @DisplayName("subject and body come from the congress's template with the variables filled in")
    void renderedFromTheTemplate() {
        profiles.with(template(EVENT, "{{name}}的状态已变更", "代表{{ name }}现为：{{status}}。", false, "name", "status"));
        endpoints.with(endpoint(true));

        notifications.send(notification(recipient("张三", "zhangsan", "zhang@example.org")));

        assertThat(outbox.added()).hasSize(3).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("张三的状态已变更");
            assertThat(m.body()).isEqualTo("代表张三现为：暂停履职。");
        });
    }

    @Test
    @DisplayName("a template variable without a value is left empty")
    void missingVariableIsEmpty() {
        profiles.with(template(EVENT, "状态变更", "{{name}}（{{unit}}）", false, "name", "unit"));

        notifications.send(notification(recipient("张三", "zhangsan", null)));

        assertThat(outbox.added()).singleElement().extracting(OutboxMessage::body).isEqualTo("张三（）");
    }

    @Test
    @DisplayName("an event without a template is sent with its plain title and values")
    void plainWithoutTemplate() {
        notifications.send(Notification.of(QINGHAI, new Named("张三"), List.of(recipient("张三", "zhangsan", null))));

        assertThat(outbox.added()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("代表状态变更");
            assertThat(m.body()).isEqualTo("name：张三");
        });
    }
}
