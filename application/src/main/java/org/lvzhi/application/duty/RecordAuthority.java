package org.lvzhi.application.duty;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;

/**
 * Who may register and who may review a record of a type: the registrar and the reviewer the profile's
 * catalogue names ("whoever organises registers", DC-8.1; the group leader confirms group activities,
 * QH-10.3; the work committee registers receptions, DC-8.4). The liaison office's staff register on behalf
 * of any organiser, but a review the profile gives to a position is that position's alone.
 */
@Singleton
class RecordAuthority {

    static final String LIAISON_OFFICE = "LIAISON_OFFICE";
    static final String ORGANISER = "ORGANISER";
    static final String GROUP_LEADER = "GROUP_LEADER";
    static final String WORK_COMMITTEE = "WORK_COMMITTEE";

    private static final Set<Position> GROUP_LEADERS = EnumSet.of(Position.GROUP_LEADER, Position.DEPUTY_GROUP_LEADER);
    private static final Messages MESSAGES = Messages.of(RecordAuthority.class);

    private final PersonPort persons;
    private final PositionPort positions;

    RecordAuthority(PersonPort persons, PositionPort positions) {
        this.persons = persons;
        this.positions = positions;
    }


    void checkMayRegister(ActingCaller caller, ActivityType type, DeputyView deputy, LocalDate on) {
        String registrar = type.registeredBy().orElse(ORGANISER);
        if (caller.isStaff() || holdsFor(caller, registrar, deputy, on)) {
            return;
        }
        throw new AccessDenied(MESSAGES.text("register.denied", party(registrar), type.name()));
    }

    void checkMayReview(ActingCaller caller, ActivityType type, DeputyView deputy, LocalDate on) {
        String reviewer = type.reviewer().orElse(LIAISON_OFFICE);
        boolean allowed = switch (reviewer) {
            case LIAISON_OFFICE, ORGANISER -> caller.isStaff();
            default -> holdsFor(caller, reviewer, deputy, on);
        };
        if (!allowed) {
            throw new AccessDenied(MESSAGES.text("review.denied", party(reviewer), type.name()));
        }
    }

    /** The deputy groups in which the caller leads on the date: whose self-registered records they review. */
    Set<UnitId> groupsLedBy(ActingCaller caller, LocalDate on) {
        return heldBy(caller, on).stream()
                .filter(assignment -> GROUP_LEADERS.contains(assignment.position()))
                .flatMap(assignment -> assignment.unit().stream())
                .collect(Collectors.toSet());
    }

    private boolean holdsFor(ActingCaller caller, String party, DeputyView deputy, LocalDate on) {
        return switch (party) {
            case GROUP_LEADER -> deputy.deputy().seat().deputyGroup().map(groupsLedBy(caller, on)::contains).orElse(false);
            case WORK_COMMITTEE -> heldBy(caller, on).stream()
                    .anyMatch(assignment -> assignment.position() == Position.WORK_COMMITTEE_DIRECTOR);
            default -> false;
        };
    }

    private List<PositionAssignment> heldBy(ActingCaller caller, LocalDate on) {
        return login(caller).flatMap(persons::idOf).map(person -> positions.heldBy(person, on)).orElse(List.of());
    }

    private static Optional<Login> login(ActingCaller caller) {
        try {
            return Optional.of(new Login(caller.subject()));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }

    static String party(String code) {
        return MESSAGES.has("party." + code) ? MESSAGES.text("party." + code) : code;
    }
}
