package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.archive.port.in.ArchiveAccess;
import org.lvzhi.application.archive.port.in.SupervisionUseCases;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.attendance.port.in.AttendanceSheet;
import org.lvzhi.application.attendance.port.in.SessionUseCases;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.attendance.AttendanceStatus;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.supervision.CaseState;

/**
 * Sessions of the congress at the desk: the list, each session's meetings with who attended, registering a meeting's
 * attendance, and closing the session, whose answer says what closing derived: the absences counted (on approved leave
 * or not) and the supervision cases they opened.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SessionController {

    private static final KeysetRequest COUNTED = new KeysetRequest(Optional.empty(), 1, true);

    private final ActingInCongress acting;
    private final Frames frames;
    private final SessionUseCases sessions;
    private final SupervisionUseCases supervision;

    SessionController(ActingInCongress acting, Frames frames, SessionUseCases sessions, SupervisionUseCases supervision) {
        this.acting = acting;
        this.frames = frames;
        this.sessions = sessions;
        this.supervision = supervision;
    }

    @Get("/sessions")
    @View("sessions")
    Map<String, Object> list(@Nullable Principal principal, HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        ActingCaller caller = acting.granted(principal, request, AttendanceAccess.GRANTS, AttendanceAccess.READ_SESSIONS);
        return Map.of("frame", frames.of(caller, ConsoleText.text("sessions.title")),
                "sessions", ListPage.of(sessions.list(caller, PageRequest.of(page, null)), SessionRow::of, ""));
    }

    @Get("/sessions/{id}")
    @View("session")
    Map<String, Object> show(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        ActingCaller caller = acting.granted(principal, request, AttendanceAccess.GRANTS, AttendanceAccess.READ_SESSIONS);
        return sessionPage(caller, sessions.sheet(caller, sessionId(id)), "");
    }

    @Post(value = "/sessions/{id}/meetings/{meetingId}/attendance", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("session")
    Map<String, Object> attend(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id,
                               @PathVariable String meetingId, @Body Attendance attendance) {
        ActingCaller caller = acting.granted(principal, request, AttendanceAccess.GRANTS, AttendanceAccess.MANAGE_SESSIONS);
        List<DeputyId> attended = attendance.deputies();
        AttendanceSheet sheet = sessions.registerAttendance(caller, sessionId(id), Ids.parse("meetingId", meetingId, MeetingId::new),
                attended);
        return sessionPage(caller, sheet, ConsoleText.text("session.attendance", attended.size()));
    }

    @Post(value = "/sessions/{id}/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("session")
    Map<String, Object> close(@Nullable Principal principal, HttpRequest<?> request, @PathVariable String id) {
        ActingCaller caller = acting.granted(principal, request, AttendanceAccess.GRANTS, AttendanceAccess.MANAGE_SESSIONS);
        boolean countsCases = ArchiveAccess.GRANTS.allows(caller, ArchiveAccess.READ_OVERVIEW);
        long casesBefore = countsCases ? openCases(caller) : 0;
        AttendanceSheet sheet = sessions.close(caller, sessionId(id));
        long absent = count(sheet, AttendanceStatus.ABSENT);
        long onLeave = count(sheet, AttendanceStatus.ON_LEAVE);
        String closed = ConsoleText.text("session.closed", absent, onLeave);
        return sessionPage(caller, sheet, countsCases
                ? closed + ConsoleText.text("session.cases", Math.max(0, openCases(caller) - casesBefore)) : closed);
    }

    private Map<String, Object> sessionPage(ActingCaller caller, AttendanceSheet sheet, String notice) {
        SessionPage page = SessionPage.of(sheet);
        return Map.of("frame", frames.of(caller, page.title()), "session", page, "notice", notice,
                "manages", AttendanceAccess.GRANTS.allows(caller, AttendanceAccess.MANAGE_SESSIONS));
    }

    private long openCases(ActingCaller caller) {
        return supervision.list(caller, Optional.of(CaseState.OPEN), COUNTED).total().orElseThrow();
    }

    private static long count(AttendanceSheet sheet, AttendanceStatus status) {
        return sheet.meetings().stream().flatMap(meeting -> meeting.entries().stream()).filter(entry -> entry.status() == status).count();
    }

    private static SessionId sessionId(String id) {
        return Ids.parse("id", id, SessionId::new);
    }

    /** The deputies ticked as present at a meeting. */
    @Serdeable
    record Attendance(@Nullable List<String> attended) {

        List<DeputyId> deputies() {
            return attended == null ? List.of() : attended.stream().map(id -> Ids.parse("attended", id, DeputyId::new)).toList();
        }
    }
}
