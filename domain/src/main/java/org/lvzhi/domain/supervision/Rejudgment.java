package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lvzhi.domain.shared.Messages;

/**
 * What judging a deputy's term again changes in their cases: the openings their rules now support and no standing case
 * holds; the open cases still supported whose evidence or grounds changed (a run that grew); and the open cases a rule
 * had opened that it no longer supports, withdrawn with the reason. Closed cases are a person's verdict and stay.
 */
public record Rejudgment(List<CaseOpening> openings, List<SupervisionCase> regrounded, List<SupervisionCase> withdrawn) {

    private static final Messages MESSAGES = Messages.of(Rejudgment.class);

    public Rejudgment {
        openings = List.copyOf(openings);
        regrounded = List.copyOf(regrounded);
        withdrawn = List.copyOf(withdrawn);
    }

    /** @param judged which of the deputy's rule-opened cases this judgment covers: only those may be withdrawn */
    static Rejudgment of(Collection<CaseOpening> supported, List<SupervisionCase> cases, LocalDate today, Predicate<SupervisionCase> judged) {
        KnownCases known = new KnownCases(cases);
        Map<String, CaseOpening> byKey = supported.stream()
                .collect(Collectors.toMap(o -> KnownCases.key(o.rule(), o.triggerKey()), Function.identity()));
        List<CaseOpening> openings = supported.stream().filter(o -> !known.has(o.rule(), o.triggerKey())).toList();
        List<SupervisionCase> regrounded = supported.stream()
                .flatMap(o -> known.standing(o.rule(), o.triggerKey()).filter(SupervisionCase::open)
                        .filter(c -> !c.evidence().equals(o.evidence()) || !c.grounds().equals(o.grounds()))
                        .map(c -> c.regrounded(o)).stream())
                .toList();
        List<SupervisionCase> withdrawn = cases.stream()
                .filter(c -> c.open() && c.openedByRule() && judged.test(c) && !byKey.containsKey(KnownCases.key(c.rule(), c.triggerKey())))
                .map(c -> c.withdraw(MESSAGES.text("case.withdrawn", c.rule(), c.article(), String.join("；", c.evidence())), today))
                .toList();
        return new Rejudgment(openings, regrounded, withdrawn);
    }
}
