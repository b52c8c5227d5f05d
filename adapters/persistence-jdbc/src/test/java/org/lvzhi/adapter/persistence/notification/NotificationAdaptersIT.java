package org.lvzhi.adapter.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.notification.port.out.Mute;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.InboxPort;
import org.lvzhi.application.notification.port.out.MutePort;
import org.lvzhi.application.notification.port.out.OutboxDispatchPort;
import org.lvzhi.application.notification.port.out.OutboxPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort;
import org.lvzhi.application.notification.port.out.WebhookEndpointPort.WebhookEndpoint;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

class NotificationAdaptersIT extends TenantIT {

    /** Long past, so that no message of another test class is ever due before these. */
    private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06.789012Z");

    @Inject InboxPort inbox;
    @Inject DeliveryChannelPort inboxDelivery;
    @Inject OutboxPort outbox;
    @Inject OutboxDispatchPort dispatch;
    @Inject MutePort mutes;
    @Inject WebhookEndpointPort webhooks;

    @Test
    @DisplayName("an inbox is read newest first through a keyset cursor; a message delivered twice is there once")
    void inboxNewestFirstByKeyset() {
        String login = "reader-" + suffix();
        OutboxMessage oldest = message(Channel.INBOX, login, 0);
        OutboxMessage middle = message(Channel.INBOX, login, 1);
        OutboxMessage newest = message(Channel.INBOX, login, 2);
        run(() -> List.of(oldest, newest, middle, newest).forEach(inboxDelivery::deliver));
        run(() -> inboxDelivery.deliver(message(Channel.INBOX, "someone-else", 3)));

        Slice<InboxEntry> first = read(() -> inbox.list(login, new KeysetRequest(Optional.empty(), 2)));
        Slice<InboxEntry> second = read(() -> inbox.list(login, new KeysetRequest(first.next(), 2)));

        assertThat(first.items()).containsExactly(entry(newest), entry(middle));
        assertThat(first.next()).isPresent();
        assertThat(second.items()).containsExactly(entry(oldest));
        assertThat(second.next()).isEmpty();
        assertThat(read(other, () -> inbox.list(login, new KeysetRequest(Optional.empty(), 20)).items())).isEmpty();
    }

    @Test
    @DisplayName("marking a message read counts it out of the unread ones and keeps the first reading's time")
    void markRead() {
        String login = "marker-" + suffix();
        OutboxMessage message = message(Channel.INBOX, login, 0);
        run(() -> {
            inboxDelivery.deliver(message);
            inboxDelivery.deliver(message(Channel.INBOX, login, 1));
        });
        Instant readAt = LONG_AGO.plusSeconds(3600);

        long unreadBefore = read(() -> inbox.unread(login));
        boolean marked = in(() -> inbox.markRead(login, message.id(), readAt));
        boolean markedAgain = in(() -> inbox.markRead(login, message.id(), readAt.plusSeconds(60)));
        boolean markedByAnother = in(() -> inbox.markRead("intruder", message.id(), readAt));
        boolean markedInAnotherCongress = in(other, () -> inbox.markRead(login, message.id(), readAt));

        assertThat(unreadBefore).isEqualTo(2);
        assertThat(marked).isTrue();
        assertThat(markedAgain).isTrue();
        assertThat(markedByAnother).isFalse();
        assertThat(markedInAnotherCongress).isFalse();
        assertThat(read(() -> inbox.unread(login))).isEqualTo(1);
        assertThat(read(() -> inbox.list(login, new KeysetRequest(Optional.empty(), 20))).items())
                .filteredOn(entry -> entry.id().equals(message.id())).singleElement()
                .satisfies(entry -> assertThat(entry.readAt()).contains(readAt));
    }

