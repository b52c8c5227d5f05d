package org.lvzhi.domain.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * A deputy's written leave request (请假), in half-days: from the whole session, from meetings of a session, or
 * from a duty activity; with the reason code the profile allows, the approval chain it follows and the decisions
 * taken so far. Steps are decided in order; a refusal ends it, passing the last step approves it.
 */
public record LeaveRequest(
        LeaveRequestId id,
        DeputyId deputy,
        LeaveFrom from,
        Optional<SessionId> session,
        List<MeetingId> meetings,
        Optional<DutyActivityId> activity,
        LocalDate date,
        int halfDays,
        String reason,
        Optional<String> explanation,
        ApprovalChain chain,
        List<LeaveDecision> decisions,
        LeaveState state,
        String requestedBy,
        Instant requestedAt) {

    static final int MAX_REASON_LENGTH = 64;
    static final int MAX_EXPLANATION_LENGTH = 500;
    private static final Messages MESSAGES = Messages.of(LeaveRequest.class);

    public LeaveRequest {
        Checks.required("id", id);
        Checks.required("deputyId", deputy);
        Checks.required("leaveFrom", from);
        Checks.required("sessionId", session);
        meetings = List.copyOf(Checks.required("meetingIds", meetings));
        Checks.required("activityId", activity);
        Checks.required("date", date);
        if (halfDays < 1) {
            throw MESSAGES.violation("halfDays", "leave.half-days");
        }
        reason = Checks.text("reason", reason, MAX_REASON_LENGTH);
        explanation = Checks.required("explanation", explanation).filter(e -> !e.isBlank())
                .map(e -> Checks.text("explanation", e, MAX_EXPLANATION_LENGTH));
        Checks.required("chain", chain);
        decisions = List.copyOf(Checks.required("decisions", decisions));
        Checks.required("state", state);
        Checks.required("requestedBy", requestedBy);
        Checks.required("requestedAt", requestedAt);
        if (from.fromSession() != session.isPresent() || from.fromSession() == activity.isPresent()) {
            throw new IllegalArgumentException("leave from " + from + " names a session or an activity, not both");
        }
    }

    /** Leave from the whole session, or from some of its meetings (then at least one). */
    public static LeaveRequest fromSession(
            DeputyId deputy, LeaveFrom from, Session session, List<SessionMeeting> meetings, String reason,
            Optional<String> explanation, ApprovalChain chain, String requestedBy, Instant at) {
        if (from == LeaveFrom.SESSION_MEETING && meetings.isEmpty()) {
            throw MESSAGES.violation("meetingIds", "leave.no-meetings");
        }
        List<SessionMeeting> missed = from == LeaveFrom.WHOLE_SESSION ? session.meetings() : meetings;
        LocalDate date = missed.stream().map(SessionMeeting::date).min(LocalDate::compareTo).orElse(session.opensOn());
        List<MeetingId> ids = from == LeaveFrom.WHOLE_SESSION ? List.of() : meetings.stream().map(SessionMeeting::id).toList();
        return new LeaveRequest(LeaveRequestId.random(), deputy, from, Optional.of(session.id()), ids, Optional.empty(), date,
                Math.max(1, Session.halfDays(missed)), reason, explanation, chain, List.of(), LeaveState.PENDING, requestedBy, at);
    }

    /** Leave from a duty activity on its date. */
    public static LeaveRequest fromActivity(
            DeputyId deputy, LeaveFrom from, DutyActivityId activity, LocalDate date, int halfDays, String reason,
            Optional<String> explanation, ApprovalChain chain, String requestedBy, Instant at) {
        return new LeaveRequest(LeaveRequestId.random(), deputy, from, Optional.empty(), List.of(), Optional.of(activity), date,
                halfDays, reason, explanation, chain, List.of(), LeaveState.PENDING, requestedBy, at);
    }

    /** The step waiting for a decision, while the request is pending. */
    public Optional<ApprovalStep> currentStep() {
        return state == LeaveState.PENDING ? Optional.of(chain.steps().get(decisions.size())) : Optional.empty();
    }

    public int currentStepIndex() {
        return decisions.size();
    }

    /**
     * Records the decision of the current step, acting as its actor or one of its alternatives. A refusal needs
     * its reason; a step of a body outside the platform needs its document reference.
     */
    public LeaveRequest decide(String actedAs, DecisionOutcome outcome, String decidedBy, Instant at,
                               Optional<String> note, Optional<String> documentReference) {
        ApprovalStep step = currentStep().orElseThrow(() -> MESSAGES.violation("outcome", "leave.not-pending", state));
        if (!step.actor().equals(actedAs) && !step.alternatives().contains(actedAs)) {
            throw new IllegalArgumentException(actedAs + " is not the actor of step " + decisions.size());
        }
        LeaveDecision decision = new LeaveDecision(decisions.size(), actedAs, step.action(), outcome, decidedBy, at, note,
                documentReference);
        if (outcome == DecisionOutcome.REFUSE && decision.note().isEmpty()) {
            throw MESSAGES.violation("note", "leave.refusal-reason");
        }
        StepActor actor = StepActor.of(actedAs);
        if (actor instanceof StepActor.OutsideBody && decision.documentReference().isEmpty()) {
            throw MESSAGES.violation("documentReference", "leave.document-reference", actor.label());
        }
        List<LeaveDecision> taken = new ArrayList<>(decisions);
        taken.add(decision);
        LeaveState next = outcome == DecisionOutcome.REFUSE ? LeaveState.REFUSED
                : taken.size() == chain.steps().size() ? LeaveState.APPROVED : LeaveState.PENDING;
        return with(taken, next);
    }

    /** Withdrawn by the deputy (or staff for them) while still pending. */
    public LeaveRequest withdraw() {
        if (state != LeaveState.PENDING) {
            throw MESSAGES.violation("state", "leave.not-pending", state);
        }
        return with(decisions, LeaveState.WITHDRAWN);
    }

    public boolean approved() {
        return state == LeaveState.APPROVED;
    }

    /** An approved leave from the whole session covers each of its meetings; one from meetings covers those. */
    public boolean covers(SessionId sessionId, MeetingId meeting) {
        return approved() && session.equals(Optional.of(sessionId))
                && (from == LeaveFrom.WHOLE_SESSION || meetings.contains(meeting));
    }

    /** An approved leave from the whole session. */
    public boolean coversWholeSession(SessionId sessionId) {
        return approved() && from == LeaveFrom.WHOLE_SESSION && session.equals(Optional.of(sessionId));
    }

    private LeaveRequest with(List<LeaveDecision> taken, LeaveState next) {
        return new LeaveRequest(id, deputy, from, session, meetings, activity, date, halfDays, reason, explanation, chain,
                taken, next, requestedBy, requestedAt);
    }
}
