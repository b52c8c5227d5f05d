package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.lvzhi.domain.compliance.CountingWindow;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.WindowType;

/**
 * The moments at which a deputy's term, up to today, is judged again after a fact changed: every date on which a rule's
 * verdict can have changed, each with the date whose profile version judges it. The last day of each year of the term
 * (a calendar-year window ends) and the first day of the next (the completed year is judged, by the version in force on
 * its last day), the term's last day, each absence's day (a count reaches its threshold), today, and for each rolling
 * period P of the rules in force, the day P after each record and after the term began (a lapse becomes one).
 */
final class JudgmentDates {

    /** Judging on a date by the profile version in force on another (the same date, or the last day of the year judged). */
    record Judgment(LocalDate on, LocalDate byProfileOf) {
    }

    private JudgmentDates() {
    }

    static NavigableSet<Judgment> of(Function<LocalDate, EffectiveProfile> profileOn, SupervisionFacts facts, LocalDate today) {
        Term term = facts.term();
        LocalDate last = min(today, LocalDate.of(term.endsOn().getYear() + 1, 1, 1));
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(today, term.endsOn()));
        TreeSet<Judgment> judgments = new TreeSet<>(Comparator.comparing(Judgment::on).thenComparing(Judgment::byProfileOf));
        for (int year = term.startsOn().getYear(); year <= term.endsOn().getYear(); year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            dates.add(yearEnd);
            judgments.add(new Judgment(yearEnd.plusDays(1), yearEnd));
        }
        facts.absences().forEach(absence -> dates.add(absence.date()));
        for (Period period : rollingPeriods(dates.headSet(today, true).stream().map(profileOn).distinct().toList())) {
            dates.add(term.startsOn().plus(period).minusDays(1));
            facts.records().records().forEach(record -> dates.add(record.date().plus(period)));
        }
        dates.forEach(date -> judgments.add(new Judgment(date, date)));
        return today.isBefore(term.startsOn()) ? new TreeSet<>() : judgments.subSet(new Judgment(term.startsOn(), LocalDate.MIN), true,
                new Judgment(last, LocalDate.MAX), true);
    }

    /**
     * The moments at which windows complete, for triggers that look only at completed windows (RANKING): the first day
     * after each year of the term up to today (by the version in force on the year's last day), the term's last day and
     * today.
     */
    static List<Judgment> ofWindows(Term term, LocalDate today) {
        TreeSet<Judgment> judgments = new TreeSet<>(Comparator.comparing(Judgment::on).thenComparing(Judgment::byProfileOf));
        for (int year = term.startsOn().getYear(); year <= Math.min(term.endsOn().getYear(), today.getYear() - 1); year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            judgments.add(new Judgment(yearEnd.plusDays(1), yearEnd));
        }
        if (!today.isBefore(term.endsOn())) {
            judgments.add(new Judgment(term.endsOn(), term.endsOn()));
        }
        judgments.add(new Judgment(today, today));
        return List.copyOf(judgments);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
