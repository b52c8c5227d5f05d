package org.lvzhi.application.operations.port.in;

import java.time.Duration;

/** The platform's queues of work across all congresses, as an operator watches them. */
public interface PlatformBacklogs {

    Backlogs now();

    /**
     * Messages waiting to be delivered and how long the oldest has waited (zero when none waits), and the
     * statutory clocks whose next reminder or escalation is due and not yet handled.
     */
    record Backlogs(long outboxPending, Duration outboxOldestAge, long deadlinesDue) {
    }
}
