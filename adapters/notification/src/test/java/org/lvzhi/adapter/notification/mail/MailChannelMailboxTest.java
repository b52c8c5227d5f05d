package org.lvzhi.adapter.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.notification.mail.MailFixtures.BODY;
import static org.lvzhi.adapter.notification.mail.MailFixtures.SUBJECT;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;

/** The embedded default: no SMTP host, so each message becomes an .eml file in the mailbox directory. */
class MailChannelMailboxTest {

    @TempDir
    Path dataDir;

    private Path mailbox() {
        return dataDir.resolve("mailbox");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(mailbox())) {
            return files.toList();
        }
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    @Test
    void writes_the_message_as_an_eml_file_named_by_its_id() throws Exception {
        OutboxMessage message = MailFixtures.to("ma.jianguo@example.org");

        DeliveryOutcome outcome = new MailChannel(MailFixtures.mailbox(mailbox())).deliver(message);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered());
        Path file = mailbox().resolve(message.id() + ".eml");
        assertThat(files()).containsExactly(file);
        MimeMessage mail = read(file);
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(mail.getMessageID()).isEqualTo("<" + message.id() + "@lvzhi>");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo("ma.jianguo@example.org");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("履职平台");
    }

    @Test
    void a_repeated_delivery_leaves_one_identical_file() throws Exception {
        OutboxMessage message = MailFixtures.to("ma.jianguo@example.org");
        MailChannel channel = new MailChannel(MailFixtures.mailbox(mailbox()));

        channel.deliver(message);
        byte[] first = Files.readAllBytes(mailbox().resolve(message.id() + ".eml"));
        DeliveryOutcome again = channel.deliver(message);

        assertThat(again).isEqualTo(new DeliveryOutcome.Delivered());
        assertThat(files()).containsExactly(mailbox().resolve(message.id() + ".eml"));
        assertThat(Files.readAllBytes(mailbox().resolve(message.id() + ".eml"))).isEqualTo(first);
    }

    @Test
    void different_messages_are_different_files() throws Exception {
        MailChannel channel = new MailChannel(MailFixtures.mailbox(mailbox()));

        channel.deliver(MailFixtures.to("ma.jianguo@example.org"));
        channel.deliver(MailFixtures.to("li.hong@example.org"));

        assertThat(files()).hasSize(2);
    }

    @Test
    void a_malformed_address_is_rejected_and_nothing_written() {
        DeliveryOutcome outcome = new MailChannel(MailFixtures.mailbox(mailbox())).deliver(MailFixtures.to("马建国代表"));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Rejected.class);
        assertThat(mailbox()).doesNotExist();
    }

    @Test
    void an_unwritable_mailbox_is_retried_later() throws IOException {
        Path notADirectory = Files.writeString(dataDir.resolve("mailbox"), "a file where the directory should be");

        DeliveryOutcome outcome = new MailChannel(MailFixtures.mailbox(notADirectory)).deliver(MailFixtures.to("ma.jianguo@example.org"));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.RetryLater.class);
    }
}
