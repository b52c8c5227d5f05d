package org.lvzhi.application.archive;

import java.util.List;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.supervision.ConfirmedRecords;

/** What supervision judges a deputy on a date by: the confirmed records its plan keeps and every absence of the term. */
record SupervisedFile(DeputyView deputy, Term term, DeputyAttributes attributes, ConfirmedRecords records, List<Absence> absences) {
}
