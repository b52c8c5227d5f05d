package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.shared.Checks;

/**
 * A deputy's confirmed records, oldest first (each type and date once): what a MISSING_RECORDS trigger looks for.
 * Either all of them, or only those a {@link SupervisionPlan} keeps, which answer the triggers of its profile alike.
 */
public record ConfirmedRecords(List<ConfirmedRecord> records) {

    private static final Comparator<ConfirmedRecord> OLDEST_FIRST = Comparator.comparing(ConfirmedRecord::date)
            .thenComparing(ConfirmedRecord::type);

    public ConfirmedRecords {
        records = Checks.required("records", records).stream().distinct().sorted(OLDEST_FIRST).toList();
    }

    /** The confirmed ones among the records. */
    public static ConfirmedRecords confirmedOf(Collection<DutyRecord> records) {
        return new ConfirmedRecords(records.stream().filter(DutyRecord::counts).map(r -> new ConfirmedRecord(r.type(), r.date())).toList());
    }

    ConfirmedRecords within(Term term) {
        return new ConfirmedRecords(records.stream().filter(r -> term.covers(r.date())).toList());
    }

    boolean any(Collection<String> types, DateRange range) {
        return records.stream().anyMatch(r -> types.contains(r.type()) && range.contains(r.date()));
    }

    /** The date of the latest record of the types dated before the date. */
    Optional<LocalDate> lastBefore(Collection<String> types, LocalDate date) {
        return records.stream().filter(r -> types.contains(r.type()) && r.date().isBefore(date)).map(ConfirmedRecord::date).reduce((a, b) -> b);
    }
}
