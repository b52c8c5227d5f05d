package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.duty.DutyRecord;

/** The deputy's confirmed records of the term, oldest first: what a MISSING_RECORDS trigger looks for. */
final class ConfirmedRecords {

    private final List<DutyRecord> records;

    private ConfirmedRecords(List<DutyRecord> records) {
        this.records = records;
    }

    static ConfirmedRecords of(SupervisionFacts facts) {
        return new ConfirmedRecords(facts.records().stream()
                .filter(r -> r.counts() && facts.term().covers(r.date()))
                .sorted(Comparator.comparing(DutyRecord::date))
                .toList());
    }

    boolean any(Collection<String> types, DateRange range) {
        return records.stream().anyMatch(r -> types.contains(r.type()) && range.contains(r.date()));
    }

    /** The date of the latest record of the types dated before the date. */
    Optional<LocalDate> lastBefore(Collection<String> types, LocalDate date) {
        return records.stream().filter(r -> types.contains(r.type()) && r.date().isBefore(date)).map(DutyRecord::date).reduce((a, b) -> b);
    }
}
