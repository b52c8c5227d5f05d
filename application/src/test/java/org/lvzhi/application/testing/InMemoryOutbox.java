package org.lvzhi.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.DeadLetter;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.OutboxPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;

/** One congress's outbox: the messages added, and dead letters put there by the test. */
public final class InMemoryOutbox implements OutboxPort {

    private final List<OutboxMessage> added = new ArrayList<>();
    private final List<DeadLetter> dead = new ArrayList<>();
    private final List<UUID> replayed = new ArrayList<>();

    public InMemoryOutbox withDeadLetter(DeadLetter letter) {
        dead.add(letter);
        return this;
    }

    @Override
    public void add(OutboxMessage message) {
        added.add(message);
    }

    @Override
    public Slice<DeadLetter> deadLetters(KeysetRequest page) {
        return Slice.of(dead.subList(0, Math.min(dead.size(), page.size() + 1)), page, letter -> letter.id().toString());
    }

    @Override
    public boolean replay(UUID id, Instant now) {
        boolean found = dead.removeIf(letter -> letter.id().equals(id));
        if (found) {
            replayed.add(id);
        }
        return found;
    }

    public List<OutboxMessage> added() {
        return List.copyOf(added);
    }

    public List<UUID> replayed() {
        return List.copyOf(replayed);
    }
}
