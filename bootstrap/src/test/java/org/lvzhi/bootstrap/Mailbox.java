package org.lvzhi.bootstrap;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lvzhi.application.notification.NotificationDispatcher;

/** The embedded default's mailbox folder (.eml files), read the way a person reads their invitation. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("/invitation\\?token=([A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    /** Delivers every due e-mail, then answers the token of the latest invitation or reset link sent to the address. */
    public static String invitationTo(NotificationDispatcher dispatcher, Path dataDir, String address) {
        while (dispatcher.dispatchNext().isPresent()) {
            // every due delivery, the invitation among them, is written to the mailbox
        }
        try (Stream<Path> mails = Files.list(dataDir.resolve("mailbox"))) {
            return mails.filter(p -> p.toString().endsWith(".eml")).sorted(Comparator.comparing(Mailbox::written))
                    .map(Mailbox::read).filter(mail -> mail.startsWith(address + "\n"))
                    .map(LINK::matcher).filter(Matcher::find).map(m -> m.group(1))
                    .reduce((first, later) -> later).orElseThrow(() -> new AssertionError("no invitation to " + address));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime written(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recipient and the decoded text of one .eml file. */
    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            return mail.getAllRecipients()[0] + "\n" + mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException("unreadable mail " + file, e);
        }
    }
}
