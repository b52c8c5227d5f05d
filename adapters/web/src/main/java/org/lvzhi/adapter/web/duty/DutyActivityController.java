package org.lvzhi.adapter.web.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.duty.port.in.AttendanceCommand;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.duty.port.in.DutyActivityUseCases;
import org.lvzhi.application.duty.port.in.NoticeRecorded;
import org.lvzhi.application.duty.port.in.ScheduleActivityCommand;
import org.lvzhi.application.duty.port.in.ScheduledActivity;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.shared.Checks;

@Controller("/api/v1/duty-activities")
class DutyActivityController {

    private final DutyActivityUseCases activities;

    DutyActivityController(DutyActivityUseCases activities) {
        this.activities = activities;
    }

    /** Schedules a duty activity and invites its deputies. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(DutyAccess.ORGANISE)
    ScheduledResponse schedule(ActingCaller caller, @Body ActivityRequest request) {
        return ScheduledResponse.of(activities.schedule(caller, request.toCommand()));
    }

    /** The duty activities of the acting congress, paged. */
    @Get
    @Allowed(DutyAccess.READ_ACTIVITIES)
    PageResponse<ActivityResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(activities.list(caller, PageRequest.of(page, size)), ActivityResponse::of);
    }

    /** One duty activity with its invitees. */
    @Get("/{id}")
    @Allowed(DutyAccess.READ_ACTIVITIES)
    ActivityResponse show(ActingCaller caller, @PathVariable String id) {
        return ActivityResponse.of(activities.find(caller, activityId(id)));
    }

    /** The organiser registers who attended; invited deputies who stayed away are recorded absent. */
    @Post("/{id}/attendance")
    @Allowed(DutyAccess.ORGANISE)
    AttendanceResponse registerAttendance(ActingCaller caller, @PathVariable String id, @Body AttendanceRequest request) {
        var outcome = activities.registerAttendance(caller, activityId(id),
                new AttendanceCommand(deputyIds("attended", request.attended()), deputyIds("confirmed", request.confirmed())));
        return new AttendanceResponse(outcome.records().stream().map(DutyRecordResponse::of).toList(),
                outcome.absences().stream().map(AbsenceResponse::of).toList());
    }

    /** The organiser records that the notice or materials a rule requires before the activity were sent. Rules QH-3.6, QH-8.2. */
    @Post("/{id}/notices")
    @Allowed(DutyAccess.ORGANISE)
    NoticeResponse recordNotice(ActingCaller caller, @PathVariable String id, @Body NoticeRequest request) {
        DutyActivityId activity = activityId(id);
        NoticeRecorded recorded = activities.recordNotice(caller, activity, Checks.required("rule", request.rule()));
        return new NoticeResponse(recorded.rule(), recorded.sentOn(), recorded.outstanding(), recorded.clocksStopped());
    }

    private static DutyActivityId activityId(String id) {
        return Ids.parse("id", id, DutyActivityId::new);
    }

    private static List<DeputyId> deputyIds(String field, List<String> ids) {
        return ids == null ? List.of() : IntStream.range(0, ids.size())
                .mapToObj(i -> Ids.parse(field + "." + i, ids.get(i), DeputyId::new))
                .toList();
    }

    @Serdeable
    record ActivityRequest(
            @Nullable String termId, @Nullable String type, @Nullable String title, @Nullable LocalDate date,
            @Nullable String place, @Nullable String organiserUnitId, @Nullable List<String> invited) {

        ScheduleActivityCommand toCommand() {
            return new ScheduleActivityCommand(Ids.parse("termId", termId, TermId::new), type, title, date,
                    Optional.ofNullable(place).filter(p -> !p.isBlank()),
                    Ids.parseOptional("organiserUnitId", organiserUnitId, UnitId::new), deputyIds("invited", invited));
        }
    }

    @Serdeable
    record ActivityResponse(
            String id, String termId, String type, String title, LocalDate date, String place, String organiserUnitId,
            String organisedBy, List<String> invited) {

        static ActivityResponse of(DutyActivity activity) {
            return new ActivityResponse(activity.id().toString(), activity.term().toString(), activity.type(),
                    activity.title(), activity.date(), activity.place().orElse(null),
                    activity.organiserUnit().map(UnitId::toString).orElse(null), activity.organisedBy(),
                    activity.invited().stream().map(DeputyId::toString).toList());
        }
    }

    /** The activity as scheduled, with the notice clocks its date started and a warning for each already past. */
    @Serdeable
    record ScheduledResponse(
            String id, String termId, String type, String title, LocalDate date, String place, String organiserUnitId,
            String organisedBy, List<String> invited, List<DeadlineResponse> deadlines, List<WarningResponse> warnings) {

        static ScheduledResponse of(ScheduledActivity scheduled) {
            ActivityResponse activity = ActivityResponse.of(scheduled.activity());
            return new ScheduledResponse(activity.id(), activity.termId(), activity.type(), activity.title(), activity.date(),
                    activity.place(), activity.organiserUnitId(), activity.organisedBy(), activity.invited(),
                    scheduled.deadlines().stream().map(d -> new DeadlineResponse(d.id(), d.rule(), d.article(), d.what(), d.dueOn()))
                            .toList(),
                    scheduled.warnings().stream().map(w -> new WarningResponse(w.rule(), w.article(), w.message())).toList());
        }
    }

    @Serdeable
    record DeadlineResponse(String id, String rule, String article, String what, LocalDate dueOn) {
    }

    /** A notice due before today when the activity was scheduled: the rule, its article, and the organiser's warning. */
    @Serdeable
    record WarningResponse(String rule, String article, String message) {
    }

    @Serdeable
    record NoticeRequest(@Nullable String rule) {
    }

    @Serdeable
    record NoticeResponse(String rule, LocalDate sentOn, List<String> outstanding, int clocksStopped) {
    }

    @Serdeable
    record AttendanceRequest(@Nullable List<String> attended, @Nullable List<String> confirmed) {
    }

    @Serdeable
    record AttendanceResponse(List<DutyRecordResponse> records, List<AbsenceResponse> absences) {
    }

    @Serdeable
    record AbsenceResponse(String id, String deputyId, String from, LocalDate date, boolean approved, boolean confirmedAttendance) {

        static AbsenceResponse of(Absence absence) {
            return new AbsenceResponse(absence.id().toString(), absence.deputy().toString(), absence.from(), absence.date(),
                    absence.approved(), absence.confirmedAttendance());
        }
    }
}
