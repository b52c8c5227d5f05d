package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.Seat;

/** Gathers a deputy's file; to be called inside a transaction of the deputy's congress. */
@Singleton
class DeputyFiles {

    private final LoadTermsPort terms;
    private final PositionPort positions;
    private final DutyRecordPort records;
    private final AbsencePort absences;

    DeputyFiles(LoadTermsPort terms, PositionPort positions, DutyRecordPort records, AbsencePort absences) {
        this.terms = terms;
        this.positions = positions;
        this.records = records;
        this.absences = absences;
    }

    DeputyFile of(DeputyView deputy, LocalDate on) {
        Term term = terms.find(deputy.deputy().term()).orElseThrow();
        return new DeputyFile(deputy, term, attributes(deputy, on),
                records.ofDeputy(deputy.deputy().id(), term.startsOn(), term.endsOn()),
                absences.ofDeputy(deputy.deputy().id(), term.startsOn(), term.endsOn()));
    }

    DeputyAttributes attributes(DeputyView deputy, LocalDate on) {
        Seat seat = deputy.deputy().seat();
        return new DeputyAttributes(seat.grassroots(), seat.military(), seat.constituency(),
                positions.heldBy(deputy.person().id(), on).stream().map(PositionAssignment::position).collect(Collectors.toSet()));
    }
}
