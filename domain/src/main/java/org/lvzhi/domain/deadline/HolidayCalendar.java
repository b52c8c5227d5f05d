package org.lvzhi.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which days are statutory rest days: Saturdays and Sundays, except the adjusted working days (调休上班), and the
 * holidays of the State Council's arrangement. A year with no arrangement recorded has weekends only.
 */
public final class HolidayCalendar {

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingDays = new HashSet<>();
    private final Set<Integer> years;

    public HolidayCalendar(Collection<HolidayYear> arrangements) {
        arrangements.forEach(year -> {
            year.holidays().forEach(day -> holidays.add(day.date()));
            year.workingDays().forEach(day -> workingDays.add(day.date()));
        });
        years = arrangements.stream().map(HolidayYear::year).collect(Collectors.toUnmodifiableSet());
    }

    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Set.of());
    }

    public boolean isRestDay(LocalDate day) {
        if (holidays.contains(day)) {
            return true;
        }
        if (workingDays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The day itself when it is a working day, else the first working day after it. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (isRestDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The day itself when it is a working day, else the last working day before it. */
    public LocalDate workingDayUntil(LocalDate day) {
        LocalDate candidate = day;
        while (isRestDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    /** Whether the State Council's arrangement for the year is recorded (otherwise only weekends rest). */
    public boolean knows(int year) {
        return years.contains(year);
    }
}
