package org.lvzhi.application.notification.port.out;

import org.lvzhi.application.notification.Channel;
import org.lvzhi.application.notification.DeliveryOutcome;
import org.lvzhi.application.notification.OutboxMessage;

/** Delivers outbox messages of one channel; never throws for a failed delivery, it answers the outcome. */
public interface DeliveryChannelPort {

    Channel channel();

    DeliveryOutcome deliver(OutboxMessage message);
}
