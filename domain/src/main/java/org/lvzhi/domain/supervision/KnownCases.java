package org.lvzhi.domain.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deputy's cases by rule and trigger key, plus those opened during the current evaluation. */
final class KnownCases {

    private final Map<String, Optional<SupervisionCase>> byKey = new HashMap<>();

    KnownCases(List<SupervisionCase> cases) {
        cases.forEach(c -> byKey.putIfAbsent(key(c.rule(), c.triggerKey()), Optional.of(c)));
    }

    boolean has(String rule, String triggerKey) {
        return byKey.containsKey(key(rule, triggerKey));
    }

    void opening(String rule, String triggerKey) {
        byKey.putIfAbsent(key(rule, triggerKey), Optional.empty());
    }

    /** The case of the rule under the key, if a person closed it finding the deputy still inactive. */
    Optional<SupervisionCase> closedUnresolved(String rule, String triggerKey) {
        return byKey.getOrDefault(key(rule, triggerKey), Optional.empty()).filter(SupervisionCase::closedUnresolved);
    }

    private static String key(String rule, String triggerKey) {
        return rule + "\n" + triggerKey;
    }
}
