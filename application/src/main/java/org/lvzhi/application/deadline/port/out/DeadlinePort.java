package org.lvzhi.application.deadline.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;

/** The acting congress's clocks, on the business transaction's connection. */
public interface DeadlinePort {

    void add(DeadlineClock clock);

    /** Marks the subject's open clocks started by the event (only the rule's, when given) as met on the date; answers how many. */
    int stop(String event, Optional<String> rule, String subjectKind, String subjectId, LocalDate on);

    /** Marks one open clock as met on the date; answers 1, or 0 when it was no longer open. */
    int stop(DeadlineId id, LocalDate on);

    /** The open ones among the ids, locked for this transaction (one stopped meanwhile is not among them). */
    List<DeadlineClock> lockOpen(Collection<DeadlineId> ids);

    /** Stores what polling changed (reminder sent, progress asked, escalated) and releases the poller's claim. */
    void polled(Collection<DeadlineClock> clocks);

    List<DeadlineClock> ofSubject(String subjectKind, String subjectId);

    Optional<DeadlineClock> find(DeadlineId id);

    /** Marks the open clock as met on the date; answers whether it was open. */
    boolean meet(DeadlineId id, LocalDate on);

    /** Open clocks due before {@code today}, of one handling unit or all, earliest first. */
    Slice<DeadlineClock> overdue(Optional<UnitId> unit, LocalDate today, KeysetRequest page);
}
