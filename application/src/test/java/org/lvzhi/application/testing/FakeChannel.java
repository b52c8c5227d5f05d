package org.lvzhi.application.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.domain.congress.CongressId;

/**
 * A delivery channel answering scripted outcomes (the last one repeats), recording each message it was
 * given and the congress acting when it was.
 */
public final class FakeChannel implements DeliveryChannelPort {

    private final Channel channel;
    private final InMemoryTransactions transactions;
    private final Deque<Supplier<DeliveryOutcome>> script = new ArrayDeque<>();
    private final List<OutboxMessage> delivered = new ArrayList<>();
    private final List<Optional<CongressId>> actingCongresses = new ArrayList<>();

    public FakeChannel(Channel channel, InMemoryTransactions transactions) {
        this.channel = channel;
        this.transactions = transactions;
    }

    /** Answers these outcomes, one per delivery, the last one from then on. */
    public FakeChannel answering(DeliveryOutcome... outcomes) {
        for (DeliveryOutcome outcome : outcomes) {
            script.addLast(() -> outcome);
        }
        return this;
    }

    /** Throws the failure on the next delivery. */
    public FakeChannel throwing(RuntimeException failure) {
        script.addLast(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public DeliveryOutcome deliver(OutboxMessage message) {
        delivered.add(message);
        actingCongresses.add(transactions.actingCongress());
        Supplier<DeliveryOutcome> next = script.size() > 1 ? script.pollFirst() : script.peekFirst();
        return next == null ? new DeliveryOutcome.Delivered() : next.get();
    }

    public List<OutboxMessage> delivered() {
        return List.copyOf(delivered);
    }

    /** The congress acting during each delivery, in order (empty: outside any unit of work). */
    public List<Optional<CongressId>> actingCongresses() {
        return List.copyOf(actingCongresses);
    }
}
