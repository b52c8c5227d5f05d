package org.lvzhi.application.suggestion.port.out;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Person;

/** Who heads a handling unit on a date (HANDLING_UNIT_HEAD held in it): who signs its answers and hears of its work. */
public interface HandlingUnitHeadsPort {

    List<Person> heads(UnitId unit, LocalDate on);
}
