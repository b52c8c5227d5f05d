package org.lvzhi.domain.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.Sourced;

/**
 * Scores a deputy's records under a points scheme: each CONFIRMED record dated in the term up to the date, of a
 * type the scheme lists, gets its type's points (negative for a penalty). Where an entry has a cap, the oldest
 * records of the cap window keep their points and the ones beyond the cap score 0, marked capped; the cap
 * window defaults to the term.
 */
public final class PointsCalculator {

    private static final Comparator<DutyRecord> OLDEST_FIRST =
            Comparator.comparing(DutyRecord::date).thenComparing(r -> r.id().value());

    private PointsCalculator() {
    }

    public static DutyPoints score(Sourced<PointsScheme> scheme, Collection<DutyRecord> records, Term term, LocalDate on) {
        Map<String, PointsEntry> entries = scheme.value().entries().stream()
                .collect(Collectors.toMap(PointsEntry::type, Function.identity(), (first, later) -> first));
        PointsCaps caps = new PointsCaps(term);
        List<PointsLine> lines = new ArrayList<>();
        for (DutyRecord record : records.stream()
                .filter(r -> r.counts() && term.covers(r.date()) && !r.date().isAfter(on) && entries.containsKey(r.type()))
                .sorted(OLDEST_FIRST)
                .toList()) {
            PointsEntry entry = entries.get(record.type());
            boolean capped = !caps.admit(entry, record.date());
            lines.add(new PointsLine(record.id(), record.type(), record.date(), capped ? 0 : entry.points(), capped));
        }
        int total = lines.stream().mapToInt(PointsLine::points).sum();
        return new DutyPoints(scheme.value().rule(), scheme.value().article(), total, lines);
    }
}
