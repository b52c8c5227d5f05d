package org.lvzhi.application.duty.port.in;

import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;

/**
 * Who attended an activity, and which of the invited deputies had confirmed they would take part: absence after
 * confirming is what QH-11.5 and DC-9.3 count.
 */
public record AttendanceCommand(List<DeputyId> attended, List<DeputyId> confirmed) {

    public AttendanceCommand {
        attended = attended == null ? List.of() : List.copyOf(attended);
        confirmed = confirmed == null ? List.of() : List.copyOf(confirmed);
    }
}
