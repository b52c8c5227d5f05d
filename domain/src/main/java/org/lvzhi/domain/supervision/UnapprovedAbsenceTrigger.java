package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.compliance.CountingWindow;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.policy.WindowType;

/**
 * UNAPPROVED_ABSENCE (QH-11.3, QH-11.5, DC-9.1, DC-9.3, JD-29): counts the deputy's absences without approved
 * leave from the trigger's sources, dated in its window up to the date (with {@code confirmedOnly}, only those
 * the deputy had confirmed attending). Sources are matched exactly, so a missed single meeting
 * ({@link Absence#SESSION_MEETING}) never counts as missing a session ({@link Absence#SESSION}). A threshold n
 * is reached once n absences are counted; its key names the sources, the window's start and n, and its
 * evidence and grounds are the first n absences. A ROLLING window slides with the date, so its start would make every
 * day a new key: there the key starts at the first absence of the run the counted ones belong to, absences each less
 * than the period after the one before, so overlapping windows over one run of absences are one case.
 */
final class UnapprovedAbsenceTrigger {

    private static final Comparator<Absence> OLDEST_FIRST = Comparator.comparing(Absence::date).thenComparing(a -> a.id().value());

    private UnapprovedAbsenceTrigger() {
    }

    static TriggerState check(Trigger trigger, SupervisionFacts facts, LocalDate on) {
        CountingWindow counting = CountingWindow.of(trigger.window());
        DateRange window = counting.over(facts.term(), on);
        List<Absence> matching = facts.absences().stream()
                .filter(Absence::unapproved)
                .filter(a -> trigger.from().contains(a.from()))
                .filter(a -> facts.term().covers(a.date()) && !a.date().isAfter(on))
                .filter(a -> a.confirmedAttendance() || !trigger.confirmedOnly())
                .sorted(OLDEST_FIRST)
                .toList();
        List<Absence> counted = matching.stream().filter(a -> window.contains(a.date())).toList();
        LocalDate start = counting.type() == WindowType.ROLLING && !counted.isEmpty()
                ? runStart(matching, counted.getFirst(), counting.period().orElseThrow())
                : window.from();
        String scope = String.join("+", trigger.from()) + "@" + start;
        return threshold -> {
            if (counted.size() < threshold) {
                return Optional.empty();
            }
            List<String> ids = counted.subList(0, threshold).stream().map(a -> a.id().toString()).toList();
            return Optional.of(new Firing(scope + ":" + threshold, ids, new CaseGrounds(ids, List.of(window))));
        };
    }

    /** The date of the first absence of the run that the first counted absence belongs to. */
    private static LocalDate runStart(List<Absence> matching, Absence firstCounted, Period period) {
        int first = matching.indexOf(firstCounted);
        while (first > 0 && matching.get(first - 1).date().plus(period).isAfter(matching.get(first).date())) {
            first--;
        }
        return matching.get(first).date();
    }
}
