package org.lvzhi.application.deadline.port.out;

import java.util.Optional;
import org.lvzhi.domain.deadline.HolidayYear;

/**
 * The platform-wide holiday calendar on the platform role, outside any congress: one year as recorded, and replacing
 * it (the table belongs to no congress, so no congress's transaction writes it).
 */
public interface PlatformHolidayCalendarPort {

    Optional<HolidayYear> year(int year);

    void replace(HolidayYear year, String savedBy);
}
