package org.lvzhi.domain.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deputy's cases that stand (open or closed by a person; a withdrawn case stands for nothing) by rule and trigger key. */
final class KnownCases {

    private final Map<String, SupervisionCase> byKey = new HashMap<>();

    KnownCases(List<SupervisionCase> cases) {
        cases.stream().filter(c -> c.state() != CaseState.WITHDRAWN).forEach(c -> byKey.putIfAbsent(key(c.rule(), c.triggerKey()), c));
    }

    Optional<SupervisionCase> standing(String rule, String triggerKey) {
        return Optional.ofNullable(byKey.get(key(rule, triggerKey)));
    }

    boolean has(String rule, String triggerKey) {
        return byKey.containsKey(key(rule, triggerKey));
    }

    /** The case of the rule under the key, if a person closed it finding the deputy still inactive. */
    Optional<SupervisionCase> closedUnresolved(String rule, String triggerKey) {
        return standing(rule, triggerKey).filter(SupervisionCase::closedUnresolved);
    }

    static String key(String rule, String triggerKey) {
        return rule + "\n" + triggerKey;
    }
}
