package org.lvzhi.adapter.web.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.calendar.port.in.CalendarAccess;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.calendar.ScheduledDuty;

/** The acting congress's calendar duties as the scheduler holds them: each duty's next day and when it fires. */
@Controller("/api/v1/calendar-duties")
class CalendarDutyController {

    private final CalendarDuties calendar;

    CalendarDutyController(CalendarDuties calendar) {
        this.calendar = calendar;
    }

    /** The calendar duties of the acting congress with their next day, due date and fire time. */
    @Get
    @Allowed(CalendarAccess.READ)
    PageResponse<ScheduledDutyResponse> list(ActingCaller caller, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.slice(calendar.scheduled(caller), page, size, ScheduledDutyResponse::of);
    }

    @Serdeable
    record ScheduledDutyResponse(String rule, String duty, LocalDate nextOn, String kind, LocalDate dueOn, int round,
            int rounds, @Nullable Instant firesAt) {

        static ScheduledDutyResponse of(ScheduledDuty duty) {
            return new ScheduledDutyResponse(duty.key().rule(), duty.key().duty(), duty.next().fireOn(), duty.next().kind().name(),
                    duty.next().dueOn(), duty.next().round(), duty.next().rounds(), duty.firesAt().orElse(null));
        }
    }
}
