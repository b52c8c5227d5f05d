package org.lvzhi.adapter.web.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.adapter.web.shared.Roles;
import org.lvzhi.application.deadline.port.in.CalendarDutyDone;
import org.lvzhi.application.deadline.port.in.DeadlineQueries;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineId;

/** The statutory clocks of the acting congress: the overdue board per handling unit, and one subject's clocks. */
@Controller("/api/v1/deadlines")
@Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER, Roles.HANDLING_UNIT})
class DeadlineController {

    private final DeadlineQueries deadlines;
    private final CalendarDutyDone dutyDone;

    DeadlineController(DeadlineQueries deadlines, CalendarDutyDone dutyDone) {
        this.deadlines = deadlines;
        this.dutyDone = dutyDone;
    }

    /** Staff record a calendar duty as done: its clock stops before it escalates. */
    @Post("/{id}/done")
    @Secured({Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER})
    DeadlineResponse done(ActingCaller caller, @PathVariable String id) {
        return DeadlineResponse.of(dutyDone.record(caller, Ids.parse("id", id, DeadlineId::new)));
    }

    /** Open clocks past their due date, earliest first; of one handling unit with {@code unitId}. */
    @Get("/overdue")
    PageResponse<DeadlineResponse> overdue(ActingCaller caller, @Nullable @QueryValue String unitId,
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(deadlines.overdue(caller, Ids.parseOptional("unitId", unitId, UnitId::new), PageRequest.of(page, size)),
                DeadlineResponse::of);
    }

    /** Every clock a subject has had (open and met), in the order they started. */
    @Get
    PageResponse<DeadlineResponse> ofSubject(ActingCaller caller, @Nullable @QueryValue String subjectKind,
            @Nullable @QueryValue String subjectId, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(deadlines.ofSubject(caller, subjectKind, subjectId), page, size, DeadlineResponse::of);
    }
}
