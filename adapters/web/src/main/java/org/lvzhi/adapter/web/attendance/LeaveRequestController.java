package org.lvzhi.adapter.web.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.attendance.port.in.DecideLeaveCommand;
import org.lvzhi.application.attendance.port.in.LeaveUseCases;
import org.lvzhi.application.attendance.port.in.RequestLeaveCommand;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.attendance.LeaveDecision;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * Leave requests through the approval chain of the congress's profile. Deciding a step is open to any signed-in
 * user of the congress: the step names a position, the organiser or an outside body, and the use case checks that
 * the caller holds it (positions are not access roles).
 */
@Controller("/api/v1/leave-requests")
class LeaveRequestController {

    private final LeaveUseCases leaves;

    LeaveRequestController(LeaveUseCases leaves) {
        this.leaves = leaves;
    }

    /** A deputy asks for their own seat; staff ask for the deputy they name. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(AttendanceAccess.FILE_LEAVE)
    LeaveResponse request(ActingCaller caller, @Body LeaveRequestBody body) {
        return LeaveResponse.of(leaves.request(caller, RequestLeaveCommand.of(body.deputyId(), body.leaveFrom(), body.sessionId(),
                body.meetingIds(), body.activityId(), body.halfDays(), body.reason(), body.explanation())));
    }

    /** Staff: every request (filter by {@code state}); anyone else: the requests of their own seat. */
    @Get
    @Allowed(AttendanceAccess.READ_LEAVE)
    PageResponse<LeaveResponse> list(ActingCaller caller, @Nullable @QueryValue String state, @Nullable @QueryValue String after,
                                     @Nullable @QueryValue Integer size, @Nullable @QueryValue Boolean total) {
        Optional<LeaveState> filter = Optional.ofNullable(state).filter(s -> !s.isBlank())
                .map(s -> Checks.oneOf("state", LeaveState.class, s));
        return PageResponse.of(leaves.list(caller, filter, KeysetRequest.of(after, size, total)), LeaveResponse::of);
    }

    /** "My approvals": the pending requests whose current step the caller may decide. */
    @Get("/awaiting-me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PageResponse<LeaveResponse> awaiting(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(leaves.awaiting(caller, PageRequest.of(page, size)), LeaveResponse::of);
    }

    /** One leave request with its approval steps. */
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    LeaveResponse show(ActingCaller caller, @PathVariable String id) {
        return LeaveResponse.of(leaves.find(caller, leaveId(id)));
    }

    /** Decides the current approval step of a leave request. */
    @Post("/{id}/decisions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    LeaveResponse decide(ActingCaller caller, @PathVariable String id, @Body DecisionBody body) {
        return LeaveResponse.of(leaves.decide(caller, leaveId(id),
                DecideLeaveCommand.of(body.outcome(), body.note(), body.documentReference())));
    }

    /** Withdraws a leave request still pending. */
    @Post("/{id}/withdraw")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    LeaveResponse withdraw(ActingCaller caller, @PathVariable String id) {
        return LeaveResponse.of(leaves.withdraw(caller, leaveId(id)));
    }

    private static LeaveRequestId leaveId(String id) {
        return Ids.parse("id", id, LeaveRequestId::new);
    }

    @Serdeable
    record LeaveRequestBody(
            @Nullable String deputyId,
            @Nullable String leaveFrom,
            @Nullable String sessionId,
            @Nullable List<String> meetingIds,
            @Nullable String activityId,
            @Nullable Integer halfDays,
            @Nullable String reason,
            @Nullable String explanation) {
    }

    @Serdeable
    record DecisionBody(@Nullable String outcome, @Nullable String note, @Nullable String documentReference) {
    }

    @Serdeable
    record StepResponse(int index, String actor, String actorName, List<String> alternatives, String action) {

        static StepResponse of(int index, ApprovalStep step) {
            return new StepResponse(index, step.actor(), StepActor.of(step.actor()).label(), step.alternatives(), step.action());
        }
    }

    @Serdeable
    record DecisionResponse(
            int step, String actedAs, String action, String outcome, String decidedBy, Instant at, @Nullable String note,
            @Nullable String documentReference) {

        static DecisionResponse of(LeaveDecision decision) {
            return new DecisionResponse(decision.step(), decision.actedAs(), decision.action(), decision.outcome().name(),
                    decision.decidedBy(), decision.at(), decision.note().orElse(null), decision.documentReference().orElse(null));
        }
    }

    @Serdeable
    record LeaveResponse(
            String id,
            String deputyId,
            @Schema(implementation = LeaveFrom.class, requiredMode = Schema.RequiredMode.REQUIRED) String leaveFrom,
            @Nullable String sessionId,
            List<String> meetingIds,
            @Nullable String activityId,
            LocalDate date,
            int halfDays,
            String reason,
            @Nullable String explanation,
            @Schema(implementation = LeaveState.class, requiredMode = Schema.RequiredMode.REQUIRED) String state,
            String stateName,
            String rule,
            String article,
            List<StepResponse> steps,
            @Nullable Integer currentStep,
            @Nullable String filedBy,
            List<DecisionResponse> decisions,
            String requestedBy,
            Instant requestedAt) {

        static LeaveResponse of(LeaveRequest request) {
            List<ApprovalStep> steps = request.chain().steps();
            return new LeaveResponse(request.id().toString(), request.deputy().toString(), request.from().name(),
                    request.session().map(SessionId::toString).orElse(null),
                    request.meetings().stream().map(MeetingId::toString).toList(),
                    request.activity().map(DutyActivityId::toString).orElse(null), request.date(), request.halfDays(),
                    request.reason(), request.explanation().orElse(null), request.state().name(), Messages.label(request.state()),
                    request.chain().rule(), request.chain().article(),
                    IntStream.range(0, steps.size()).mapToObj(i -> StepResponse.of(i, steps.get(i))).toList(),
                    request.currentStep().isPresent() ? request.currentStepIndex() : null,
                    request.chain().filedBy().orElse(null),
                    request.decisions().stream().map(DecisionResponse::of).toList(), request.requestedBy(), request.requestedAt());
        }
    }
}
