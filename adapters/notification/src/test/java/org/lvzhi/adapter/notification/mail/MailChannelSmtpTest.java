package org.lvzhi.adapter.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.notification.mail.MailFixtures.BODY;
import static org.lvzhi.adapter.notification.mail.MailFixtures.FROM;
import static org.lvzhi.adapter.notification.mail.MailFixtures.SUBJECT;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;

class MailChannelSmtpTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("lvzhi", "secret"));

    private MailChannel channel() {
        return new MailChannel(MailFixtures.smtp(greenMail.getSmtp().getPort()));
    }

    @Test
    void is_the_email_channel() {
        assertThat(channel().channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void sends_the_chinese_notification_to_the_recipient() throws Exception {
        OutboxMessage message = MailFixtures.to("ma.jianguo@example.org");

        assertThat(channel().deliver(message)).isEqualTo(new DeliveryOutcome.Delivered());

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("ma.jianguo@example.org");
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(mail.getMessageID()).isEqualTo("<" + message.id() + "@lvzhi>");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(message.createdAt());
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@lvzhi.local");
        assertThat(from.getPersonal()).isEqualTo("履职平台");
    }

    @Test
    void keeps_a_chinese_display_name_of_the_recipient() throws Exception {
        assertThat(channel().deliver(MailFixtures.to("马建国 <ma.jianguo@example.org>"))).isEqualTo(new DeliveryOutcome.Delivered());

        InternetAddress to = (InternetAddress) greenMail.getReceivedMessages()[0].getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("ma.jianguo@example.org");
        assertThat(to.getPersonal()).isEqualTo("马建国");
    }

    @Test
    void a_repeated_delivery_carries_the_same_message_id() throws Exception {
        OutboxMessage message = MailFixtures.to("ma.jianguo@example.org");
        MailChannel channel = channel();

        channel.deliver(message);
        channel.deliver(message);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo("<" + message.id() + "@lvzhi>");
        assertThat(received[1].getMessageID()).isEqualTo("<" + message.id() + "@lvzhi>");
    }

    @Test
    void logs_in_when_credentials_are_configured() {
        MailChannel channel = new MailChannel(new MailSettings("127.0.0.1", greenMail.getSmtp().getPort(), "lvzhi",
                "secret", false, FROM, Path.of("unused")));

        assertThat(channel.deliver(MailFixtures.to("ma.jianguo@example.org"))).isEqualTo(new DeliveryOutcome.Delivered());
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_refused_login_is_retried_later() {
        MailChannel channel = new MailChannel(new MailSettings("127.0.0.1", greenMail.getSmtp().getPort(), "lvzhi",
                "wrong", false, FROM, Path.of("unused")));

        DeliveryOutcome outcome = channel.deliver(MailFixtures.to("ma.jianguo@example.org"));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.RetryLater.class,
                later -> assertThat(later.reason()).contains("535"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_unreachable_relay_is_retried_later() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        DeliveryOutcome outcome = new MailChannel(MailFixtures.smtp(closedPort)).deliver(MailFixtures.to("ma.jianguo@example.org"));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.RetryLater.class,
                later -> assertThat(later.reason()).contains("127.0.0.1:" + closedPort));
    }

    @ParameterizedTest
    @ValueSource(strings = {"马建国代表", "not-an-address", "ma@@example.org", "ma jianguo@example.org",
            "a@example.org, b@example.org", "ma@example.org\r\nBcc: spy@example.org", ""})
    void a_malformed_address_is_rejected_without_sending(String target) {
        DeliveryOutcome outcome = channel().deliver(MailFixtures.to(target));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Rejected.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
