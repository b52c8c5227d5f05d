package org.lvzhi.adapter.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;

class MailSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void defaults_to_the_embedded_mailbox_under_the_data_directory() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("lvzhi.data-dir", dataDir.toString()))) {
            MailSettings settings = context.getBean(MailSettings.class);

            assertThat(settings.smtp()).isFalse();
            assertThat(settings.host()).isNull();
            assertThat(settings.port()).isEqualTo(25);
            assertThat(settings.username()).isNull();
            assertThat(settings.password()).isNull();
            assertThat(settings.starttls()).isFalse();
            assertThat(settings.from()).isEqualTo("履职平台 <noreply@lvzhi.local>");
            assertThat(settings.mailbox()).isEqualTo(dataDir.resolve("mailbox"));
        }
    }

    @Test
    void binds_the_smtp_relay() {
        Map<String, Object> properties = Map.of(
                "lvzhi.notification.mail.host", "smtp.example.org",
                "lvzhi.notification.mail.port", 587,
                "lvzhi.notification.mail.username", "lvzhi",
                "lvzhi.notification.mail.password", "secret",
                "lvzhi.notification.mail.starttls", true,
                "lvzhi.notification.mail.from", "城东区人大 <notice@example.org>",
                "lvzhi.notification.mail.mailbox", dataDir.resolve("elsewhere").toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            MailSettings settings = context.getBean(MailSettings.class);

            assertThat(settings).isEqualTo(new MailSettings("smtp.example.org", 587, "lvzhi", "secret", true,
                    "城东区人大 <notice@example.org>", dataDir.resolve("elsewhere")));
            assertThat(settings.smtp()).isTrue();
            assertThat(settings.toString()).doesNotContain("secret");
        }
    }

    @Test
    void the_channel_bean_writes_into_the_data_directory_by_default() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("lvzhi.data-dir", dataDir.toString()))) {
            OutboxMessage message = MailFixtures.to("ma.jianguo@example.org");

            DeliveryOutcome outcome = context.getBean(MailChannel.class).deliver(message);

            assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered());
            assertThat(Files.exists(dataDir.resolve("mailbox").resolve(message.id() + ".eml"))).isTrue();
        }
    }

    @Test
    void a_sender_that_is_not_an_address_is_refused_at_once() {
        assertThatThrownBy(() -> new MailChannel(new MailSettings(null, 25, null, null, false, "履职平台", dataDir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lvzhi.notification.mail.from");
    }
}
