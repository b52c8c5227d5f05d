package org.lvzhi.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Violation;

class HolidayYearTest {

    @Test
    @DisplayName("a day outside the year, a day listed twice and a day both off and worked are each named")
    void everyBadDayNamed() {
        var refused = catchThrowableOfType(InvariantViolation.class, () -> new HolidayYear(2026,
                List.of(new CalendarDay(LocalDate.of(2025, 10, 1), "国庆节"), new CalendarDay(LocalDate.of(2026, 10, 2), "国庆节"),
                        new CalendarDay(LocalDate.of(2026, 10, 2), "国庆节")),
                List.of(new CalendarDay(LocalDate.of(2026, 10, 2), "调休"))));

        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactly("holidays.0.date", "holidays.2.date", "workingDays.0.date");
    }

    @Test
    @DisplayName("weekends rest, holidays rest, adjusted working weekend days do not")
    void restDays() {
        var calendar = CivilCodePeriodTest.CALENDAR_2026;
        assertThat(calendar.isRestDay(LocalDate.of(2026, 3, 14))).isTrue();
        assertThat(calendar.isRestDay(LocalDate.of(2026, 10, 5))).isTrue();
        assertThat(calendar.isRestDay(LocalDate.of(2026, 9, 20))).isFalse();
        assertThat(calendar.isRestDay(LocalDate.of(2026, 3, 13))).isFalse();
    }
}
