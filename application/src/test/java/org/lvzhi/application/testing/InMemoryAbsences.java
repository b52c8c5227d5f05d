package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;

/**
 * The absences of each congress. Like {@code INSERT … ON CONFLICT DO NOTHING} on the table's unique index, a
 * second absence of the same deputy from the same thing (same {@code from} and reference) leaves the first as
 * it is; absences without a reference are never merged.
 */
public final class InMemoryAbsences implements AbsencePort {

    private final InMemoryTransactions transactions;
    private final TenantTable<AbsenceId, Absence> absences;

    public InMemoryAbsences(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.absences = new TenantTable<>("absence", transactions);
    }

    @Override
    public void add(Absence absence) {
        boolean recorded = absence.reference().isPresent() && absences.visible().anyMatch(a -> a.deputy().equals(absence.deputy())
                && a.from().equals(absence.from()) && a.reference().equals(absence.reference()));
        if (!recorded) {
            absences.insert(absence.id(), absence);
        }
    }

    @Override
    public List<Absence> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to) {
        return absences.visible()
                .filter(a -> a.deputy().equals(deputy) && !a.date().isBefore(from) && !a.date().isAfter(to))
                .sorted(Comparator.comparing(Absence::date))
                .toList();
    }

    /** Stores the absence in the congress as test set-up. */
    public Absence seed(CongressId congress, Absence absence) {
        transactions.setUp(congress, () -> add(absence));
        return absence;
    }

    /** Every absence stored for the congress, in the order recorded. */
    public List<Absence> stored(CongressId congress) {
        return absences.stored(congress);
    }
}
