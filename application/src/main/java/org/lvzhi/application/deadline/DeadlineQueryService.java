package org.lvzhi.application.deadline;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deadline.port.in.DeadlineAccess;
import org.lvzhi.application.deadline.port.in.DeadlineQueries;
import org.lvzhi.application.deadline.port.out.DeadlinePort;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

@Singleton
class DeadlineQueryService implements DeadlineQueries {

    private static final Messages MESSAGES = Messages.of(DeadlineQueryService.class);

    private final TransactionPort transactions;
    private final DeadlinePort deadlines;
    private final Clock clock;

    DeadlineQueryService(TransactionPort transactions, DeadlinePort deadlines, Clock clock) {
        this.transactions = transactions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public Slice<DeadlineClock> overdue(ActingCaller caller, Optional<UnitId> unit, KeysetRequest page) {
        checkReader(caller);
        return transactions.readInCongress(caller.congress(), () -> deadlines.overdue(unit, LegalDate.today(clock), page));
    }

    @Override
    public List<DeadlineClock> ofSubject(ActingCaller caller, String subjectKind, String subjectId) {
        checkReader(caller);
        String kind = Checks.text("subjectKind", subjectKind, 64);
        String id = Checks.text("subjectId", subjectId, 64);
        return transactions.readInCongress(caller.congress(), () -> deadlines.ofSubject(kind, id));
    }

    private static void checkReader(ActingCaller caller) {
        if (!DeadlineAccess.GRANTS.allows(caller, DeadlineAccess.READ_BOARD)) {
            throw new AccessDenied(MESSAGES.text("deadlines.denied"));
        }
    }
}
