package org.lvzhi.application.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.testing.QinghaiLike.INSPECTION;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;
import static org.lvzhi.application.testing.ViolationAssertions.violationsOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.duty.port.in.AttendanceCommand;
import org.lvzhi.application.duty.port.in.AttendanceOutcome;
import org.lvzhi.application.duty.port.in.ScheduleActivityCommand;
import org.lvzhi.application.identity.AccessDenied;
import org.lvzhi.application.identity.AccessRole;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.QinghaiLike;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.shared.Violation;

/** Scheduling an activity and registering who attended ("whoever organises registers", DC-8.1). */
class DutyActivityServiceTest {

    private static final LocalDate HELD_ON = LocalDate.of(2025, 6, 3);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final List<DeputyId> filed = new ArrayList<>();
    /** The deputies whose leave from the activity was approved. */
    private final Set<DeputyId> onLeave = new HashSet<>();
    private final DutyActivityService service = new DutyActivityService(platform.transactions(), platform.activities(),
            platform.records(), platform.absences(), (deputy, activity) -> onLeave.contains(deputy), platform.terms(),
            platform.deputies(), new RecordChecks(platform.deputies(), platform.terms(), QinghaiLike.profiles()),
            (congress, deputy) -> filed.add(deputy));

    private final ActingCaller organiser = caller("organiser.li", QINGHAI, AccessRole.GROUP_LEADER);
    private Term term;
    private Deputy present;
    private Deputy excused;
    private Deputy away;

    @BeforeEach
    void qinghaiWithThreeInvitees() {
        term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        present = seat("马建国");
        excused = seat("才让卓玛");
        away = seat("韩德明");
        onLeave.add(excused.id());
    }

    private Deputy seat(String name) {
        var person = platform.persons().seed(QINGHAI, TestData.person(name));
        return platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
    }

    private DutyActivity scheduled() {
        return service.schedule(organiser, new ScheduleActivityCommand(term.id(), INSPECTION, "生态保护视察", HELD_ON, Optional.of("西宁"),
                Optional.empty(), List.of(present.id(), excused.id(), away.id())));
    }

    @Test
    @DisplayName("attendance files one confirmed record per attendee and an absence per invitee who stayed away")
    void attendanceFilesRecordsAndAbsences() {
        DutyActivity activity = scheduled();

        AttendanceOutcome outcome = service.registerAttendance(organiser, activity.id(),
                new AttendanceCommand(List.of(present.id()), List.of(away.id())));

        assertThat(platform.records().stored(QINGHAI)).singleElement().satisfies(r -> {
            assertThat(r.deputy()).isEqualTo(present.id());
            assertThat(r.type()).isEqualTo(INSPECTION);
            assertThat(r.date()).isEqualTo(HELD_ON);
            assertThat(r.activity()).contains(activity.id());
            assertThat(r.counts()).isTrue();
        });
        assertThat(platform.absences().stored(QINGHAI))
                .extracting(Absence::deputy, Absence::from, Absence::approved, Absence::confirmedAttendance)
                .containsExactlyInAnyOrder(tuple(excused.id(), INSPECTION, true, false), tuple(away.id(), INSPECTION, false, true));
        assertThat(outcome.records()).extracting(DutyRecord::deputy).containsExactly(present.id());
        assertThat(outcome.absences()).hasSize(2);
        assertThat(filed).containsExactlyInAnyOrder(present.id(), excused.id(), away.id());
    }

    @Test
    @DisplayName("registering a deputy who is already registered at the activity is refused on the list's index")
    void sameDeputyTwiceRefused() {
        DutyActivity activity = scheduled();
        service.registerAttendance(organiser, activity.id(), new AttendanceCommand(List.of(present.id()), List.of()));

        var violation = violationOf(() -> service.registerAttendance(organiser, activity.id(),
                new AttendanceCommand(List.of(present.id()), List.of())));

        assertThat(violation.field()).isEqualTo("attended.0");
        assertThat(platform.records().stored(QINGHAI)).hasSize(1);
    }

    @Test
    @DisplayName("the same deputy twice in one list, or a confirmation from someone not invited, is refused on its index")
    void listsCheckedWithinThemselves() {
        DutyActivity activity = scheduled();
        Deputy uninvited = seat("李文华");

        var violations = violationsOf(() -> service.registerAttendance(organiser, activity.id(),
                new AttendanceCommand(List.of(present.id(), present.id()), List.of(uninvited.id()))));

        assertThat(violations).extracting(Violation::field).containsExactly("attended.1", "confirmed.0");
        assertThat(platform.records().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("a caller who neither organised the activity nor is staff may not register its attendance")
    void strangerRefused() {
        DutyActivity activity = scheduled();
        ActingCaller otherLeader = caller("wang.leader", QINGHAI, AccessRole.GROUP_LEADER);

        Throwable refused = catchThrowable(() -> service.registerAttendance(otherLeader, activity.id(),
                new AttendanceCommand(List.of(present.id()), List.of())));

        assertThat(refused).isInstanceOf(AccessDenied.class);
        assertThat(platform.records().stored(QINGHAI)).isEmpty();
        assertThat(platform.absences().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("staff may register the attendance of an activity someone else organised")
    void staffMayRegister() {
        DutyActivity activity = scheduled();

        service.registerAttendance(caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER), activity.id(),
                new AttendanceCommand(List.of(present.id(), excused.id(), away.id()), List.of()));

        assertThat(platform.records().stored(QINGHAI)).hasSize(3);
        assertThat(platform.absences().stored(QINGHAI)).isEmpty();
    }
}
