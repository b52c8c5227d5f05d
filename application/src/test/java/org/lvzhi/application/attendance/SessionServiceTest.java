package org.lvzhi.application.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.attendance.port.in.AttendanceSheet;
import org.lvzhi.application.attendance.port.in.OpenSessionCommand;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.attendance.AttendanceStatus;
import org.lvzhi.domain.attendance.LeaveFixtures;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;

class SessionServiceTest {

    private static final LocalDate OPENS = LocalDate.of(2025, 1, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-21T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final java.util.List<DeputyId> filed = new java.util.ArrayList<>();
    private final AttendanceFakes.Sessions sessions = new AttendanceFakes.Sessions();
    private final AttendanceFakes.Attendance attendance = new AttendanceFakes.Attendance(sessions);
    private final AttendanceFakes.Calendar calendar = new AttendanceFakes.Calendar();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final SessionService service = new SessionService(platform.transactions(), sessions, attendance, new AttendanceFakes.Leaves(),
            platform.terms(), platform.deputies(), new ActiveDeputies(platform.deputies()), platform.absences(), platform.records(),
            (congress, deputy) -> filed.add(deputy), calendar, new LeaveCirculation(FakeProfiles.fixed(LeaveFixtures.qinghai()),
            new AttendanceFakes.Circulations(), (position, on) -> List.of(), new RecordingNotifications(), CLOCK), notifications, CLOCK);
    private final ActingCaller liaison = caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER);
    private Term term;
    private Deputy present;
    private Deputy away;

    @BeforeEach
    void qinghaiWithTwoDeputies() {
        term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        present = seat("马建国");
        away = seat("才让卓玛");
    }

    private Deputy seat(String name) {
        var person = platform.persons().seed(QINGHAI, TestData.person(name));
        return platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
    }

    private Session openSession() {
        return service.open(liaison, OpenSessionCommand.of(term.id().toString(), 3, "第十四届三次会议", OPENS, OPENS.plusDays(1), List.of(
                new OpenSessionCommand.MeetingForm("PLENARY", OPENS, "MORNING"),
                new OpenSessionCommand.MeetingForm("GROUP", OPENS.plusDays(1), "AFTERNOON"))));
    }

    @Test
    @DisplayName("planning a session tells the calendar, so the duties owed at each session (QH-10.2) fall due on its last day")
    void sessionTellsTheCalendar() {
        Session planned = openSession();

        assertThat(calendar.sessionsPlanned).containsExactly(List.of(QINGHAI, planned.opensOn(), planned.closesOn()));
    }

    @Test
    @DisplayName("closing derives absences and one attendance record each, and closing again adds nothing")
    void closeTwice() {
        Session session = openSession();
        service.registerAttendance(liaison, session.id(), session.meetings().getFirst().id(), List.of(present.id()));

        var sheet = service.close(liaison, session.id());
        service.close(liaison, session.id());

        assertThat(platform.absences().stored(QINGHAI)).extracting(Absence::deputy, Absence::from).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(present.id(), Absence.SESSION_MEETING),
                org.assertj.core.groups.Tuple.tuple(away.id(), Absence.SESSION_MEETING),
                org.assertj.core.groups.Tuple.tuple(away.id(), Absence.SESSION_MEETING),
                org.assertj.core.groups.Tuple.tuple(away.id(), Absence.SESSION));
        assertThat(platform.absences().stored(QINGHAI)).noneMatch(Absence::approved);
        assertThat(platform.records().stored(QINGHAI)).singleElement().satisfies(r -> {
            assertThat(r.deputy()).isEqualTo(present.id());
            assertThat(r.type()).isEqualTo("SESSION_ATTENDANCE");
        });
        assertThat(sessions.stored.get(session.id()).closed()).isTrue();
        assertThat(filed).as("supervision hears of every deputy with a new fact").contains(present.id(), away.id());
        assertThat(sheet.meetings().getFirst().entries()).extracting(e -> e.deputy().deputy().id(), AttendanceSheet.Entry::status)
                .contains(org.assertj.core.groups.Tuple.tuple(present.id(), AttendanceStatus.ATTENDED),
                        org.assertj.core.groups.Tuple.tuple(away.id(), AttendanceStatus.ABSENT));
    }

    @Test
    @DisplayName("registering a meeting's attendance again replaces the list")
    void registerReplaces() {
        Session session = openSession();
        var meeting = session.meetings().getFirst().id();

        service.registerAttendance(liaison, session.id(), meeting, List.of(present.id(), away.id()));
        service.registerAttendance(liaison, session.id(), meeting, List.of(away.id()));

        assertThat(attendance.attendees.get(meeting)).containsExactly(away.id());
    }

    @Test
    @DisplayName("an unknown deputy in the attendance list is refused on its index")
    void unknownDeputy() {
        Session session = openSession();

        var violation = org.lvzhi.application.testing.ViolationAssertions.violationOf(() -> service.registerAttendance(
                liaison, session.id(), session.meetings().getFirst().id(), List.of(present.id(), DeputyId.random())));

        assertThat(violation.field()).isEqualTo("deputyIds.1");
    }
}
