package org.lvzhi.adapter.persistence.attendance;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lvzhi.adapter.persistence.shared.KeysetOrder;
import org.lvzhi.adapter.persistence.shared.SqlStates;
import org.lvzhi.application.attendance.port.out.LeaveRequestPort;
import org.lvzhi.application.duty.port.out.ActivityLeavePort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.attendance.ApprovalChain;
import org.lvzhi.domain.attendance.DecisionOutcome;
import org.lvzhi.domain.attendance.LeaveDecision;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.Messages;

/**
 * Leave requests with the meetings they cover and their decisions. The chain is stored as the request was given
 * it: one step per line, {@code ACTOR[,ALTERNATIVE…]:ACTION}, its audience already applied.
 */
@Singleton
class LeaveRequestAdapter implements LeaveRequestPort, ActivityLeavePort {

    /** PostgreSQL's unique_violation: someone decided the same step at the same time. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Newest first; its cursor is read here, the statement is {@link LeaveRequestRepository#page}. */
    private static final KeysetOrder NEWEST = KeysetOrder.descending("requested_at", "id", KeysetOrder.Type.TIMESTAMP);

    private final LeaveRequestRepository requests;
    private final LeaveDecisionRepository decisions;

    LeaveRequestAdapter(LeaveRequestRepository requests, LeaveDecisionRepository decisions) {
        this.requests = requests;
        this.decisions = decisions;
    }

    @Override
    public void add(LeaveRequest request) {
        ApprovalChain chain = request.chain();
        requests.save(new LeaveRequestRow(request.id().value(), request.deputy().value(), request.from().name(),
                request.session().map(SessionId::value).orElse(null), request.activity().map(DutyActivityId::value).orElse(null),
                request.date(), request.halfDays(), request.reason(), request.explanation().orElse(null), chain.rule(),
                chain.article(), encode(chain.steps()), chain.filedBy().orElse(null), request.state().name(),
                request.requestedBy(), request.requestedAt()));
        request.meetings().forEach(meeting -> requests.cover(request.id().value(), meeting.value()));
        request.decisions().forEach(decision -> insert(request.id(), decision));
    }

    @Override
    public void update(LeaveRequest request) {
        int stored = decisions.findByLeaveRequestIdOrderByStep(request.id().value()).size();
        request.decisions().stream().skip(stored).forEach(decision -> insert(request.id(), decision));
        requests.changeState(request.id().value(), request.state().name());
    }

    @Override
    public Optional<LeaveRequest> find(LeaveRequestId id) {
        return requests.findById(id.value()).map(this::toRequest);
    }

    @Override
    public Slice<LeaveRequest> list(Optional<LeaveState> state, Optional<DeputyId> deputy, KeysetRequest page) {
        String stateName = state.map(LeaveState::name).orElse(null);
        UUID deputyId = deputy.map(DeputyId::value).orElse(null);
        List<Object> key = NEWEST.keyParameters(page);
        var read = requests.page(stateName, deputyId, Optional.ofNullable((Timestamp) key.get(0)).map(Timestamp::toInstant).orElse(null),
                (UUID) key.get(2), page.size() + 1);
        return Slice.of(read.stream().map(this::toRequest).toList(), page, r -> KeysetOrder.cursor(r.requestedAt(), r.id().value()))
                .counted(page, () -> requests.count(stateName, deputyId));
    }

    @Override
    public List<LeaveRequest> pending() {
        return requests.findByStateOrderByRequestedAt(LeaveState.PENDING.name()).stream().map(this::toRequest).toList();
    }

    @Override
    public List<LeaveRequest> ofSession(SessionId session) {
        return requests.findBySessionId(session.value()).stream().map(this::toRequest).toList();
    }

    @Override
    public boolean approvedLeave(DeputyId deputy, DutyActivityId activity) {
        return requests.approvedForActivity(deputy.value(), activity.value());
    }

    private void insert(LeaveRequestId request, LeaveDecision decision) {
        try {
            decisions.save(new LeaveDecisionRow(request.value(), decision.step(), decision.actedAs(), decision.action(),
                    decision.outcome().name(), decision.decidedBy(), decision.at(), decision.note().orElse(null),
                    decision.documentReference().orElse(null)));
        } catch (RuntimeException failure) {
            if (SqlStates.of(failure).filter(UNIQUE_VIOLATION::equals).isPresent()) {
                throw Messages.of(LeaveRequest.class).violation("outcome", "leave.step-taken");
            }
            throw failure;
        }
    }

    private LeaveRequest toRequest(LeaveRequestRow row) {
        ApprovalChain chain = new ApprovalChain(row.chainRule(), row.chainArticle(), decode(row.chainSteps()),
                Optional.ofNullable(row.filedBy()));
        List<LeaveDecision> taken = decisions.findByLeaveRequestIdOrderByStep(row.id()).stream()
                .map(d -> new LeaveDecision(d.step(), d.actedAs(), d.action(), DecisionOutcome.valueOf(d.outcome()), d.decidedBy(),
                        d.decidedAt(), Optional.ofNullable(d.note()), Optional.ofNullable(d.documentReference())))
                .toList();
        return new LeaveRequest(new LeaveRequestId(row.id()), new DeputyId(row.deputyId()), LeaveFrom.valueOf(row.leaveFrom()),
                Optional.ofNullable(row.sessionId()).map(SessionId::new),
                requests.meetings(row.id()).stream().map(MeetingId::new).toList(),
                Optional.ofNullable(row.activityId()).map(DutyActivityId::new), row.leaveOn(), row.halfDays(), row.reason(),
                Optional.ofNullable(row.explanation()), chain, taken, LeaveState.valueOf(row.state()), row.requestedBy(),
                row.requestedAt());
    }

    static String encode(List<ApprovalStep> steps) {
        return steps.stream()
                .map(step -> String.join(",", Stream.concat(Stream.of(step.actor()),
                        step.alternatives().stream()).toList()) + ":" + step.action())
                .collect(Collectors.joining("\n"));
    }

    static List<ApprovalStep> decode(String steps) {
        return steps.lines().map(line -> {
            String[] parts = line.split(":", 2);
            List<String> actors = Arrays.asList(parts[0].split(","));
            return new ApprovalStep(actors.getFirst(), parts[1], actors.subList(1, actors.size()), Optional.empty());
        }).toList();
    }
}
