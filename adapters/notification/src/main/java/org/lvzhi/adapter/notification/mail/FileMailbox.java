package org.lvzhi.adapter.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;

/**
 * The embedded default: writes each message to {@code <mailbox>/<message id>.eml}. A repeated delivery replaces
 * the same file, so nothing is ever there twice.
 */
final class FileMailbox implements Mailer {

    private final Path directory;

    FileMailbox(Path directory) {
        this.directory = directory;
    }

    @Override
    public DeliveryOutcome send(UUID id, MimeMessage message) {
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            // Written aside and moved into place, so a reader never sees half a message.
            temporary = Files.createTempFile(directory, id + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message.writeTo(out);
            }
            Files.move(temporary, directory.resolve(id + ".eml"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DeliveryOutcome.Delivered();
        } catch (IOException | MessagingException e) {
            return new DeliveryOutcome.RetryLater("cannot write mail to " + directory + ": " + e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A stray .tmp file is harmless.
            }
        }
    }
}
