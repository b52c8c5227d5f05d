package org.lvzhi.domain.deadline;

import java.time.LocalDate;
import java.time.Period;
import org.lvzhi.domain.policy.RestDayRule;

/**
 * Where a period ends under the Civil Code (arts. 201–203). The starting day is not counted: a period in days runs
 * from the next day, and one in months or years ends on the corresponding day of the last month, or on that month's
 * last day when it has none (assigned 31 January, three months: 30 April). A period that ends on a statutory rest day
 * ends on the first working day after it (art. 203) unless the rule says {@link RestDayRule#NONE}.
 *
 * <p>A period BEFORE an event (a notice five days before an activity) ends that many days before it; when that day is
 * a rest day, moving it later would shorten the notice the rule demands, so it moves to the last working day before.
 */
public final class CivilCodePeriod {

    private CivilCodePeriod() {
    }

    public static LocalDate end(LocalDate event, Period period, Direction direction, RestDayRule restDays, HolidayCalendar calendar) {
        return switch (direction) {
            case AFTER -> {
                LocalDate end = event.plus(period);
                yield restDays == RestDayRule.NEXT_WORKING_DAY ? calendar.workingDayFrom(end) : end;
            }
            case BEFORE -> {
                LocalDate end = event.minus(period);
                yield restDays == RestDayRule.NEXT_WORKING_DAY ? calendar.workingDayUntil(end) : end;
            }
        };
    }
}
