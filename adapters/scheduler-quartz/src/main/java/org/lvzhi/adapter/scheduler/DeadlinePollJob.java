package org.lvzhi.adapter.scheduler;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase.PollOutcome;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few minutes ({@code lvzhi.deadlines.poll-interval}), on one node: the deadline poller, which reminds,
 * asks for progress explanations and escalates overdue clocks of every congress, each once. One job for all
 * deadlines; the clocks themselves are rows.
 */
@Singleton
@DisallowConcurrentExecution
public class DeadlinePollJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlinePollJob.class);

    private final PollDueDeadlinesUseCase poller;
    private final Clock clock;

    DeadlinePollJob(PollDueDeadlinesUseCase poller, Clock clock) {
        this.poller = poller;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        poll();
    }

    /** The job's entry point. */
    public PollOutcome poll() {
        PollOutcome outcome = poller.pollDue(clock.instant());
        if (outcome.claimed() > 0 || outcome.failedCongresses() > 0) {
            LOG.info("deadline poll: {}", outcome);
        }
        return outcome;
    }
}
