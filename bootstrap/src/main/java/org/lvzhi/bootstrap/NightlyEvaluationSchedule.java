package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.lvzhi.application.archive.port.in.NightlyEvaluationUseCase;
import org.lvzhi.application.congress.port.in.CongressQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.Congress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each night, every congress in its own transaction and tenant context: supervision rules whose triggers fire
 * with the passing of time (a year without contact), and the compliance overview. Running it on two nodes opens
 * nothing twice (one case per trigger is a database constraint). One congress failing does not stop the others.
 */
@Singleton
@Requires(property = "lvzhi.evaluation.nightly.enabled", notEquals = "false")
class NightlyEvaluationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyEvaluationSchedule.class);

    private final CongressQueries congresses;
    private final NightlyEvaluationUseCase evaluation;
    private final Clock clock;

    NightlyEvaluationSchedule(CongressQueries congresses, NightlyEvaluationUseCase evaluation, Clock clock) {
        this.congresses = congresses;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    @Scheduled(cron = "${lvzhi.evaluation.nightly.cron:0 30 2 * * *}", zoneId = "Asia/Shanghai")
    void evaluateAll() {
        LocalDate today = LegalDate.today(clock);
        Page<Congress> page;
        int number = 0;
        do {
            page = congresses.all(new PageRequest(number++, PageRequest.MAX_SIZE));
            for (Congress congress : page.items()) {
                try {
                    int opened = evaluation.evaluate(congress.id(), today);
                    LOG.info("nightly evaluation of {} on {} opened {} supervision cases", congress.id(), today, opened);
                } catch (RuntimeException failure) {
                    LOG.error("nightly evaluation of {} failed; the next night retries", congress.id(), failure);
                }
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
    }
}
