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
 * What supervision rules look at for one deputy in one term: confirmed records, absences, the term's sessions (each
 * from its opening to its closing day) and the cases already opened.
 */
public record SupervisionFacts(
        DeputyId deputy,
        Term term,
        DeputyAttributes attributes,
        ConfirmedRecords records,
        List<Absence> absences,
        List<DateRange> sessions,
        List<SupervisionCase> cases) {

    private static final Messages MESSAGES = Messages.of(SupervisionFacts.class);

    public SupervisionFacts {
        Checks.required("deputyId", deputy);
        Checks.required("term", term);
        Checks.required("attributes", attributes);
        Checks.required("records", records);
        absences = List.copyOf(Checks.required("absences", absences));
        sessions = List.copyOf(Checks.required("sessions", sessions));
        cases = List.copyOf(Checks.required("cases", cases));
        if (absences.stream().anyMatch(a -> !a.deputy().equals(deputy)) || cases.stream().anyMatch(c -> !c.deputy().equals(deputy))) {
            throw MESSAGES.violation("deputyId", "facts.other-deputy");
        }
    }

    /** The facts with every record of the deputy, of which the confirmed ones count. */
    public SupervisionFacts(DeputyId deputy, Term term, DeputyAttributes attributes, List<DutyRecord> records, List<Absence> absences,
            List<DateRange> sessions, List<SupervisionCase> cases) {
        this(deputy, term, attributes, ConfirmedRecords.confirmedOf(own(deputy, records)), absences, sessions, cases);
    }

    private static List<DutyRecord> own(DeputyId deputy, List<DutyRecord> records) {
        if (Checks.required("records", records).stream().anyMatch(r -> !r.deputy().equals(deputy))) {
            throw MESSAGES.violation("deputyId", "facts.other-deputy");
        }
        return records;
    }
}
