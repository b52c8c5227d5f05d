package org.lvzhi.application.calendar;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.application.deputy.DeputySearch;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.policy.CalendarDuty;

/**
 * Whom a calendar duty's day concerns personally: for a duty of EACH_DEPUTY, every deputy serving in the term
 * on the due date whom the duty applies to and who has not done it yet: a duty that is also a kind of duty record
 * (JD-26's VOTER_REPORT) is done by a confirmed record of it in the term (every TERM) or the due day's year. A duty of a body (deputy groups, work committees, the liaison
 * office, the standing committee) names no person: it reaches the congress's subscribed webhooks.
 */
@Singleton
class DutyRecipients {

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
        List<DeputyView> recipients = new ArrayList<>();
        for (int number = 0; ; number++) {
            Page<DeputyView> page = deputies.search(serving, new PageRequest(number, PageRequest.MAX_SIZE));
            page.items().stream().filter(deputy -> applies(duty, deputy, on) && !doneByRecord(duty, deputy, term.get(), on))
                    .forEach(recipients::add);
            if ((long) (number + 1) * PageRequest.MAX_SIZE >= page.total()) {
                return recipients;
            }
        }
    }

    private boolean doneByRecord(CalendarDuty duty, DeputyView deputy, Term term, LocalDate on) {
        LocalDate from = "TERM".equals(duty.every()) ? term.startsOn() : on.withDayOfYear(1);
        return records.ofDeputy(deputy.deputy().id(), from, on).stream()
                .anyMatch(record -> record.counts() && record.type().equals(duty.duty()));
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
