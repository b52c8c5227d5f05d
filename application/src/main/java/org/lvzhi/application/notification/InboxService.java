package org.lvzhi.application.notification;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.notification.port.in.InboxUseCases;
import org.lvzhi.application.notification.port.out.InboxFeedPort;
import org.lvzhi.application.notification.port.out.InboxPort;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.port.out.TransactionPort;

@Singleton
class InboxService implements InboxUseCases {

    private final TransactionPort transactions;
    private final InboxPort inbox;
    private final InboxFeedPort feed;
    private final Clock clock;

    InboxService(TransactionPort transactions, InboxPort inbox, InboxFeedPort feed, Clock clock) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.feed = feed;
        this.clock = clock;
    }

    @Override
    public AutoCloseable follow(ActingCaller caller, Consumer<InboxEntry> listener) {
        return feed.subscribe(caller.congress(), caller.subject(), listener);
    }

    @Override
    public Slice<InboxEntry> list(ActingCaller caller, KeysetRequest page) {
        return transactions.readInCongress(caller.congress(), () -> inbox.list(caller.subject(), page));
    }

    @Override
    public long unread(ActingCaller caller) {
        return transactions.readInCongress(caller.congress(), () -> inbox.unread(caller.subject()));
    }

    @Override
    public void markRead(ActingCaller caller, UUID id) {
        boolean marked = transactions.inCongress(caller.congress(), () -> inbox.markRead(caller.subject(), id, clock.instant()));
        if (!marked) {
            throw new NotFound("inbox message", id);
        }
    }
}
