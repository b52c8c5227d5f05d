package org.lvzhi.application.archive.port.in;

import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.DutyPoints;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.supervision.SupervisionCase;

/**
 * A deputy's archive (履职档案) for a term: records by type, absences, compliance, points and supervision cases, and
 * the profile's record and conduct rules with their articles (what is recorded and expected, not judged).
 */
public record DutyArchive(
        DeputyView deputy,
        Term term,
        List<RecordsOfType> records,
        List<Absence> absences,
        Compliance compliance,
        Optional<DutyPoints> points,
        List<SupervisionCase> cases,
        List<PolicyRule> recordAndConduct) {

    /** The records of one type, with the type's name in the profile's catalogue and how many count. */
    public record RecordsOfType(String type, String name, long counted, List<DutyRecord> records) {
    }
}
