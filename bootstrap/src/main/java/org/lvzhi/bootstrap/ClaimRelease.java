package org.lvzhi.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.lvzhi.application.deadline.port.out.DeadlineClaimPort;
import org.lvzhi.application.notification.port.out.OutboxDispatchPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stopping node's last word to the cluster, after the drain and the scheduler's standby and before the pools close:
 * the outbox messages and deadline clocks it still holds are given back, so other nodes take them at once rather
 * than after the lease.
 */
@Singleton
class ClaimRelease implements ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimRelease.class);

    private final OutboxDispatchPort outbox;
    private final DeadlineClaimPort deadlines;

    ClaimRelease(OutboxDispatchPort outbox, DeadlineClaimPort deadlines) {
        this.outbox = outbox;
        this.deadlines = deadlines;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        try {
            LOG.info("released {} outbox and {} deadline claims", outbox.releaseClaims(), deadlines.releaseClaims());
        } catch (RuntimeException failure) {
            LOG.warn("cannot release this node's claims; they fall back to the cluster after their lease: {}", failure.getMessage());
        }
    }

    @Override
    public int getOrder() {
        return 200;
    }
}
