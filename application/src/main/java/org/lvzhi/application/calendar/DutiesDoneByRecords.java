package org.lvzhi.application.calendar;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.port.out.FactListener;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyDeadline;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.CalendarDuty;

/**
 * A calendar duty of EACH_DEPUTY that is also a kind of duty record (JD-26's VOTER_REPORT: “确保每名代表任期内至少一次向原选区
 * 选民报告履职情况”) is done by a confirmed record of it: when one is filed, the deputy's open clocks of the duty whose
 * period holds the record (the term for every TERM, the due day's year otherwise) stop, met on the filing day.
 * Runs inside the filing transaction.
 */
@Singleton
class DutiesDoneByRecords implements FactListener {

    private final LoadDeputyPort deputies;
    private final LoadTermsPort terms;
    private final DutyRecordPort records;
    private final PolicyProfileQueries profiles;
    private final DeadlineClocks deadlines;
    private final Clock clock;

    DutiesDoneByRecords(LoadDeputyPort deputies, LoadTermsPort terms, DutyRecordPort records, PolicyProfileQueries profiles,
            DeadlineClocks deadlines, Clock clock) {
        this.deputies = deputies;
        this.terms = terms;
        this.records = records;
        this.profiles = profiles;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void filed(CongressId congress, DeputyId deputy) {
        Optional<Term> term = deputies.find(deputy).flatMap(found -> terms.find(found.deputy().term()));
        if (term.isEmpty()) {
            return;
        }
        LocalDate today = LegalDate.today(clock);
        List<DutyRecord> done = records.ofDeputy(deputy, term.get().startsOn(), today).stream().filter(DutyRecord::counts).toList();
        if (done.isEmpty()) {
            return;
        }
        CalendarPlan plan = CalendarPlan.of(profiles.effectiveIn(congress, today), terms.calendar());
        for (CalendarPlan.Entry entry : plan.duties().values()) {
            CalendarDuty duty = entry.schedule().duty();
            if (!DutyDeadline.EACH_DEPUTY.equals(duty.owedBy()) || done.stream().noneMatch(r -> r.type().equals(duty.duty()))) {
                continue;
            }
            for (DutyDate due : dueDays(entry, term.get(), plan)) {
                if (done.stream().anyMatch(record -> DutyRecipients.doneBy(duty, record, term.get(), due.dueOn()))) {
                    DeadlineSubject subject = new DeadlineSubject(DutyDeadline.subjectKind(duty.duty()),
                            DutyDeadline.subjectId(deputy.toString(), due), duty.duty(), Optional.empty());
                    deadlines.stop(congress, DutyDeadline.EVENT, entry.rule().rule(), subject, today);
                }
            }
        }
    }

    /** The duty's due days in the term, each once (its reminder days name the same due day). */
    private static List<DutyDate> dueDays(CalendarPlan.Entry entry, Term term, CalendarPlan plan) {
        List<DutyDate> due = new ArrayList<>();
        Optional<DutyDate> next = entry.schedule().firstOnOrAfter(term.startsOn(), plan.terms());
        while (next.isPresent() && !next.get().dueOn().isAfter(term.endsOn())) {
            if (next.get().kind() == DutyDate.Kind.DUE) {
                due.add(next.get());
            }
            next = entry.schedule().after(next.get(), plan.terms());
        }
        return due;
    }
}
