package org.lvzhi.adapter.web.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.attendance.port.in.AttendanceAccess;
import org.lvzhi.application.attendance.port.in.AttendanceSheet;
import org.lvzhi.application.attendance.port.in.CirculationSheet;
import org.lvzhi.application.attendance.port.in.OpenSessionCommand;
import org.lvzhi.application.attendance.port.in.SessionUseCases;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.attendance.SessionMeeting;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/** Sessions of the congress with their meetings, attendance registration, closing, the attendance sheet and the circulation. */
@Controller("/api/v1/sessions")
@SerdeImport(OpenSessionCommand.MeetingForm.class)
class SessionController {

    private final SessionUseCases sessions;

    SessionController(SessionUseCases sessions) {
        this.sessions = sessions;
    }

    /** The sessions of the acting congress, paged. */
    @Get
    @Allowed(AttendanceAccess.READ_SESSIONS)
    PageResponse<SessionResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(sessions.list(caller, PageRequest.of(page, size)), SessionResponse::of);
    }

    /** Opens a session with its meetings. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(AttendanceAccess.MANAGE_SESSIONS)
    SessionResponse open(ActingCaller caller, @Body SessionRequest request) {
        return SessionResponse.of(sessions.open(caller, OpenSessionCommand.of(request.termId(), request.number(), request.title(),
                request.opensOn(), request.closesOn(), request.meetings())));
    }

    /** One session with its meetings. */
    @Get("/{id}")
    @Allowed(AttendanceAccess.READ_SESSIONS)
    SessionResponse show(ActingCaller caller, @PathVariable String id) {
        return SessionResponse.of(sessions.find(caller, sessionId(id)));
    }

    /** Who attended the meeting; registering again replaces the list. */
    @Put("/{id}/meetings/{meetingId}/attendance")
    @Allowed(AttendanceAccess.MANAGE_SESSIONS)
    AttendanceSheetResponse attend(ActingCaller caller, @PathVariable String id, @PathVariable String meetingId,
                                   @Body AttendanceRequest request) {
        return AttendanceSheetResponse.of(sessions.registerAttendance(caller, sessionId(id),
                Ids.parse("meetingId", meetingId, MeetingId::new), deputyIds(request.deputyIds())));
    }

    /** Closes the session and derives its absences and attendance records; closing again adds nothing. */
    @Post("/{id}/close")
    @Allowed(AttendanceAccess.MANAGE_SESSIONS)
    AttendanceSheetResponse close(ActingCaller caller, @PathVariable String id) {
        return AttendanceSheetResponse.of(sessions.close(caller, sessionId(id)));
    }

    /** The attendance sheet of a session: each deputy's attendance per meeting. */
    @Get("/{id}/attendance")
    @Allowed(AttendanceAccess.READ_SESSIONS)
    AttendanceSheetResponse sheet(ActingCaller caller, @PathVariable String id) {
        return AttendanceSheetResponse.of(sessions.sheet(caller, sessionId(id)));
    }

    /** The closed session's circulation of leave and absences; 404 when its profile called for none. Rule DC-3.1.2. */
    @Get("/{id}/circulation")
    @Allowed(AttendanceAccess.READ_SESSIONS)
    CirculationResponse circulation(ActingCaller caller, @PathVariable String id) {
        return CirculationResponse.of(sessions.circulation(caller, sessionId(id)));
    }

    private static SessionId sessionId(String id) {
        return Ids.parse("id", id, SessionId::new);
    }

    private static List<DeputyId> deputyIds(List<String> ids) {
        Checks.required("deputyIds", ids);
        Violations violations = new Violations();
        List<DeputyId> parsed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "deputyIds." + i;
            String value = ids.get(i);
            DeputyId deputy = violations.check(() -> Ids.parse(field, value, DeputyId::new));
            if (deputy != null) {
                parsed.add(deputy);
            }
        }
        violations.throwIfAny();
        return parsed;
    }

    @Serdeable
    record SessionRequest(
            @Nullable String termId,
            @Nullable Integer number,
            @Nullable String title,
            @Nullable LocalDate opensOn,
            @Nullable LocalDate closesOn,
            @Nullable List<OpenSessionCommand.MeetingForm> meetings) {
    }

    @Serdeable
    record AttendanceRequest(@Nullable List<String> deputyIds) {
    }

    @Serdeable
    record MeetingResponse(String id, String kind, String kindName, LocalDate date, String halfDay) {

        static MeetingResponse of(SessionMeeting meeting) {
            return new MeetingResponse(meeting.id().toString(), meeting.kind().name(), Messages.label(meeting.kind()), meeting.date(),
                    meeting.halfDay().name());
        }
    }

    @Serdeable
    record SessionResponse(
            String id, String termId, int number, String title, LocalDate opensOn, LocalDate closesOn, boolean closed,
            @Nullable Instant closedAt, List<MeetingResponse> meetings) {

        static SessionResponse of(Session session) {
            return new SessionResponse(session.id().toString(), session.term().toString(), session.number(), session.title(),
                    session.opensOn(), session.closesOn(), session.closed(), session.closedAt().orElse(null),
                    session.meetings().stream().map(MeetingResponse::of).toList());
        }
    }

    @Serdeable
    record CirculationLineResponse(String deputyId, String name, String kind, String kindName, @Nullable String rule,
                                   List<MeetingResponse> meetings) {
    }

    @Serdeable
    record CirculationResponse(String sessionId, String title, String circulatedBy, String circulatedByName, List<String> rules,
                               List<String> circulates, Instant circulatedAt, List<CirculationLineResponse> lines) {

        static CirculationResponse of(CirculationSheet sheet) {
            Circulation circulation = sheet.circulation();
            return new CirculationResponse(sheet.session().id().toString(), sheet.session().title(), circulation.circulatedBy(),
                    StepActor.of(circulation.circulatedBy()).label(), circulation.rules(),
                    circulation.circulates().stream().map(Enum::name).sorted().toList(), circulation.circulatedAt(),
                    sheet.entries().stream().map(e -> new CirculationLineResponse(e.deputy().deputy().id().toString(),
                            e.deputy().person().name().value(), e.line().kind().name(), Messages.label(e.line().kind()),
                            e.line().rule().orElse(null), e.meetings().stream().map(MeetingResponse::of).toList())).toList());
        }
    }

    @Serdeable
    record EntryResponse(String deputyId, String name, String status, String statusName) {
    }

    @Serdeable
    record MeetingSheetResponse(MeetingResponse meeting, List<EntryResponse> entries) {
    }

    @Serdeable
    record AttendanceSheetResponse(String sessionId, String title, boolean closed, List<MeetingSheetResponse> meetings) {

        static AttendanceSheetResponse of(AttendanceSheet sheet) {
            return new AttendanceSheetResponse(sheet.session().id().toString(), sheet.session().title(), sheet.session().closed(),
                    sheet.meetings().stream().map(m -> new MeetingSheetResponse(MeetingResponse.of(m.meeting()), m.entries().stream()
                            .map(e -> new EntryResponse(e.deputy().deputy().id().toString(), e.deputy().person().name().value(),
                                    e.status().name(), Messages.label(e.status())))
                            .toList())).toList());
        }
    }
}
