package org.lvzhi.adapter.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;

/** What the relay's answers become: permanent (5xx) refusals of this message are final, the rest is retried. */
class MailChannelRepliesTest {

    private static DeliveryOutcome deliverThrough(Map<String, String> replies) throws Exception {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer(replies)) {
            return new MailChannel(MailFixtures.smtp(relay.port())).deliver(MailFixtures.to("ma.jianguo@example.org"));
        }
    }

    @Test
    void a_relay_that_accepts_delivers() throws Exception {
        assertThat(deliverThrough(Map.of())).isEqualTo(new DeliveryOutcome.Delivered());
    }

    @Test
    void an_unknown_recipient_is_rejected() throws Exception {
        assertThat(deliverThrough(Map.of("RCPT", "550 5.1.1 no such user")))
                .isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("550 5.1.1 no such user"));
    }

    @Test
    void a_greylisted_recipient_is_retried_later() throws Exception {
        assertThat(deliverThrough(Map.of("RCPT", "451 4.7.1 greylisted, try again")))
                .isInstanceOfSatisfying(DeliveryOutcome.RetryLater.class,
                        later -> assertThat(later.reason()).contains("451 4.7.1 greylisted"));
    }

    @Test
    void a_message_refused_for_good_is_rejected() throws Exception {
        assertThat(deliverThrough(Map.of("DATA", "554 5.7.1 message refused"))).isInstanceOf(DeliveryOutcome.Rejected.class);
    }

    @Test
    void a_message_deferred_by_the_relay_is_retried_later() throws Exception {
        assertThat(deliverThrough(Map.of("DATA", "452 4.3.1 insufficient storage"))).isInstanceOf(DeliveryOutcome.RetryLater.class);
    }

    @Test
    void a_refused_sender_is_retried_later_because_it_is_our_configuration() throws Exception {
        assertThat(deliverThrough(Map.of("MAIL", "553 5.7.1 sender not allowed to relay")))
                .isInstanceOfSatisfying(DeliveryOutcome.RetryLater.class,
                        later -> assertThat(later.reason()).contains("553 5.7.1 sender not allowed"));
    }

    @Test
    void a_busy_relay_is_retried_later() throws Exception {
        assertThat(deliverThrough(Map.of("GREETING", "421 4.3.2 too busy"))).isInstanceOf(DeliveryOutcome.RetryLater.class);
    }

    @Test
    void a_relay_without_starttls_gets_nothing_when_starttls_is_required() throws Exception {
        try (ScriptedSmtpServer relay = new ScriptedSmtpServer(Map.of())) {
            MailChannel channel = new MailChannel(new MailSettings("127.0.0.1", relay.port(), "lvzhi", "secret", true,
                    MailFixtures.FROM, Path.of("unused")));

            assertThat(channel.deliver(MailFixtures.to("ma.jianguo@example.org")))
                    .isInstanceOfSatisfying(DeliveryOutcome.RetryLater.class,
                            later -> assertThat(later.reason()).contains("STARTTLS"));
        }
    }
}
