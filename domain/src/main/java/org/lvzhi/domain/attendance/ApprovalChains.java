package org.lvzhi.domain.attendance;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.policy.Audience;
import org.lvzhi.domain.policy.CodedName;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.LeaveApproval;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.Messages;

/**
 * Picks the approval chain for a leave request from the profile's APPROVAL rules (DESIGN.md §3): the first rule,
 * in profile order, for the same kind of leave whose meetings include every requested meeting's kind and whose
 * half-day band (both ends inclusive) holds the request. When none covers it but the kind of leave has rules,
 * the strictest applies: the most steps, the first in profile order on a tie. Steps whose audience does not
 * match the deputy (military deputies, for one) are dropped.
 */
public final class ApprovalChains {

    private static final Messages MESSAGES = Messages.of(ApprovalChains.class);

    private ApprovalChains() {
    }

    /** What the chain is chosen by: the kind of leave, the kinds of meetings missed, the half-days, and who asks. */
    public record Request(LeaveFrom from, Set<MeetingKind> meetings, int halfDays, Seat seat, Set<String> positionsHeld) {
    }

    public static ApprovalChain select(EffectiveProfile profile, Request request) {
        List<PolicyRule> candidates = profile.rules().stream().map(Sourced::value)
                .filter(r -> r.kind() == RuleKind.APPROVAL && r.approval().isPresent())
                .filter(r -> r.approval().get().leaveFrom().equals(request.from().name()))
                .toList();
        if (candidates.isEmpty()) {
            throw MESSAGES.violation("leaveFrom", "chain.none", request.from());
        }
        List<PolicyRule> applicable = candidates.stream()
                .filter(r -> !steps(r, request).isEmpty())
                .toList();
        if (applicable.isEmpty()) {
            throw MESSAGES.violation("leaveFrom", "chain.none", request.from());
        }
        PolicyRule chosen = applicable.stream().filter(r -> covers(r.approval().get(), request)).findFirst()
                .orElseGet(() -> strictest(applicable, request));
        return new ApprovalChain(chosen.rule(), chosen.article(), steps(chosen, request), chosen.approval().get().filedBy());
    }

    private static PolicyRule strictest(List<PolicyRule> rules, Request request) {
        return IntStream.range(0, rules.size()).boxed()
                .max(Comparator.<Integer>comparingInt(i -> steps(rules.get(i), request).size())
                        .thenComparing(Comparator.<Integer>reverseOrder()))
                .map(rules::get).orElseThrow();
    }

    static boolean covers(LeaveApproval approval, Request request) {
        boolean meetings = approval.meetings().isEmpty()
                || request.meetings().stream().allMatch(kind -> approval.meetings().contains(kind.name()));
        boolean aboveMin = approval.minHalfDays().map(min -> request.halfDays() >= min).orElse(true);
        boolean belowMax = approval.maxHalfDays().map(max -> request.halfDays() <= max).orElse(true);
        return meetings && aboveMin && belowMax;
    }

    private static List<ApprovalStep> steps(PolicyRule rule, Request request) {
        return rule.approval().get().steps().stream()
                .filter(step -> step.appliesTo().map(a -> matches(a, request)).orElse(true))
                .toList();
    }

    static boolean matches(Audience audience, Request request) {
        Seat seat = request.seat();
        return audience.grassroots().map(g -> g == seat.grassroots()).orElse(true)
                && audience.military().map(m -> m == seat.military()).orElse(true)
                && audience.constituency().map(c -> c == seat.constituency()).orElse(true)
                && (audience.positions().isEmpty() || audience.positions().stream().anyMatch(request.positionsHeld()::contains));
    }

    /** The reasons the profile allows for this kind of leave, with their Chinese names; empty when it sets none. */
    public static List<CodedName> allowedReasons(EffectiveProfile profile, LeaveFrom from) {
        return profile.rules().stream().map(Sourced::value)
                .filter(r -> r.kind() == RuleKind.LEAVE_REASONS)
                .flatMap(r -> r.leaveReasons().stream())
                .filter(reasons -> reasons.leaveFrom().equals(from.name()))
                .flatMap(reasons -> reasons.reasons().stream())
                .distinct()
                .toList();
    }

    /** Refuses a reason the profile does not list for this kind of leave, naming the allowed ones in Chinese. */
    public static void checkReason(EffectiveProfile profile, LeaveFrom from, String reason) {
        List<CodedName> allowed = allowedReasons(profile, from);
        if (!allowed.isEmpty() && allowed.stream().noneMatch(r -> r.code().equals(reason))) {
            String names = String.join("；", allowed.stream().map(r -> r.name() + "（" + r.code() + "）").toList());
            throw MESSAGES.violation("reason", "reason.not-allowed", from, names);
        }
    }
}
