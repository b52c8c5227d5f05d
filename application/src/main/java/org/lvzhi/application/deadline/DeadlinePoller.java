package org.lvzhi.application.deadline;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase;
import org.lvzhi.application.deadline.port.out.DeadlineClaimPort;
import org.lvzhi.application.deadline.port.out.DeadlinePort;
import org.lvzhi.application.deadline.port.out.DeadlineRecipientsPort;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineAction;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;

/**
 * Claims batches of clocks that want attention across congresses (platform role, SKIP LOCKED, with a lease), then
 * works each congress's share in one transaction of its own: the clocks are locked again (one stopped meanwhile is
 * skipped), the due actions are sent through the outbox (one notification per action and party, see
 * {@link DeadlineNotices}) and the clocks' new state is stored in the same transaction,
 * so a second poll — on this node or another — finds nothing left to send. One congress failing leaves its clocks to
 * the lease and does not stop the others.
 */
@Singleton
class DeadlinePoller implements PollDueDeadlinesUseCase {

    static final int BATCH = 1_000;
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(DeadlinePoller.class.getName());

    private final DeadlineClaimPort claims;
    private final DeadlinePort deadlines;
    private final DeadlineRecipientsPort recipients;
    private final NotificationPort notifications;
    private final TransactionPort transactions;

    DeadlinePoller(DeadlineClaimPort claims, DeadlinePort deadlines, DeadlineRecipientsPort recipients,
            NotificationPort notifications, TransactionPort transactions) {
        this.claims = claims;
        this.deadlines = deadlines;
        this.recipients = recipients;
        this.notifications = notifications;
        this.transactions = transactions;
    }

    @Override
    public PollOutcome pollDue(Instant now) {
        LocalDate today = now.atZone(LegalDate.ZONE).toLocalDate();
        PollOutcome outcome = PollOutcome.none();
        List<DeadlineClaimPort.Claimed> batch;
        do {
            batch = claims.claim(BATCH, today, now, LEASE);
            Map<CongressId, List<DeadlineId>> byCongress = new LinkedHashMap<>();
            batch.forEach(claimed -> byCongress.computeIfAbsent(claimed.congress(), c -> new ArrayList<>()).add(claimed.id()));
            outcome = outcome.and(new PollOutcome(batch.size(), 0, 0, 0, 0));
            for (Map.Entry<CongressId, List<DeadlineId>> share : byCongress.entrySet()) {
                outcome = outcome.and(pollIn(share.getKey(), share.getValue(), today));
            }
        } while (batch.size() == BATCH);
        return outcome;
    }

    private PollOutcome pollIn(CongressId congress, List<DeadlineId> ids, LocalDate today) {
        try {
            return transactions.inCongress(congress, () -> {
                DeadlineNotices notices = new DeadlineNotices(congress, today, recipients);
                int[] sent = new int[DeadlineAction.values().length];
                List<DeadlineClock> changed = new ArrayList<>(ids.size());
                for (DeadlineClock clock : deadlines.lockOpen(ids)) {
                    DeadlineClock.Polled polled = clock.poll(today);
                    for (DeadlineAction action : polled.actions()) {
                        notices.add(clock, action);
                        sent[action.ordinal()]++;
                    }
                    changed.add(polled.clock());
                }
                notices.sendAll(notifications);
                deadlines.polled(changed);
                return new PollOutcome(0, sent[DeadlineAction.REMINDER.ordinal()], sent[DeadlineAction.PROGRESS_REPORT.ordinal()],
                        sent[DeadlineAction.OVERDUE.ordinal()], 0);
            });
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "polling the deadlines of " + congress + " failed; the lease returns them to the next poll", failure);
            return new PollOutcome(0, 0, 0, 0, 1);
        }
    }
}
