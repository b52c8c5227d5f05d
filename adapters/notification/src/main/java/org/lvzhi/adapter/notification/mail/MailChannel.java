package org.lvzhi.adapter.notification.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;

/**
 * Delivers e-mail messages as UTF-8 plain text, over SMTP when a relay is configured and otherwise into the
 * embedded mailbox directory (see {@link MailSettings}). Every attempt carries the Message-ID
 * {@code <outbox message id@lvzhi>} and the message's creation time as its date, so a repeated delivery is
 * recognisably the same message.
 */
@Singleton
public class MailChannel implements DeliveryChannelPort {

    private static final String UTF_8 = "UTF-8";

    // Only composes messages; the SMTP mailer has its own session with the relay's settings.
    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;
    private final Mailer mailer;

    public MailChannel(MailSettings settings) {
        try {
            this.from = address(settings.from());
        } catch (AddressException e) {
            throw new IllegalArgumentException("lvzhi.notification.mail.from is not an e-mail address: " + settings.from(), e);
        }
        this.mailer = settings.smtp() ? new SmtpMailer(settings) : new FileMailbox(settings.mailbox());
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        InternetAddress to;
        try {
            to = address(message.target());
        } catch (AddressException e) {
            return new DeliveryOutcome.Rejected("'" + message.target() + "' is not an e-mail address: " + e.getMessage());
        }
        MimeMessage mail;
        try {
            mail = compose(message, to);
        } catch (MessagingException e) {
            return new DeliveryOutcome.Rejected("cannot compose mail " + message.id() + ": " + e.getMessage());
        }
        return mailer.send(message.id(), mail);
    }

    private MimeMessage compose(OutboxMessage message, InternetAddress to) throws MessagingException {
        MimeMessage mail = new IdentifiedMessage(session, "<" + message.id() + "@lvzhi>");
        mail.setFrom(from);
        mail.setRecipient(Message.RecipientType.TO, to);
        mail.setSubject(message.subject(), UTF_8);
        mail.setSentDate(Date.from(message.createdAt()));
        // RFC 3834: keeps vacation responders and the like from answering a notification.
        mail.setHeader("Auto-Submitted", "auto-generated");
        mail.setText(message.body(), UTF_8);
        mail.saveChanges();
        return mail;
    }

    /** One strictly parsed address; a display name, if any, is kept and encoded so Chinese names survive. */
    private static InternetAddress address(String text) throws AddressException {
        if (text == null) {
            throw new AddressException("no address");
        }
        InternetAddress parsed = new InternetAddress(text, true);
        if (parsed.getPersonal() == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps our Message-ID: a plain MimeMessage replaces it with a random one on every save. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
