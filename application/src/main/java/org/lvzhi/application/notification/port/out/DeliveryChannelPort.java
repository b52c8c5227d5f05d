package org.lvzhi.application.notification.port.out;

/** Delivers outbox messages of one channel; never throws for a failed delivery, it answers the outcome. */
public interface DeliveryChannelPort {

    Channel channel();

    DeliveryOutcome deliver(OutboxMessage message);
}
