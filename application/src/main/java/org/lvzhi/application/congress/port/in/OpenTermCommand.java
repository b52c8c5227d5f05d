package org.lvzhi.application.congress.port.in;

import java.time.LocalDate;
import org.lvzhi.domain.shared.Checks;

public record OpenTermCommand(int number, LocalDate startsOn, LocalDate endsOn) {

    public static OpenTermCommand of(Integer number, LocalDate startsOn, LocalDate endsOn) {
        return new OpenTermCommand(
                Checks.required("number", number), Checks.required("startsOn", startsOn), Checks.required("endsOn", endsOn));
    }
}
