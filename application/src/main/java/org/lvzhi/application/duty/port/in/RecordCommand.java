package org.lvzhi.application.duty.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;

/**
 * A duty record as registered: by an organiser for a deputy, or by the deputy (whose seat the caller is); the quantity
 * of the type's unit it measures, 1 when not given.
 */
public record RecordCommand(
        Optional<DeputyId> deputy, String type, LocalDate date, Optional<String> counterpart, Optional<String> note,
        Optional<BigDecimal> quantity) {

    public RecordCommand {
        Checks.required("type", type);
        Checks.required("date", date);
        Checks.required("quantity", quantity);
    }
}
