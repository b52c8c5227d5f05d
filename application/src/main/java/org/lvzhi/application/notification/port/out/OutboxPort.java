package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lvzhi.application.notification.DeadLetter;
import org.lvzhi.application.notification.OutboxMessage;

/** The acting congress's outbox: written in the business transaction; its dead letters, listed and replayed. */
public interface OutboxPort {

    void add(OutboxMessage message);

    List<DeadLetter> deadLetters();

    /** Puts a dead letter back in line, due at once; false when there is no such dead letter. */
    boolean replay(UUID id, Instant now);
}
