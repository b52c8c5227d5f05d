package org.lvzhi.domain.deadline;

import java.time.LocalDate;
import org.lvzhi.domain.shared.Checks;

/** One day of the State Council's arrangement: a holiday (放假) or an adjusted working day (调休上班), with its name. */
public record CalendarDay(LocalDate date, String name) {

    public CalendarDay {
        Checks.required("date", date);
        name = Checks.text("name", name, 20);
    }
}
