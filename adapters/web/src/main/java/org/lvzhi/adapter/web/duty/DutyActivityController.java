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
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.adapter.web.shared.Roles;
import org.lvzhi.application.duty.port.in.AttendanceCommand;
import org.lvzhi.application.duty.port.in.DutyActivityUseCases;
import org.lvzhi.application.duty.port.in.ScheduleActivityCommand;
import org.lvzhi.application.identity.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;

@Controller("/api/v1/duty-activities")
class DutyActivityController {

    private final DutyActivityUseCases activities;

    DutyActivityController(DutyActivityUseCases activities) {
        this.activities = activities;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured({Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER, Roles.GROUP_LEADER})
    ActivityResponse schedule(ActingCaller caller, @Body ActivityRequest request) {
        return ActivityResponse.of(activities.schedule(caller, request.toCommand()));
    }

    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER, Roles.DELEGATION_HEAD, Roles.GROUP_LEADER,
            Roles.INTEGRATION})
    PageResponse<ActivityResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(activities.list(caller, PageRequest.of(page, size)), ActivityResponse::of);
    }

    @Get("/{id}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER, Roles.DELEGATION_HEAD, Roles.GROUP_LEADER,
            Roles.INTEGRATION})
    ActivityResponse show(ActingCaller caller, @PathVariable String id) {
        return ActivityResponse.of(activities.find(caller, activityId(id)));
    }

    /** The organiser registers who attended; invited deputies who stayed away are recorded absent. */
    @Post("/{id}/attendance")
    @Secured({Roles.TENANT_ADMIN, Roles.LIAISON_OFFICER, Roles.GROUP_LEADER})
    AttendanceResponse registerAttendance(ActingCaller caller, @PathVariable String id, @Body AttendanceRequest request) {
        var outcome = activities.registerAttendance(caller, activityId(id),
                new AttendanceCommand(deputyIds("attended", request.attended()), deputyIds("confirmed", request.confirmed())));
        return new AttendanceResponse(outcome.records().stream().map(DutyRecordResponse::of).toList(),
                outcome.absences().stream().map(AbsenceResponse::of).toList());
    }

    private static DutyActivityId activityId(String id) {
        return Ids.parse("id", id, DutyActivityId::new);
    }

    private static List<DeputyId> deputyIds(String field, List<String> ids) {
        return ids == null ? List.of() : IntStream.range(0, ids.size())
                .mapToObj(i -> Ids.parse(field + "/" + i, ids.get(i), DeputyId::new))
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
