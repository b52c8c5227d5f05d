package org.lvzhi.application.notification.port.out;

import java.time.Instant;
import java.util.UUID;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

/** The acting congress's outbox: written in the business transaction; its dead letters, listed and replayed. */
public interface OutboxPort {

    void add(OutboxMessage message);

    /** Newest first (then by id), a keyset page. */
    Slice<DeadLetter> deadLetters(KeysetRequest page);

    /** Puts a dead letter back in line, due at once; false when there is no such dead letter. */
    boolean replay(UUID id, Instant now);
}
