package org.lvzhi.application.deadline.port.out;

import java.util.List;
import org.lvzhi.domain.deadline.HolidayYear;

/** The platform's holiday arrangements (platform-wide, no tenant), read in any transaction. */
public interface HolidayCalendarPort {

    List<HolidayYear> all();
}
