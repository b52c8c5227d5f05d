package org.lvzhi.adapter.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;

/** Where a composed message goes: an SMTP relay, or the embedded mailbox directory. Never throws. */
sealed interface Mailer permits SmtpMailer, FileMailbox {

    DeliveryOutcome send(UUID id, MimeMessage message);
}
