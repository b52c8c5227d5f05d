package org.lvzhi.application.calendar;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.shared.Page;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.CalendarDuty;

/**
 * Whom a calendar duty's day concerns personally: for a duty of EACH_DEPUTY, every deputy serving in the term
 * on the due date whom the duty applies to and who has not done it yet: a duty that is also a kind of duty record
 * (JD-26's VOTER_REPORT) is done by a confirmed record of it in the term (every TERM) or the due day's year. A duty of a body (deputy groups, work committees, the liaison
 * office, the standing committee) names no person: it reaches the congress's subscribed webhooks.
 */
@Singleton
class DutyRecipients {

    private static final String TERM = "TERM";

    private final LoadDeputyPort deputies;
    private final PositionPort positions;
    private final DutyRecordPort records;

    DutyRecipients(LoadDeputyPort deputies, PositionPort positions, DutyRecordPort records) {
        this.deputies = deputies;
        this.positions = positions;
        this.records = records;
    }

    /** Runs inside the congress's transaction. */
    List<Recipient> of(CalendarDuty duty, Optional<Term> term, LocalDate on) {
        return deputies(duty, term, on).stream().map(DeputyView::recipient).toList();
    }

    /** The deputies a duty of EACH_DEPUTY concerns (none for a body's duty); inside the congress's transaction. */
    List<DeputyView> deputies(CalendarDuty duty, Optional<Term> term, LocalDate on) {
        if (!"EACH_DEPUTY".equals(duty.owedBy()) || term.isEmpty()) {
            return List.of();
        }
        DeputySearch serving = new DeputySearch(Optional.empty(), Optional.of(term.get().id()), Optional.of(DeputyStatus.ACTIVE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return Page.all(page -> deputies.search(serving, page)).stream()
                .filter(deputy -> applies(duty, deputy, on) && !doneByRecord(duty, deputy, term.get(), on))
                .toList();
    }

    private boolean doneByRecord(CalendarDuty duty, DeputyView deputy, Term term, LocalDate on) {
        return records.ofDeputy(deputy.deputy().id(), periodStart(duty, term, on), on).stream()
                .anyMatch(record -> doneBy(duty, record, term, on));
    }

    /** Whether the record does the duty falling due on {@code dueOn}: a confirmed record of it in the term (every TERM) or that year. */
    static boolean doneBy(CalendarDuty duty, DutyRecord record, Term term, LocalDate dueOn) {
        LocalDate end = TERM.equals(duty.every()) ? term.endsOn() : dueOn.withDayOfYear(dueOn.lengthOfYear());
        return record.counts() && record.type().equals(duty.duty())
                && !record.date().isBefore(periodStart(duty, term, dueOn)) && !record.date().isAfter(end);
    }

    private static LocalDate periodStart(CalendarDuty duty, Term term, LocalDate dueOn) {
        return TERM.equals(duty.every()) ? term.startsOn() : dueOn.withDayOfYear(1);
    }

    private boolean applies(CalendarDuty duty, DeputyView deputy, LocalDate on) {
        return duty.appliesTo().map(audience -> {
            Seat seat = deputy.deputy().seat();
            return new DeputyAttributes(seat.grassroots(), seat.military(), seat.constituency(),
                    positions.heldBy(deputy.person().id(), on).stream().map(PositionAssignment::position)
                            .collect(Collectors.toSet())).matches(audience);
        }).orElse(true);
    }
}
