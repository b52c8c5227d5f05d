package org.lvzhi.application.deadline;

import jakarta.inject.Singleton;
import java.util.List;
import org.lvzhi.application.deadline.port.in.HolidayCalendarUseCases;
import org.lvzhi.application.deadline.port.out.PlatformHolidayCalendarPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.deadline.HolidayYear;
import org.lvzhi.domain.shared.Messages;

/** The platform-wide holiday calendar; clocks started after a change count with the new arrangement. */
@Singleton
class HolidayCalendarService implements HolidayCalendarUseCases {

    private static final Messages MESSAGES = Messages.of(HolidayCalendarService.class);

    private final PlatformHolidayCalendarPort calendar;

    HolidayCalendarService(PlatformHolidayCalendarPort calendar) {
        this.calendar = calendar;
    }

    @Override
    public HolidayYear year(int year) {
        return calendar.year(year).orElseGet(() -> new HolidayYear(year, List.of(), List.of()));
    }

    @Override
    public HolidayYear replace(Principal by, HolidayYear year) {
        if (!by.has(AccessRole.PLATFORM_ADMIN)) {
            throw new AccessDenied(MESSAGES.text("holidays.denied"));
        }
        calendar.replace(year, by.subject());
        return year;
    }
}
