package org.lvzhi.application.attendance.port.out;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Position;

/** Who holds an office in the acting congress on a date: whom a filed leave request is reported to. */
public interface PositionHoldersPort {

    List<Person> holders(Position position, LocalDate on);
}
