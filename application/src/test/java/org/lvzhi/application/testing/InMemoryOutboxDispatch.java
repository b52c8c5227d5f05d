package org.lvzhi.application.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.notification.port.out.OutboxDispatchPort;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.domain.congress.CongressId;

/** The dispatcher's outbox: hands out the messages queued with {@link #due} once, and records every outcome. */
public final class InMemoryOutboxDispatch implements OutboxDispatchPort {

    public record Delivered(CongressId congress, UUID id, Instant at) {
    }

    public record Retry(CongressId congress, UUID id, Instant next, String reason) {
    }

    public record Dead(CongressId congress, UUID id, String reason) {
    }

    private final List<OutboxMessage> due = new ArrayList<>();
    private final List<Object> outcomes = new ArrayList<>();

    public InMemoryOutboxDispatch due(OutboxMessage... messages) {
        due.addAll(List.of(messages));
        return this;
    }

    @Override
    public Optional<OutboxMessage> claimNext(Instant now, Duration lease) {
        return due.isEmpty() ? Optional.empty() : Optional.of(due.removeFirst());
    }

    @Override
    public int releaseClaims() {
        return 0;
    }

    @Override
    public void delivered(CongressId congress, UUID id, Instant at) {
        outcomes.add(new Delivered(congress, id, at));
    }

    @Override
    public void retry(CongressId congress, UUID id, Instant next, String reason) {
        outcomes.add(new Retry(congress, id, next, reason));
    }

    @Override
    public void dead(CongressId congress, UUID id, String reason) {
        outcomes.add(new Dead(congress, id, reason));
    }

    /** Every recorded outcome, in order. */
    public List<Object> outcomes() {
        return List.copyOf(outcomes);
    }
}
