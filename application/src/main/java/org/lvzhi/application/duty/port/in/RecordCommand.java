package org.lvzhi.application.duty.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;

/** A duty record as registered: by an organiser for a deputy, or by the deputy (whose seat the caller is). */
public record RecordCommand(
        Optional<DeputyId> deputy, String type, LocalDate date, Optional<String> counterpart, Optional<String> note) {

    public RecordCommand {
        Checks.required("type", type);
        Checks.required("date", date);
    }
}