    @Test
    @DisplayName("the dispatcher claims due messages oldest first, one per target at a time, and settles them as delivered, retried or dead")
    void dispatchClaimsAndSettles() {
        String endpoint = "https://hooks.example.cn/" + suffix();
        String mailbox = "deputy-" + suffix() + "@example.cn";
        OutboxMessage firstToEndpoint = message(Channel.WEBHOOK, endpoint, 0);
        OutboxMessage secondToEndpoint = message(Channel.WEBHOOK, endpoint, 1);
        OutboxMessage toMailbox = message(Channel.EMAIL, mailbox, 2);
        run(() -> List.of(firstToEndpoint, secondToEndpoint, toMailbox).forEach(outbox::add));
        Instant now = LONG_AGO.plusSeconds(10);
        Duration lease = Duration.ofMinutes(1);

        Optional<OutboxMessage> first = dispatch.claimNext(now, lease);
        Optional<OutboxMessage> second = dispatch.claimNext(now, lease);
        Optional<OutboxMessage> none = dispatch.claimNext(now, lease);
        dispatch.delivered(congress, firstToEndpoint.id(), now);
        Optional<OutboxMessage> third = dispatch.claimNext(now, lease);
        dispatch.dead(congress, secondToEndpoint.id(), "HTTP 410 Gone");
        dispatch.retry(congress, toMailbox.id(), now.plusSeconds(300), "SMTP 451");
        Optional<OutboxMessage> notYetDue = dispatch.claimNext(now.plusSeconds(60), lease);
        Optional<OutboxMessage> retried = dispatch.claimNext(now.plusSeconds(300), lease);

        assertThat(first).contains(firstToEndpoint);
        assertThat(second).contains(toMailbox);
        assertThat(none).isEmpty();
        assertThat(third).contains(secondToEndpoint);
        assertThat(notYetDue).isEmpty();
        assertThat(retried).map(OutboxMessage::attempts).contains(1);
        assertThat(dispatch.releaseClaims()).isEqualTo(1);
        assertThat(read(() -> outbox.deadLetters(new KeysetRequest(Optional.empty(), 20)).items()))
                .filteredOn(letter -> letter.target().equals(endpoint)).containsExactly(new DeadLetter(secondToEndpoint.id(), Channel.WEBHOOK, endpoint, "suggestion.assigned",
                        secondToEndpoint.createdAt(), 1, "HTTP 410 Gone"));
        dispatch.delivered(congress, toMailbox.id(), now.plusSeconds(300));
    }

    @Test
    @DisplayName("a claim never settled (its node died) is taken again once its lease has run out, and released by its node on stopping")
    void expiredLeaseIsTakenAgain() {
        OutboxMessage message = message(Channel.EMAIL, "lease-" + suffix() + "@example.cn", 40);
        run(() -> outbox.add(message));
        Instant now = LONG_AGO.plusSeconds(50);
        Duration lease = Duration.ofSeconds(30);
        try {
            Optional<OutboxMessage> claimed = dispatch.claimNext(now, lease);
            Optional<OutboxMessage> duringLease = dispatch.claimNext(now.plusSeconds(29), lease);
            Optional<OutboxMessage> afterLease = dispatch.claimNext(now.plusSeconds(30), lease);
            int released = dispatch.releaseClaims();
            Optional<OutboxMessage> afterRelease = dispatch.claimNext(now.plusSeconds(31), lease);

            assertThat(claimed).contains(message);
            assertThat(duringLease).isEmpty();
            assertThat(afterLease).contains(message);
            assertThat(released).isEqualTo(1);
            assertThat(afterRelease).contains(message);
        } finally {
            dispatch.delivered(congress, message.id(), now);
        }
    }

