package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PointsDeduction;
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.ScoreBand;
import org.lvzhi.domain.policy.Window;
import org.lvzhi.domain.policy.WindowType;

/**
 * Scores a deputy under the profile's points scheme for the scheme's window that holds the date (the term by
 * default), counting facts dated in that window up to the date:
 * <ol>
 *   <li>the base points, once per window;</li>
 *   <li>each CONFIRMED record of a type the scheme lists, oldest first: the entry's points, or its points per unit
 *       times the record's quantity in that unit; a record beyond the entry's count cap in its cap window scores 0,
 *       marked capped;</li>
 *   <li>each absence the first matching deduction covers: the deduction's points;</li>
 *   <li>per entry and deduction and per its cap window, a line bringing its points back to its maximum or minimum;</li>
 *   <li>where the total exceeds the overall cap, a line bringing it back to the cap.</li>
 * </ol>
 * The total then falls in the first band that contains it.
 */
public final class PointsCalculator {

    private static final Window WHOLE_TERM = new Window(WindowType.TERM, Optional.empty());
    private static final Comparator<DutyRecord> OLDEST_FIRST =
            Comparator.comparing(DutyRecord::date).thenComparing(r -> r.id().value());

    private final EffectiveProfile profile;
    private final PointsScheme scheme;
    private final Window schemeWindow;
    private final Term term;
    private final DateRange window;
    private final LocalDate on;

    private PointsCalculator(EffectiveProfile profile, PointsScheme scheme, Term term, LocalDate on) {
        this.profile = profile;
        this.scheme = scheme;
        this.schemeWindow = scheme.window().orElse(WHOLE_TERM);
        this.term = term;
        this.window = CountingWindow.of(schemeWindow).over(term, on);
        this.on = on;
    }

    /** The deputy's points, where the profile has a scheme. */
    public static Optional<DutyPoints> score(EffectiveProfile profile, Collection<DutyRecord> records, Collection<Absence> absences,
            Term term, LocalDate on) {
        return profile.points().map(scheme -> new PointsCalculator(profile, scheme.value(), term, on).score(records, absences));
    }

    private DutyPoints score(Collection<DutyRecord> records, Collection<Absence> absences) {
        List<PointsLine> lines = new ArrayList<>();
        if (scheme.base() != 0) {
            lines.add(new PointsLine(PointsSource.BASE, Optional.empty(), PointsSource.BASE.name(), window.from(), BigDecimal.ONE,
                    BigDecimal.valueOf(scheme.base()), false, scheme.rule(), scheme.article()));
        }
        Map<Object, PointsLimit> limits = new LinkedHashMap<>();
        lines.addAll(recordLines(records, limits));
        lines.addAll(absenceLines(absences, limits));
        limits.values().forEach(limit -> lines.addAll(limit.adjustments(term)));
        BigDecimal sum = total(lines);
        scheme.cap().map(BigDecimal::valueOf).filter(cap -> sum.compareTo(cap) > 0).ifPresent(cap -> lines.add(new PointsLine(
                PointsSource.TOTAL_CAP, Optional.empty(), PointsSource.TOTAL_CAP.name(), window.to().isAfter(on) ? on : window.to(),
                BigDecimal.ZERO, cap.subtract(sum), false, scheme.rule(), scheme.article())));
        BigDecimal total = total(lines);
        return new DutyPoints(scheme.rule(), scheme.article(), window, total,
                scheme.bands().stream().filter(band -> band.contains(total)).map(ScoreBand::name).findFirst(), lines);
    }

    private List<PointsLine> recordLines(Collection<DutyRecord> records, Map<Object, PointsLimit> limits) {
        Map<String, PointsEntry> entries = new LinkedHashMap<>();
        scheme.entries().forEach(entry -> entries.putIfAbsent(entry.type(), entry));
        PointsCaps caps = new PointsCaps(term, schemeWindow);
        List<PointsLine> lines = new ArrayList<>();
        for (DutyRecord record : records.stream()
                .filter(r -> r.counts() && counted(r.date()) && entries.containsKey(r.type()))
                .sorted(OLDEST_FIRST)
                .toList()) {
            PointsEntry entry = entries.get(record.type());
            boolean capped = !caps.admit(entry, record.date());
            BigDecimal quantity = entry.perUnit()
                    .map(unit -> profile.activityType(record.type()).flatMap(type -> type.quantityIn(unit))
                            .map(record.quantity()::multiply).orElse(BigDecimal.ZERO))
                    .orElse(BigDecimal.ONE);
            BigDecimal points = capped ? BigDecimal.ZERO : quantity.multiply(BigDecimal.valueOf(entry.points()));
            PointsLine line = new PointsLine(PointsSource.RECORD, Optional.of(record.id().toString()), record.type(), record.date(),
                    quantity, points, capped, entry.rule().orElse(scheme.rule()), entry.article().orElse(scheme.article()));
            lines.add(line);
            if (entry.maxPoints().isPresent() || entry.minPoints().isPresent()) {
                limits.computeIfAbsent(entry, key -> new PointsLimit(entry.type(), entry.maxPoints(), entry.minPoints(),
                        entry.capWindow().orElse(schemeWindow), line.rule(), line.article())).collect(line);
            }
        }
        return lines;
    }

    private List<PointsLine> absenceLines(Collection<Absence> absences, Map<Object, PointsLimit> limits) {
        List<PointsLine> lines = new ArrayList<>();
        for (Absence absence : absences.stream().filter(a -> counted(a.date()))
                .sorted(Comparator.comparing(Absence::date).thenComparing(a -> a.id().toString())).toList()) {
            scheme.deductions().stream().filter(deduction -> covers(deduction, absence)).findFirst().ifPresent(deduction -> {
                PointsLine line = new PointsLine(PointsSource.ABSENCE, Optional.of(absence.id().toString()), absence.from(),
                        absence.date(), BigDecimal.ONE, BigDecimal.valueOf(deduction.points()), false,
                        deduction.rule().orElse(scheme.rule()), deduction.article().orElse(scheme.article()));
                lines.add(line);
                deduction.minPoints().ifPresent(min -> limits.computeIfAbsent(deduction, key -> new PointsLimit(String.join("+", deduction.from()),
                        Optional.empty(), deduction.minPoints(), deduction.capWindow().orElse(schemeWindow), line.rule(),
                        line.article())).collect(line));
            });
        }
        return lines;
    }

    private static boolean covers(PointsDeduction deduction, Absence absence) {
        return deduction.from().contains(absence.from()) && deduction.approved().map(approved -> approved == absence.approved()).orElse(true);
    }

    private boolean counted(LocalDate date) {
        return window.contains(date) && !date.isAfter(on);
    }

    private static BigDecimal total(List<PointsLine> lines) {
        return lines.stream().map(PointsLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
