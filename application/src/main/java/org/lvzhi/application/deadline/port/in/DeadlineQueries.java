package org.lvzhi.application.deadline.port.in;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineClock;

/** The clocks of the acting congress: the overdue board (per handling unit) and a subject's clocks. */
public interface DeadlineQueries {

    Slice<DeadlineClock> overdue(ActingCaller caller, Optional<UnitId> unit, KeysetRequest page);

    List<DeadlineClock> ofSubject(ActingCaller caller, String subjectKind, String subjectId);
}
