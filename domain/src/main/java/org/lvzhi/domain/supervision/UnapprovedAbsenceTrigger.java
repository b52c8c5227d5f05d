package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.compliance.CountingWindow;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.policy.Trigger;

/**
 * UNAPPROVED_ABSENCE (QH-11.3, QH-11.5, DC-9.1, DC-9.3, JD-29): counts the deputy's absences without approved
 * leave from the trigger's sources, dated in its window up to the date (with {@code confirmedOnly}, only those
 * the deputy had confirmed attending). Sources are matched exactly, so a missed single meeting
 * ({@link Absence#SESSION_MEETING}) never counts as missing a session ({@link Absence#SESSION}). A threshold n
 * is reached once n absences are counted; its key names the sources, the window's start and n, and its
 * evidence is the first n absences.
 */
final class UnapprovedAbsenceTrigger {

    private static final Comparator<Absence> OLDEST_FIRST = Comparator.comparing(Absence::date).thenComparing(a -> a.id().value());

    private UnapprovedAbsenceTrigger() {
    }

    static TriggerState check(Trigger trigger, SupervisionFacts facts, LocalDate on) {
        DateRange window = CountingWindow.of(trigger.window()).over(facts.term(), on);
        List<Absence> counted = facts.absences().stream()
                .filter(Absence::unapproved)
                .filter(a -> trigger.from().contains(a.from()))
                .filter(a -> window.contains(a.date()) && !a.date().isAfter(on))
                .filter(a -> a.confirmedAttendance() || !trigger.confirmedOnly())
                .sorted(OLDEST_FIRST)
                .toList();
        String scope = String.join("+", trigger.from()) + "@" + window.from();
        return threshold -> counted.size() < threshold ? Optional.empty() : Optional.of(new Firing(scope + ":" + threshold,
                counted.subList(0, threshold).stream().map(a -> a.id().toString()).toList()));
    }
}
