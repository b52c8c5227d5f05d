package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.lvzhi.application.notification.NotificationDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox dispatcher every second on every node (claims never overlap). Calendar work goes to
 * Quartz; this poll is cheap, idempotent and needs no cluster-wide lock.
 */
@Singleton
@Requires(property = "lvzhi.notification.dispatcher.enabled", notEquals = "false")
class NotificationDispatchSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatchSchedule.class);

    private final NotificationDispatcher dispatcher;

    NotificationDispatchSchedule(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelay = "${lvzhi.notification.dispatcher.interval:1s}", initialDelay = "5s")
    void dispatch() {
        try {
            while (!dispatcher.dispatchDue().isEmpty()) {
                LOG.debug("dispatched a batch of notifications");
            }
        } catch (RuntimeException failure) {
            LOG.warn("notification dispatch failed; the next run retries: {}", failure.getMessage(), failure);
        }
    }
}
