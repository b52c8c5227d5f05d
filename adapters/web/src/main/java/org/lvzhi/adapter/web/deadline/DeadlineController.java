package org.lvzhi.adapter.web.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.deadline.port.in.CalendarDutyDone;
import org.lvzhi.application.deadline.port.in.DeadlineAccess;
import org.lvzhi.application.deadline.port.in.DeadlineQueries;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineId;

/** The statutory clocks of the acting congress: the overdue board per handling unit, and one subject's clocks. */
@Controller("/api/v1/deadlines")
@Allowed(DeadlineAccess.READ_BOARD)
class DeadlineController {

    private final DeadlineQueries deadlines;
    private final CalendarDutyDone dutyDone;

    DeadlineController(DeadlineQueries deadlines, CalendarDutyDone dutyDone) {
        this.deadlines = deadlines;
        this.dutyDone = dutyDone;
    }

    /** Staff record a calendar duty as done: its clock stops before it escalates. */
    @Post("/{id}/done")
    @Allowed(DeadlineAccess.MARK_DONE)
    DeadlineResponse done(ActingCaller caller, @PathVariable String id) {
        return DeadlineResponse.of(dutyDone.record(caller, Ids.parse("id", id, DeadlineId::new)));
    }

    /** Open clocks past their due date, earliest first; of one handling unit with {@code unitId}. */
    @Get("/overdue")
    PageResponse<DeadlineResponse> overdue(ActingCaller caller, @Nullable @QueryValue String unitId,
            @Nullable @QueryValue String after, @Nullable @QueryValue Integer size, @Nullable @QueryValue Boolean total) {
        return PageResponse.of(deadlines.overdue(caller, Ids.parseOptional("unitId", unitId, UnitId::new), KeysetRequest.of(after, size, total)),
                DeadlineResponse::of);
    }

    /** Every clock a subject has had (open and met), in the order they started. */
    @Get
    PageResponse<DeadlineResponse> ofSubject(ActingCaller caller, @Nullable @QueryValue String subjectKind,
            @Nullable @QueryValue String subjectId, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(deadlines.ofSubject(caller, subjectKind, subjectId), page, size, DeadlineResponse::of);
    }
}
