package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/** One action of a supervision rule, taken at a threshold or when the previous step did not resolve it. */
public record SupervisionStep(
        Optional<Integer> threshold,
        Optional<String> when,
        String action,
        String actor,
        List<String> alternatives,
        Optional<String> severity) {

    public SupervisionStep {
        threshold = Absent.orEmpty(threshold);
        when = Absent.orEmpty(when);
        alternatives = Absent.orEmpty(alternatives);
        severity = Absent.orEmpty(severity);
    }
}
