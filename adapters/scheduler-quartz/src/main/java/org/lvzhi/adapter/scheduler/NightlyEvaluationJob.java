package org.lvzhi.adapter.scheduler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.lvzhi.application.archive.port.in.NightlyEvaluationUseCase;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each night ({@code lvzhi.evaluation.nightly.cron}, China time), on one node of the cluster: every congress in
 * its own transactions and tenant context — supervision rules whose triggers fire with the passing of time (a
 * year without contact), and the compliance overview. Running it twice opens nothing twice (one case per
 * trigger is a database constraint). One congress failing does not stop the others.
 */
@Singleton
@DisallowConcurrentExecution
public class NightlyEvaluationJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyEvaluationJob.class);

    private final CongressQueries congresses;
    private final NightlyEvaluationUseCase evaluation;
    private final Clock clock;
    private final Timer duration;

    NightlyEvaluationJob(CongressQueries congresses, NightlyEvaluationUseCase evaluation, Clock clock, MeterRegistry meters) {
        this.congresses = congresses;
        this.evaluation = evaluation;
        this.clock = clock;
        this.duration = Timer.builder("lvzhi.evaluation.duration")
                .description("one congress's nightly evaluation: compliance, supervision, standings").register(meters);
    }

    @Override
    public void execute(JobExecutionContext context) {
        evaluateAll();
    }

    /** The job's entry point. */
    public void evaluateAll() {
        LocalDate today = LegalDate.today(clock);
        Page<Congress> page;
        int number = 0;
        do {
            page = congresses.all(new PageRequest(number++, PageRequest.MAX_SIZE));
            for (Congress congress : page.items()) {
                try {
                    int opened = duration.record(() -> evaluation.evaluate(congress.id(), today));
                    LOG.info("nightly evaluation of {} on {} opened {} supervision cases", congress.id(), today, opened);
                } catch (RuntimeException failure) {
                    LOG.error("nightly evaluation of {} failed; the next night retries", congress.id(), failure);
                }
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
    }
}
