package org.lvzhi.application.operations.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Counts of the platform's queues, across congresses. */
public interface BacklogPort {

    long pendingMessages();

    Optional<Instant> oldestPendingMessage();

    long deadlinesDueBy(LocalDate day);
}
