package org.lvzhi.application.deadline.port.in;

import java.time.Instant;

/**
 * The deadline poller's entry point, for the scheduler: every clock of every congress that wants attention on the
 * legal date of {@code now} gets it once — reminders at the profile's offsets, the progress explanation of complex
 * matters, one escalation when overdue. Safe to run on several nodes at once and to run twice.
 */
public interface PollDueDeadlinesUseCase {

    PollOutcome pollDue(Instant now);

    /** What one run did: clocks claimed, and clocks reminded, asked for their progress explanation and escalated. */
    record PollOutcome(int claimed, int reminders, int progressReports, int escalations, int failedCongresses) {

        public PollOutcome and(PollOutcome other) {
            return new PollOutcome(claimed + other.claimed, reminders + other.reminders, progressReports + other.progressReports,
                    escalations + other.escalations, failedCongresses + other.failedCongresses);
        }

        public static PollOutcome none() {
            return new PollOutcome(0, 0, 0, 0, 0);
        }
    }
}
