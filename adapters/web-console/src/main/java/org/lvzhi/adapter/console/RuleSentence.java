package org.lvzhi.adapter.console;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.policy.CalendarDuty;
import org.lvzhi.domain.policy.CodedName;
import org.lvzhi.domain.policy.Deadline;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.LeaveApproval;
import org.lvzhi.domain.policy.LeaveReasons;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.Quota;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.SupervisionStep;
import org.lvzhi.domain.policy.Ranking;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.policy.Window;

/**
 * What a rule does, in plain Chinese, written from its data (one describer per rule kind, every word from
 * console.properties), so any congress's profile reads the same way: "每年至少 2 次：联络站接待群众". A kind whose data
 * does not say what it does in a sentence (screening, thresholds, records, conduct) is told by its summary.
 */
final class RuleSentence {

    private RuleSentence() {
    }

    static String of(PolicyRule rule, EffectiveProfile profile) {
        return switch (rule.kind()) {
            case QUOTA -> rule.quota().map(quota -> quota(quota, profile)).orElse(rule.summary());
            case DEADLINE -> rule.deadline().map(RuleSentence::deadline).orElse(rule.summary());
            case APPROVAL -> rule.approval().map(RuleSentence::approval).orElse(rule.summary());
            case LEAVE_REASONS -> rule.leaveReasons().map(RuleSentence::leaveReasons).orElse(rule.summary());
            case SUPERVISION -> rule.supervision().map(supervision -> supervision(supervision, profile)).orElse(rule.summary());
            case SCHEDULE -> rule.schedule().map(RuleSentence::schedule).orElse(rule.summary());
            case SCREENING, THRESHOLD, RECORD, CONDUCT -> ConsoleText.text("rule.as-written", ConsoleText.label(rule.enforcedAs()),
                    rule.summary());
        };
    }

    private static String quota(Quota quota, EffectiveProfile profile) {
        String unit = quota.sum().map(ConsoleText::label)
                .orElseGet(() -> quota.distinct().map(distinct -> ConsoleText.text("rule.quota.distinct", code("distinct", distinct)))
                        .orElse(ConsoleText.text("quota.times")));
        String amount = quota.maximum().map(max -> ConsoleText.text("rule.quota.range", quota.minimum(), max))
                .orElse(ConsoleText.text("rule.quota.minimum", quota.minimum()));
        return ConsoleText.text("rule.quota", window(quota.window()), amount, unit, types(quota.counts(), profile));
    }

    private static String deadline(Deadline deadline) {
        return ConsoleText.text("rule.deadline", deadline.what().orElse(""), code("event", deadline.event()),
                code("direction", deadline.direction().orElse("AFTER")), period(deadline.period()));
    }

    private static String approval(LeaveApproval approval) {
        return ConsoleText.text("rule.approval", code("leave", approval.leaveFrom()),
                approval.steps().stream().map(step -> actor(step.actor()) + code("approval-action", step.action()))
                        .collect(Collectors.joining("，")));
    }

    private static String leaveReasons(LeaveReasons reasons) {
        return ConsoleText.text("rule.leave-reasons", code("leave", reasons.leaveFrom()),
                reasons.reasons().stream().map(CodedName::name).collect(Collectors.joining("、")));
    }

    private static String supervision(Supervision supervision, EffectiveProfile profile) {
        Trigger trigger = supervision.trigger();
        String when = switch (trigger.type()) {
            case "UNAPPROVED_ABSENCE" -> ConsoleText.text("rule.trigger.absence", window(trigger.window()), types(trigger.from(), profile));
            case "MISSING_RECORDS" -> ConsoleText.text("rule.trigger.missing", trigger.consecutive()
                    .map(times -> ConsoleText.text("rule.trigger.consecutive", times, window(trigger.window())))
                    .orElse(window(trigger.window())), trigger.groups().stream().map(group -> types(group, profile))
                    .collect(Collectors.joining(code("missing", trigger.missing().orElse("ALL")))));
            case "RANKING" -> ConsoleText.text("rule.trigger.ranking", trigger.consecutive()
                    .map(times -> ConsoleText.text("rule.trigger.consecutive", times, window(trigger.window())))
                    .orElse(window(trigger.window())), trigger.ranking().map(RuleSentence::ranking).orElse(""));
            default -> ConsoleText.text("rule.trigger.discretionary");
        };
        return ConsoleText.text("rule.supervision", when,
                supervision.steps().stream().map(RuleSentence::step).collect(Collectors.joining("；")));
    }

    private static String ranking(Ranking ranking) {
        String scope = code("rank-scope", ranking.scopeOrCongress().name());
        return ranking.top().map(n -> ConsoleText.text("rule.ranking.top", scope, n))
                .or(() -> ranking.bottom().map(n -> ConsoleText.text("rule.ranking.bottom", scope, n)))
                .or(() -> ranking.topPercent().map(p -> ConsoleText.text("rule.ranking.top-percent", scope, p.toPlainString())))
                .or(() -> ranking.bottomPercent().map(p -> ConsoleText.text("rule.ranking.bottom-percent", scope, p.toPlainString())))
                .or(() -> ranking.below().map(edge -> ConsoleText.text(edge.inclusive() ? "rule.ranking.at-most" : "rule.ranking.below",
                        edge.score().toPlainString())))
                .orElseGet(() -> ConsoleText.text("rule.ranking.bands", String.join("、", ranking.bands())));
    }

    private static String step(SupervisionStep step) {
        String action = code("action", step.action()) + "（" + actor(step.actor()) + "）";
        return step.threshold().map(times -> ConsoleText.text("rule.step.threshold", times, action))
                .or(() -> step.when().map(when -> ConsoleText.text("rule.step.unresolved", action)))
                .orElse(action);
    }

    private static String schedule(CalendarDuty duty) {
        return ConsoleText.text("rule.schedule", code("every", duty.every()),
                duty.times().map(times -> ConsoleText.text("rule.quota.minimum", times) + ConsoleText.text("quota.times")).orElse(""),
                code("duty", duty.duty()), actor(duty.owedBy()));
    }

    private static String window(Window window) {
        return window.period().map(period -> ConsoleText.text("rule.window.rolling", period(period)))
                .orElse(ConsoleText.label(window.type()));
    }

    private static String types(List<String> codes, EffectiveProfile profile) {
        return codes.stream().map(code -> profile.activityType(code).map(ActivityType::name).orElse(code)).collect(Collectors.joining("、"));
    }

    private static String actor(String code) {
        return StepActor.of(code).label();
    }

    /** A code's label ({@code action.INTERVIEW}), or the code itself where the console has none. */
    private static String code(String kind, String code) {
        return ConsoleText.textOr(kind + "." + code, code);
    }

    /** An ISO period as read aloud: P1Y 一年, P30D 30天, P2M 2个月; anything else as written. */
    private static String period(String iso) {
        try {
            Period period = Period.parse(iso);
            StringBuilder said = new StringBuilder();
            if (period.getYears() > 0) {
                said.append(ConsoleText.text("period.years", period.getYears()));
            }
            if (period.getMonths() > 0) {
                said.append(ConsoleText.text("period.months", period.getMonths()));
            }
            if (period.getDays() > 0 || said.isEmpty()) {
                said.append(ConsoleText.text("period.days", period.getDays()));
            }
            return said.toString();
        } catch (DateTimeParseException notAPeriod) {
            return iso;
        }
    }
}
