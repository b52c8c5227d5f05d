package org.lvzhi.domain.policy;

import java.util.List;

/**
 * The rules of a profile the platform records or shows but does not judge: what the archive must hold and who
 * registers it (RECORD), and how deputies must behave (CONDUCT). Staff see them, with their articles, in the deputy's
 * archive and in the profile view.
 */
public final class RecordAndConduct {

    private RecordAndConduct() {
    }

    public static List<PolicyRule> in(EffectiveProfile profile) {
        return profile.rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.RECORD || rule.kind() == RuleKind.CONDUCT)
                .toList();
    }
}