    @Test
    @DisplayName("a dead letter is replayed once into the queue, from no attempts; another congress can neither see nor replay it")
    void deadLettersReplay() {
        String endpoint = "https://dead.example.cn/" + suffix();
        OutboxMessage older = message(Channel.WEBHOOK, endpoint, 20);
        OutboxMessage newer = message(Channel.WEBHOOK, endpoint + "/2", 21);
        run(() -> List.of(older, newer).forEach(outbox::add));
        dispatch.dead(congress, older.id(), "gone");
        dispatch.dead(congress, newer.id(), "gone");

        Slice<DeadLetter> firstPage = read(() -> outbox.deadLetters(new KeysetRequest(Optional.empty(), 1)));
        Slice<DeadLetter> secondPage = read(() -> outbox.deadLetters(new KeysetRequest(firstPage.next(), 1)));
        boolean replayedElsewhere = in(other, () -> outbox.replay(newer.id(), LONG_AGO));
        boolean replayed = in(() -> outbox.replay(newer.id(), LONG_AGO.plusSeconds(21)));
        boolean replayedTwice = in(() -> outbox.replay(newer.id(), LONG_AGO.plusSeconds(21)));
        Optional<OutboxMessage> claimed = dispatch.claimNext(LONG_AGO.plusSeconds(22), Duration.ofMinutes(1));

        assertThat(firstPage.items()).extracting(DeadLetter::id).containsExactly(newer.id());
        assertThat(secondPage.items()).extracting(DeadLetter::id).containsExactly(older.id());
        assertThat(read(other, () -> outbox.deadLetters(new KeysetRequest(Optional.empty(), 20)).items())).isEmpty();
        assertThat(replayedElsewhere).isFalse();
        assertThat(replayed).isTrue();
        assertThat(replayedTwice).isFalse();
        assertThat(claimed).map(OutboxMessage::id).contains(newer.id());
        assertThat(claimed).map(OutboxMessage::attempts).contains(0);
        dispatch.delivered(congress, newer.id(), LONG_AGO);
    }

    @Test
    @DisplayName("a mute is kept once per login, event and channel (inbox or e-mail), and is undone by unmuting")
    void mutes() {
        String login = "muter-" + suffix();
        run(() -> {
            mutes.mute(login, new Mute("suggestion.assigned", Channel.EMAIL));
            mutes.mute(login, new Mute("suggestion.assigned", Channel.EMAIL));
            mutes.mute(login, new Mute("suggestion.assigned", Channel.INBOX));
            mutes.mute(login, new Mute("deadline.due", Channel.EMAIL));
        });

        assertThat(read(() -> mutes.mutes(login))).containsExactly(new Mute("deadline.due", Channel.EMAIL),
                new Mute("suggestion.assigned", Channel.EMAIL), new Mute("suggestion.assigned", Channel.INBOX));
        assertThat(read(() -> mutes.mutedChannels(login, "suggestion.assigned"))).isEqualTo(Set.of(Channel.EMAIL, Channel.INBOX));
        assertThat(read(other, () -> mutes.mutes(login))).isEmpty();
        run(() -> mutes.unmute(login, new Mute("suggestion.assigned", Channel.EMAIL)));
        assertThat(read(() -> mutes.mutedChannels(login, "suggestion.assigned"))).containsExactly(Channel.INBOX);
    }

    @Test
    @DisplayName("webhook endpoints keep their event types and secrets in order, an empty subscription included, listed by URL")
    void webhookEndpoints() {
        WebhookEndpoint second = new WebhookEndpoint(UUID.randomUUID(), "https://b.example.cn/hook", List.of(),
                List.of("new-secret", "old-secret"), false);
        WebhookEndpoint first = new WebhookEndpoint(UUID.randomUUID(), "https://a.example.cn/hook",
                List.of("suggestion.assigned", "deadline.due"), List.of("只有一个密钥"), true);
        run(() -> {
            webhooks.add(second);
            webhooks.add(first);
        });
        WebhookEndpoint changed = new WebhookEndpoint(second.id(), "https://c.example.cn/hook", List.of("deputy.status-changed"),
                List.of("rotated"), true);

        assertThat(read(() -> webhooks.all())).containsExactly(first, second);
        run(() -> webhooks.update(changed));

        assertThat(read(() -> webhooks.find(second.id()))).contains(changed);
        assertThat(read(() -> webhooks.all())).containsExactly(first, changed);
        assertThat(read(other, () -> webhooks.all())).isEmpty();
        assertThat(read(other, () -> webhooks.find(first.id()))).isEmpty();
    }

    private OutboxMessage message(Channel channel, String target, int second) {
        return new OutboxMessage(UUID.randomUUID(), congress, channel, target, "suggestion.assigned", "建议已交办",
                "您的建议《关于修路》已交办县交通局。", "{\"type\":\"suggestion.assigned\"}", LONG_AGO.plusSeconds(second), 0);
    }

    private static InboxEntry entry(OutboxMessage message) {
        return new InboxEntry(message.id(), message.event(), message.subject(), message.body(), message.createdAt(), Optional.empty());
    }
}
