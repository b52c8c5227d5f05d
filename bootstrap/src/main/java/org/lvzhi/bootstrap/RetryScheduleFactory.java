package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.random.RandomGenerator;
import org.lvzhi.domain.notification.RetrySchedule;

/**
 * The outbox's retry schedule: 30 s doubling to 6 h with equal jitter; 16 failures (about two days, so a
 * receiver down over a weekend night still gets its messages) make a dead letter an admin can replay.
 */
@Factory
class RetryScheduleFactory {

    private static final int MAX_ATTEMPTS = 16;

    @Singleton
    RetrySchedule retrySchedule() {
        return new RetrySchedule(RetrySchedule.DEFAULT_BASE, RetrySchedule.DEFAULT_CAP, MAX_ATTEMPTS,
                RetrySchedule.Jitter.EQUAL, RandomGenerator.getDefault());
    }
}
