package org.lvzhi.adapter.web.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.application.deadline.port.in.DeadlineAccess;
import org.lvzhi.application.deadline.port.in.HolidayCalendarUseCases;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.deadline.CalendarDay;
import org.lvzhi.domain.deadline.HolidayYear;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/** The platform-wide holiday calendar (State Council arrangements): read by anyone signed in, kept by the platform admin. */
@Controller("/api/v1/holiday-calendar")
class HolidayCalendarController {

    private static final Messages MESSAGES = Messages.of(HolidayCalendarController.class);

    private final HolidayCalendarUseCases calendar;

    HolidayCalendarController(HolidayCalendarUseCases calendar) {
        this.calendar = calendar;
    }

    /** The holidays and the working days of a year. */
    @Get("/{year}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HolidayYearBody show(@PathVariable int year) {
        return HolidayYearBody.of(calendar.year(year));
    }

    /** Replaces the year's arrangement: every date within the year, none twice, none both a holiday and a working day. */
    @Put("/{year}")
    @Allowed(DeadlineAccess.MAINTAIN_HOLIDAYS)
    HolidayYearBody replace(Authentication authentication, @PathVariable int year, @Body HolidayYearBody body) {
        Violations violations = new Violations();
        List<CalendarDay> holidays = violations.check(() -> days("holidays", body.holidays()));
        List<CalendarDay> workingDays = violations.check(() -> days("workingDays", body.workingDays()));
        violations.throwIfAny();
        Set<AccessRole> roles = EnumSet.noneOf(AccessRole.class);
        authentication.getRoles().forEach(role -> {
            for (AccessRole known : AccessRole.values()) {
                if (known.name().equals(role)) {
                    roles.add(known);
                }
            }
        });
        return HolidayYearBody.of(calendar.replace(new Principal(authentication.getName(), Set.of(), roles),
                new HolidayYear(year, holidays, workingDays)));
    }

    private static List<CalendarDay> days(String field, @Nullable List<DayBody> given) {
        Checks.required(field, given);
        Violations violations = new Violations();
        List<CalendarDay> days = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = field + "." + i;
            DayBody day = given.get(i);
            if (violations.check(() -> Checks.required(at, day)) == null) {
                continue;
            }
            LocalDate date = violations.check(() -> date(at + ".date", day.date()));
            String name = violations.check(() -> Checks.text(at + ".name", day.name(), 20));
            if (date != null && name != null) {
                days.add(new CalendarDay(date, name));
            }
        }
        violations.throwIfAny();
        return days;
    }

    private static LocalDate date(String field, @Nullable String text) {
        try {
            return LocalDate.parse(Checks.required(field, text));
        } catch (DateTimeParseException notADate) {
            throw MESSAGES.violation(field, "date.invalid", text);
        }
    }

    @Serdeable
    record DayBody(@Nullable String date, @Nullable String name) {
    }

    @Serdeable
    record HolidayYearBody(@Nullable Integer year, @Nullable List<DayBody> holidays, @Nullable List<DayBody> workingDays) {

        static HolidayYearBody of(HolidayYear year) {
            return new HolidayYearBody(year.year(), days(year.holidays()), days(year.workingDays()));
        }

        private static List<DayBody> days(List<CalendarDay> days) {
            return days.stream().map(d -> new DayBody(d.date().toString(), d.name())).toList();
        }
    }
}
