package org.lvzhi.adapter.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;

/**
 * Sends through the configured SMTP relay, one connection per message. A permanent (5xx) refusal of the
 * recipient or of the message is final; anything else — no connection, a timeout, a transient (4xx) reply, a
 * failed login, a refused sender — is tried again later.
 */
final class SmtpMailer implements Mailer {

    private static final String TIMEOUT_MILLIS = "10000";

    private final Session session;
    private final String where;
    private final String username;
    private final String password;

    SmtpMailer(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (settings.starttls()) {
            // Required, not merely enabled: never fall back to sending credentials and mail in clear text.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        boolean login = settings.username() != null && !settings.username().isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(login));
        this.session = Session.getInstance(properties);
        this.where = settings.host() + ":" + settings.port();
        this.username = login ? settings.username() : null;
        this.password = login ? settings.password() : null;
    }

    @Override
    public DeliveryOutcome send(UUID id, MimeMessage message) {
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect(username, password);
            transport.sendMessage(message, message.getAllRecipients());
            return new DeliveryOutcome.Delivered();
        } catch (MessagingException e) {
            return outcome(e, where);
        } finally {
            closeQuietly(transport);
        }
    }

    private static DeliveryOutcome outcome(MessagingException failure, String where) {
        String reason = "SMTP relay " + where + ": " + describe(failure);
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SMTPAddressFailedException recipient) {
                return byReply(recipient.getReturnCode(), reason);
            }
            // A refused sender (MAIL FROM) is our configuration, not this message: retried, so that fixing the
            // setting still delivers it.
            if (e instanceof SMTPSendFailedException message && !String.valueOf(message.getCommand()).startsWith("MAIL")) {
                return byReply(message.getReturnCode(), reason);
            }
        }
        return new DeliveryOutcome.RetryLater(reason);
    }

    private static DeliveryOutcome byReply(int code, String reason) {
        return code >= 500 && code < 600 ? new DeliveryOutcome.Rejected(reason) : new DeliveryOutcome.RetryLater(reason);
    }

    private static String describe(MessagingException failure) {
        StringBuilder text = new StringBuilder(message(failure));
        for (Throwable e = failure.getCause(); e != null; e = e.getCause()) {
            String next = message(e);
            if (!text.toString().contains(next)) {
                text.append("; ").append(next);
            }
        }
        return text.toString();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    }

    private static void closeQuietly(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The message is already accepted (or already failed); a failed QUIT changes nothing.
            }
        }
    }
}
