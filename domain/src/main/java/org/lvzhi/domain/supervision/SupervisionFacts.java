package org.lvzhi.domain.supervision;

import java.util.List;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * What supervision rules look at for one deputy in one term: records, absences, the term's sessions (each from its
 * opening to its closing day) and the cases already opened.
 */
public record SupervisionFacts(
        DeputyId deputy,
        Term term,
        DeputyAttributes attributes,
        List<DutyRecord> records,
        List<Absence> absences,
        List<DateRange> sessions,
        List<SupervisionCase> cases) {

    public SupervisionFacts {
        Checks.required("deputyId", deputy);
        Checks.required("term", term);
        Checks.required("attributes", attributes);
        records = List.copyOf(Checks.required("records", records));
        absences = List.copyOf(Checks.required("absences", absences));
        sessions = List.copyOf(Checks.required("sessions", sessions));
        cases = List.copyOf(Checks.required("cases", cases));
        Messages messages = Messages.of(SupervisionFacts.class);
        if (records.stream().anyMatch(r -> !r.deputy().equals(deputy))
                || absences.stream().anyMatch(a -> !a.deputy().equals(deputy))
                || cases.stream().anyMatch(c -> !c.deputy().equals(deputy))) {
            throw messages.violation("deputyId", "facts.other-deputy");
        }
    }
}
