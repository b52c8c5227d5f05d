package org.lvzhi.application.archive;

import java.util.List;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;

/** Everything filed about a deputy in their term: what compliance, points and supervision are judged on. */
record DeputyFile(DeputyView deputy, Term term, DeputyAttributes attributes, List<DutyRecord> records, List<Absence> absences) {
}
