package org.lvzhi.application.deadline.port.in;

import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.deadline.HolidayYear;

/** The platform's holiday calendar: anyone signed in reads a year, the platform admin replaces it. */
public interface HolidayCalendarUseCases {

    /** The year's arrangement; a year not recorded answers empty lists (weekends only). */
    HolidayYear year(int year);

    HolidayYear replace(Principal by, HolidayYear year);
}
