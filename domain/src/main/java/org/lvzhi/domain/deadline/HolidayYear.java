package org.lvzhi.domain.deadline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violation;

/**
 * One year of the State Council's holiday arrangement (国务院办公厅关于部分节假日安排的通知): the days off and the
 * weekend days worked instead. Every day lies within the year, appears once, and is never both.
 */
public record HolidayYear(int year, List<CalendarDay> holidays, List<CalendarDay> workingDays) {

    private static final Messages MESSAGES = Messages.of(HolidayYear.class);

    public HolidayYear {
        holidays = List.copyOf(Checks.required("holidays", holidays));
        workingDays = List.copyOf(Checks.required("workingDays", workingDays));
        if (year < 2000 || year > 2100) {
            throw MESSAGES.violation("year", "year.out-of-range", String.valueOf(year));
        }
        List<Violation> found = new java.util.ArrayList<>();
        Set<LocalDate> off = check(year, "holidays", holidays, found);
        Set<LocalDate> worked = check(year, "workingDays", workingDays, found);
        for (int i = 0; i < workingDays.size(); i++) {
            if (off.contains(workingDays.get(i).date()) && worked.contains(workingDays.get(i).date())) {
                found.add(new Violation("workingDays." + i + ".date", MESSAGES.text("day.both", workingDays.get(i).date())));
            }
        }
        if (!found.isEmpty()) {
            throw new InvariantViolation(found);
        }
    }

    private static Set<LocalDate> check(int year, String field, List<CalendarDay> days, List<Violation> found) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate date = days.get(i).date();
            if (date.getYear() != year) {
                found.add(new Violation(field + "." + i + ".date", MESSAGES.text("day.outside-year", date, String.valueOf(year))));
            } else if (!seen.add(date)) {
                found.add(new Violation(field + "." + i + ".date", MESSAGES.text("day.twice", date)));
            }
        }
        return seen;
    }
}
