package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.lvzhi.application.notification.NotificationDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox dispatcher on every node in lanes ({@code lvzhi.notification.dispatcher.lanes}, each a virtual
 * thread delivering one message at a time until nothing is due): a slow receiver holds one lane, the others go on.
 * Every second a lane is started if one is free; a lane that finds work starts another. Claims never overlap across
 * nodes; calendar work goes to Quartz. At stop no lane takes another message, and the stop waits (within the drain)
 * for the deliveries under way.
 */
@Singleton
@Requires(property = "lvzhi.notification.dispatcher.enabled", notEquals = "false")
class NotificationDispatchSchedule implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatchSchedule.class);

    private final NotificationDispatcher dispatcher;
    private final int laneCount;
    private final Semaphore lanes;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean stopping;

    NotificationDispatchSchedule(NotificationDispatcher dispatcher, @Value("${lvzhi.notification.dispatcher.lanes:4}") int laneCount) {
        this.dispatcher = dispatcher;
        this.laneCount = laneCount;
        this.lanes = new Semaphore(laneCount);
    }

    @Scheduled(fixedDelay = "${lvzhi.notification.dispatcher.interval:1s}", initialDelay = "5s")
    void dispatch() {
        startLane();
    }

    private void startLane() {
        if (stopping || !lanes.tryAcquire()) {
            return;
        }
        try {
            workers.execute(this::lane);
        } catch (RejectedExecutionException stopped) {
            lanes.release();
        }
    }

    /** Delivers until nothing is due; while there is work, a free lane is started to share it. */
    private void lane() {
        try {
            while (!stopping && dispatcher.dispatchNext().isPresent()) {
                startLane();
            }
        } catch (RuntimeException failure) {
            LOG.warn("notification dispatch failed; the next run retries: {}", failure.getMessage(), failure);
        } finally {
            lanes.release();
        }
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        workers.shutdown();
        return CompletableFuture.runAsync(() -> {
            try {
                workers.awaitTermination(1, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(laneCount - lanes.availablePermits());
    }
}
