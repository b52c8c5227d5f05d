package org.lvzhi.adapter.persistence.duty;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;

@Singleton
class AbsenceAdapter implements AbsencePort {

    private final AbsenceRepository absences;

    AbsenceAdapter(AbsenceRepository absences) {
        this.absences = absences;
    }

    @Override
    public void add(Absence absence) {
        absences.insertUnlessRecorded(absence.id().value(), absence.deputy().value(), absence.from(), absence.date(),
                absence.reference().orElse(null), absence.approved(), absence.confirmedAttendance());
    }

    @Override
    public List<Absence> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to) {
        return absences.findByDeputyIdAndAbsentOnBetweenOrderByAbsentOn(deputy.value(), from, to).stream()
                .map(row -> new Absence(new AbsenceId(row.id()), new DeputyId(row.deputyId()), row.absentFrom(),
                        row.absentOn(), Optional.ofNullable(row.reference()), row.approved(), row.confirmedAttendance()))
                .toList();
    }
}
