package org.lvzhi.domain.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.LeaveApproval;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.Checks;

/**
 * The circulation (通报) of a closed session's leave and absences by the office its leave chains name
 * ({@code circulatedBy}): DC-3.1.2 “请假、缺席情况由大会秘书处进行通报”, QH-4.2.2 “请假情况由主席团秘书处适时进行通报”. It lists
 * each approved leave taken under a chain that circulates leave, and — where a chain circulates absences — each
 * deputy's meetings missed without approval. A profile whose session chains name no circulator circulates nothing.
 */
public record Circulation(
        SessionId session, String circulatedBy, List<String> rules, Set<Circulated> circulates, List<Line> lines, Instant circulatedAt) {

    public enum Circulated { LEAVE, ABSENCE }

    /** One deputy's approved leave (with the rule it was approved under) or meetings missed without approval. */
    public record Line(DeputyId deputy, Circulated kind, List<MeetingId> meetings, Optional<String> rule) {

        public Line {
            Checks.required("deputy", deputy);
            Checks.required("kind", kind);
            meetings = List.copyOf(meetings);
            Checks.required("rule", rule);
        }
    }

    public Circulation {
        Checks.required("session", session);
        Checks.required("circulatedBy", circulatedBy);
        rules = List.copyOf(rules);
        circulates = Set.copyOf(circulates);
        lines = List.copyOf(lines);
        Checks.required("circulatedAt", circulatedAt);
    }

    /** The circulation a session's final attendance calls for under the profile in force when it opened, if any. */
    public static Optional<Circulation> of(SessionAttendance attendance, EffectiveProfile profile, Instant at) {
        List<PolicyRule> circulating = profile.rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.APPROVAL)
                .filter(rule -> rule.approval().filter(a -> a.circulatedBy().isPresent() && sessionLeave(a)).isPresent())
                .toList();
        if (circulating.isEmpty()) {
            return Optional.empty();
        }
        Set<String> leaveRules = circulatedUnder(circulating, LeaveApproval.LEAVE);
        Session session = attendance.session();
        List<Line> lines = new ArrayList<>();
        for (LeaveRequest leave : attendance.leaves()) {
            if (leaveRules.contains(leave.chain().rule())) {
                lines.add(new Line(leave.deputy(), Circulated.LEAVE, session.meetings().stream()
                        .filter(meeting -> leave.covers(session.id(), meeting.id())).map(SessionMeeting::id).toList(),
                        Optional.of(leave.chain().citation())));
            }
        }
        boolean absences = !circulatedUnder(circulating, LeaveApproval.ABSENCE).isEmpty();
        if (absences) {
            for (DeputyId deputy : attendance.deputies()) {
                List<MeetingId> missed = session.meetings().stream()
                        .filter(meeting -> attendance.status(deputy, meeting) == AttendanceStatus.ABSENT).map(SessionMeeting::id).toList();
                if (!missed.isEmpty()) {
                    lines.add(new Line(deputy, Circulated.ABSENCE, missed, Optional.empty()));
                }
            }
        }
        List<String> rules = circulating.stream().map(rule -> rule.rule() + "（" + rule.article() + "）").distinct().toList();
        return Optional.of(new Circulation(session.id(), circulating.getFirst().approval().orElseThrow().circulatedBy().orElseThrow(),
                rules, absences ? Set.of(Circulated.LEAVE, Circulated.ABSENCE) : Set.of(Circulated.LEAVE), lines, at));
    }

    public long count(Circulated kind) {
        return lines.stream().filter(line -> line.kind() == kind).count();
    }

    private static boolean sessionLeave(LeaveApproval approval) {
        return Arrays.stream(LeaveFrom.values()).filter(LeaveFrom::fromSession).anyMatch(from -> from.name().equals(approval.leaveFrom()));
    }

    private static Set<String> circulatedUnder(List<PolicyRule> rules, String what) {
        return rules.stream().filter(rule -> rule.approval().orElseThrow().circulates().contains(what)).map(PolicyRule::rule)
                .collect(Collectors.toSet());
    }
}
