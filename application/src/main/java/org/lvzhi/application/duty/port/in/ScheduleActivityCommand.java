package org.lvzhi.application.duty.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;

public record ScheduleActivityCommand(
        TermId term, String type, String title, LocalDate date, Optional<String> place, Optional<UnitId> organiserUnit,
        List<DeputyId> invited) {

    public ScheduleActivityCommand {
        Checks.required("termId", term);
        Checks.required("type", type);
        Checks.required("date", date);
        invited = invited == null ? List.of() : List.copyOf(invited);
    }
}
