package org.lvzhi.application.deadline;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.lvzhi.application.deadline.port.in.CalendarDutyDone;
import org.lvzhi.application.deadline.port.out.DeadlinePort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.calendar.DutyDeadline;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineState;
import org.lvzhi.domain.shared.Messages;

@Singleton
class CalendarDutyDoneService implements CalendarDutyDone {

    private static final Messages MESSAGES = Messages.of(CalendarDutyDoneService.class);

    private final TransactionPort transactions;
    private final DeadlinePort deadlines;
    private final Clock clock;

    CalendarDutyDoneService(TransactionPort transactions, DeadlinePort deadlines, Clock clock) {
        this.transactions = transactions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public DeadlineClock record(ActingCaller caller, DeadlineId id) {
        if (!caller.isStaff()) {
            throw new AccessDenied(MESSAGES.text("duty-done.denied"));
        }
        return transactions.inCongress(caller.congress(), () -> {
            DeadlineClock found = deadlines.find(id).orElseThrow(() -> new NotFound("deadline", id));
            if (!found.event().equals(DutyDeadline.EVENT) || found.subject().kind().equals(DutyDeadline.REPORT_SUBJECT)) {
                throw MESSAGES.violation("id", "duty-done.not-a-body-duty", found.what());
            }
            if (found.state() != DeadlineState.OPEN) {
                throw MESSAGES.violation("id", "duty-done.not-open", found.what());
            }
            LocalDate today = LegalDate.today(clock);
            deadlines.meet(id, today);
            return found.met(today);
        });
    }
}
