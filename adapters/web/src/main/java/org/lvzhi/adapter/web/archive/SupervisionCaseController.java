package org.lvzhi.adapter.web.archive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.archive.port.in.ArchiveAccess;
import org.lvzhi.application.archive.port.in.SupervisionUseCases;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCaseId;

@Controller("/api/v1/supervision-cases")
class SupervisionCaseController {

    private final SupervisionUseCases cases;

    SupervisionCaseController(SupervisionUseCases cases) {
        this.cases = cases;
    }

    /** The supervision cases of the acting congress, paged. */
    @Get
    @Allowed(ArchiveAccess.READ_OVERVIEW)
    PageResponse<CaseResponse> list(ActingCaller caller, @Nullable @QueryValue String state,
            @Nullable @QueryValue String after, @Nullable @QueryValue Integer size, @Nullable @QueryValue Boolean total) {
        return PageResponse.of(cases.list(caller, Optional.ofNullable(state).map(s -> Checks.oneOf("state", CaseState.class, s)),
                KeysetRequest.of(after, size, total)), CaseResponse::of);
    }

    /** One case; a deputy sees their own cases in their archive. */
    @Get("/{id}")
    @Allowed(ArchiveAccess.READ_OVERVIEW)
    CaseResponse show(ActingCaller caller, @PathVariable String id) {
        return CaseResponse.of(cases.find(caller, caseId(id)));
    }

    /** Evaluates a deputy's supervision rules now; answers the cases opened. */
    @Post("/reviews")
    @Allowed(ArchiveAccess.SUPERVISE)
    List<CaseResponse> review(ActingCaller caller, @Body ReviewRequest request) {
        return cases.review(caller, Ids.parse("deputyId", request.deputyId(), DeputyId::new)).stream()
                .map(CaseResponse::of).toList();
    }

    /** A case staff open under a discretionary rule (JD-29), at the step for the severity they judged. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(ArchiveAccess.SUPERVISE)
    CaseResponse open(ActingCaller caller, @Body OpenRequest request) {
        return CaseResponse.of(cases.openDiscretionary(caller, Ids.parse("deputyId", request.deputyId(), DeputyId::new),
                Checks.required("rule", request.rule()), Checks.required("severity", request.severity()), request.reason()));
    }

    /** Closes a case; CONFIRMED on a termination proceeding terminates the deputy's qualification. */
    @Post("/{id}/close")
    @Allowed(ArchiveAccess.SUPERVISE)
    CaseResponse close(ActingCaller caller, @PathVariable String id, @Body CloseRequest request) {
        return CaseResponse.of(cases.close(caller, caseId(id), Checks.oneOf("outcome", CaseOutcome.class, request.outcome()),
                request.note()));
    }

    private static SupervisionCaseId caseId(String id) {
        return Ids.parse("id", id, SupervisionCaseId::new);
    }

    @Serdeable
    record ReviewRequest(@Nullable String deputyId) {
    }

    @Serdeable
    record OpenRequest(@Nullable String deputyId, @Nullable String rule, @Nullable String severity, @Nullable String reason) {
    }

    @Serdeable
    record CloseRequest(@Nullable String outcome, @Nullable String note) {
    }
}
