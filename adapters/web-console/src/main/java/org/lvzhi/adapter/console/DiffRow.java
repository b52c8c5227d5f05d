package org.lvzhi.adapter.console;

import java.util.List;
import java.util.stream.Stream;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.ProfileDiff;

/**
 * One difference between two versions: a rule added, removed or changed (what it did and what it does, in sentences
 * named by today's catalogue), or another part of the profile (an activity type, a switch, a setting).
 */
public record DiffRow(String subject, String change, String tone, List<String> before, List<String> after) {

    static List<DiffRow> of(ProfileDiff.Result diff, EffectiveProfile today) {
        return Stream.concat(
                diff.rules().stream().map(rule -> new DiffRow(rule.rule(), ConsoleText.label(rule.change()), rule.change().name(),
                        sentences(rule.before(), today), sentences(rule.after(), today))),
                diff.others().stream().map(other -> new DiffRow(ConsoleText.textOr("diff.part." + other.part(), other.part()) + " " + other.key(),
                        ConsoleText.label(other.change()), other.change().name(), List.of(), List.of()))).toList();
    }

    private static List<String> sentences(List<PolicyRule> rules, EffectiveProfile today) {
        return rules.stream().map(rule -> RuleSentence.of(rule, today) + " — " + rule.article()).toList();
    }
}
