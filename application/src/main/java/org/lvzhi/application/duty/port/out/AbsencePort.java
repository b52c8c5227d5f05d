package org.lvzhi.application.duty.port.out;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;

/** The acting congress's recorded absences, approved and unapproved. */
public interface AbsencePort {

    /** Records the absence; one already recorded for the same deputy and the same thing missed is kept as is. */
    void add(Absence absence);

    /** The deputy's absences dated within the range (both ends inclusive), oldest first. */
    List<Absence> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to);
}
