package org.lvzhi.application.deadline.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Position;

/** Who holds an office in the acting congress on a date (in one unit, for offices held in units). */
public interface DeadlineRecipientsPort {

    List<Recipient> holders(Position position, Optional<UnitId> unit, LocalDate on);
}
