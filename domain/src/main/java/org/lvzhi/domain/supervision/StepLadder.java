package org.lvzhi.domain.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.SupervisionStep;
import org.lvzhi.domain.shared.Messages;

/**
 * Walks a supervision rule's steps against what its trigger found. A step with a threshold (1 when it sets
 * none) opens when the trigger reaches it; a step {@code when: UNRESOLVED} opens only once the case of the step
 * before it was closed UNRESOLVED, under that case's key + ":next". It answers every step the trigger supports, cases
 * already open included: which of them to open, and which open case is no longer supported, is for the caller.
 */
final class StepLadder {

    static final String UNRESOLVED = "UNRESOLVED";
    static final String NEXT = ":next";
    private static final Messages MESSAGES = Messages.of(StepLadder.class);

    private StepLadder() {
    }

    static List<CaseOpening> climb(PolicyRule rule, TriggerState state, KnownCases known) {
        List<SupervisionStep> steps = rule.supervision().orElseThrow().steps();
        List<CaseOpening> openings = new ArrayList<>();
        Optional<String> previousKey = Optional.empty();
        for (int i = 0; i < steps.size(); i++) {
            SupervisionStep step = steps.get(i);
            Optional<Firing> firing = step.when().filter(UNRESOLVED::equals).isPresent()
                    ? previousKey.flatMap(key -> known.closedUnresolved(rule.rule(), key)).map(StepLadder::followUp)
                    : state.reached(step.threshold().orElse(1));
            previousKey = firing.map(Firing::key);
            if (firing.isPresent()) {
                openings.add(new CaseOpening(rule.rule(), rule.article(), firing.get().key(), i + 1, step.action(), step.actor(),
                        step.alternatives(), firing.get().evidence(), firing.get().grounds()));
            }
        }
        return openings;
    }

    private static Firing followUp(SupervisionCase previous) {
        return new Firing(previous.triggerKey() + NEXT, List.of(previous.id().toString(), MESSAGES.text("evidence.previous-case",
                previous.action(), previous.closedOn().orElseThrow(), previous.note().orElse(""))), previous.grounds());
    }
}
