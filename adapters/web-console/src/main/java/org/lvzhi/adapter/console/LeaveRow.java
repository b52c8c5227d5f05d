package org.lvzhi.adapter.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.attendance.DecisionOutcome;
import org.lvzhi.domain.attendance.LeaveDecision;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.Messages;

/**
 * A leave request as the console shows it: whose, from what, the reason, its state, and each step of its approval
 * chain with who decides it and how far it got (decided, waiting, or not reached), with a refusal's reason.
 */
public record LeaveRow(String id, String deputy, String what, String date, int halfDays, String reason, String explanation,
                       String state, String stateLabel, String rule, List<Step> steps, boolean pending, FormErrors errors) {

    /** One step of the chain: who decides it, what they do, and where it stands. */
    public record Step(String who, String action, String standing, String tone) {
    }

    /** A decision of one row the rules refused (a refusal without its reason). */
    record Refused(String id, FormErrors errors) {
    }

    static LeaveRow of(LeaveRequest request, String deputy, String what, String reason, Optional<Refused> refused) {
        String id = request.id().toString();
        return new LeaveRow(id, deputy, what, ConsoleText.date(request.date()), request.halfDays(), reason,
                request.explanation().orElse(""), request.state().name(), Messages.label(request.state()),
                request.chain().citation(), steps(request), request.state() == LeaveState.PENDING,
                refused.filter(r -> r.id().equals(id)).map(Refused::errors).orElse(FormErrors.NONE));
    }

    /** Who decides a step: its actor, or one of its alternatives. */
    static String who(ApprovalStep step) {
        List<String> options = new ArrayList<>();
        options.add(StepActor.of(step.actor()).label());
        step.alternatives().forEach(alternative -> options.add(StepActor.of(alternative).label()));
        return String.join(ConsoleText.text("leave.or"), options);
    }

    static String action(ApprovalStep step) {
        return ConsoleText.text("leave.action." + step.action());
    }

    private static List<Step> steps(LeaveRequest request) {
        List<ApprovalStep> chain = request.chain().steps();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            ApprovalStep step = chain.get(i);
            steps.add(new Step(who(step), action(step), standing(request, i), tone(request, i)));
        }
        return steps;
    }

    private static String standing(LeaveRequest request, int step) {
        if (step < request.decisions().size()) {
            LeaveDecision decision = request.decisions().get(step);
            String on = ConsoleText.date(decision.at().atZone(LegalDate.ZONE).toLocalDate());
            return decision.outcome() == DecisionOutcome.REFUSE
                    ? ConsoleText.text("leave.step.refused", on, decision.note().orElse(""))
                    : ConsoleText.text("leave.step.passed", on, StepActor.of(decision.actedAs()).label())
                            + decision.documentReference().map(reference -> "（" + reference + "）").orElse("");
        }
        return ConsoleText.text(request.state() == LeaveState.PENDING && step == request.currentStepIndex()
                ? "leave.step.waiting" : "leave.step.not-reached");
    }

    private static String tone(LeaveRequest request, int step) {
        if (step < request.decisions().size()) {
            return request.decisions().get(step).outcome().name();
        }
        return request.state() == LeaveState.PENDING && step == request.currentStepIndex() ? "WAITING" : "LATER";
    }
}
