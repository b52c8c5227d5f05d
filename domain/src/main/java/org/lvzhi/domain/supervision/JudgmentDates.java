package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.lvzhi.domain.compliance.CountingWindow;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.WindowType;

/**
 * The dates on which a deputy's term, up to today, is judged again after a fact changed: every date on which a rule's
 * verdict can have changed. The last and the first day of each year of the term (a calendar-year window ends, a
 * completed year is judged), the term's last day, each absence's day (a count reaches its threshold), and for each
 * rolling period P of the rules in force, the day P after each record and after the term began (a lapse becomes one).
 */
final class JudgmentDates {

    private JudgmentDates() {
    }

    static NavigableSet<LocalDate> of(Function<LocalDate, EffectiveProfile> profileOn, SupervisionFacts facts, LocalDate today) {
        Term term = facts.term();
        if (today.isBefore(term.startsOn())) {
            return new TreeSet<>();
        }
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(today, term.endsOn()));
        for (int year = term.startsOn().getYear(); year <= term.endsOn().getYear(); year++) {
            dates.add(LocalDate.of(year, 12, 31));
            dates.add(LocalDate.of(year + 1, 1, 1));
        }
        facts.absences().forEach(absence -> dates.add(absence.date()));
        for (Period period : rollingPeriods(dates.headSet(today, true).stream().map(profileOn).distinct().toList())) {
            dates.add(term.startsOn().plus(period).minusDays(1));
            facts.records().stream().filter(DutyRecord::counts).forEach(record -> dates.add(record.date().plus(period)));
        }
        LocalDate yearAfterTheTerm = LocalDate.of(term.endsOn().getYear() + 1, 1, 1);
        return dates.subSet(term.startsOn(), true, today.isBefore(yearAfterTheTerm) ? today : yearAfterTheTerm, true);
    }

    private static List<Period> rollingPeriods(Collection<EffectiveProfile> profiles) {
        return profiles.stream()
                .flatMap(profile -> profile.rules().stream().map(Sourced::value))
                .flatMap(rule -> rule.supervision().map(Supervision::trigger).stream())
                .filter(trigger -> trigger.window().type() == WindowType.ROLLING)
                .flatMap(trigger -> CountingWindow.of(trigger.window()).period().stream())
                .distinct()
                .toList();
    }
}
