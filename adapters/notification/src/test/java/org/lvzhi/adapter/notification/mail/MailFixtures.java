package org.lvzhi.adapter.notification.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.domain.congress.CongressId;

/** A Chinese notification as the outbox holds it, and settings for each kind of mailer. */
final class MailFixtures {

    static final String FROM = "履职平台 <noreply@lvzhi.local>";
    static final String SUBJECT = "关于参加代表联络站接待活动的通知";
    static final String BODY = """
            马建国代表：
            请于2026年12月5日上午9时到城关镇代表联络站参加接待选民活动，请准时出席。

            城东区人大常委会办公室""";

    private MailFixtures() {
    }

    static OutboxMessage to(String target) {
        return new OutboxMessage(UUID.randomUUID(), new CongressId("qinghai"), Channel.EMAIL, target,
                "deputy.reception-scheduled", SUBJECT, BODY, "", Instant.parse("2026-11-28T02:00:00Z"), 0);
    }

    static MailSettings smtp(int port) {
        return new MailSettings("127.0.0.1", port, null, null, false, FROM, Path.of("unused"));
    }

    static MailSettings mailbox(Path directory) {
        return new MailSettings(null, 25, null, null, false, FROM, directory);
    }
}
